package cn.gov.lyg.enforcement.inspection.publicity;

import cn.gov.lyg.enforcement.platform.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * Spot-check results are publicised within {@value #WORKING_DAYS} working days after the inspection is confirmed
 * (DOMAIN.md I8, 国发〔2019〕5号): the confirmation day is day 0, the deadline the 20th working day after it at
 * 23:59:59 Asia/Shanghai (platform {@link WorkingDayCalendar}, holidays and 调休 as data).
 *
 * <p>Near the end of a year the 20 working days reach into a year whose State Council holiday notice is not loaded
 * yet. Confirming a result must not fail for that: days of such a year count provisionally as Monday–Friday
 * ({@link #isProvisional}); such a due date may still move by that year's holidays and 调休 once its notice is
 * loaded (a recomputation of stored due dates is not built yet).
 */
public final class PublicityDeadline {

    public static final int WORKING_DAYS = 20;
    /** Alert when this many working days or fewer remain. */
    public static final int ALERT_WORKING_DAYS = 3;

    /** State of a confirmed but not yet publicised result on a date. */
    public enum State { PENDING, DUE_SOON, OVERDUE }

    private final WorkingDayCalendar calendar;

    public PublicityDeadline(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    public ZonedDateTime deadline(LocalDate confirmedOn) {
        return dueDate(confirmedOn).atTime(23, 59, 59).atZone(WorkingDayCalendar.ZONE);
    }

    public LocalDate dueDate(LocalDate confirmedOn) {
        LocalDate day = confirmedOn;
        for (int counted = 0; counted < WORKING_DAYS; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** Whether the due date of a result confirmed on the day counts days of a year whose notice is not loaded. */
    public boolean isProvisional(LocalDate confirmedOn) {
        return !calendar.covers(dueDate(confirmedOn).getYear());
    }

    private boolean isWorkingDay(LocalDate day) {
        if (calendar.covers(day.getYear())) {
            return calendar.isWorkingDay(day);
        }
        return day.getDayOfWeek() != java.time.DayOfWeek.SATURDAY && day.getDayOfWeek() != java.time.DayOfWeek.SUNDAY;
    }

    private int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            count += isWorkingDay(day) ? 1 : 0;
        }
        return count;
    }

    public State state(LocalDate confirmedOn, LocalDate asOf) {
        LocalDate due = dueDate(confirmedOn);
        if (asOf.isAfter(due)) {
            return State.OVERDUE;
        }
        return workingDaysBetween(asOf, due) <= ALERT_WORKING_DAYS ? State.DUE_SOON : State.PENDING;
    }

    /** Whether publication on {@code publishedOn} was late. */
    public boolean late(LocalDate confirmedOn, LocalDate publishedOn) {
        return publishedOn.isAfter(dueDate(confirmedOn));
    }
}
