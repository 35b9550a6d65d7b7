package cn.gov.lyg.enforcement.inspection.publicity;

import cn.gov.lyg.enforcement.platform.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * Spot-check results are publicised within {@value #WORKING_DAYS} working days after the inspection is confirmed
 * (DOMAIN.md I8, 国发〔2019〕5号): the confirmation day is day 0, the deadline the 20th working day after it at
 * 23:59:59 Asia/Shanghai (platform {@link WorkingDayCalendar}, holidays and 调休 as data).
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
        return calendar.deadline(confirmedOn, WORKING_DAYS);
    }

    public LocalDate dueDate(LocalDate confirmedOn) {
        return calendar.addWorkingDays(confirmedOn, WORKING_DAYS);
    }

    public State state(LocalDate confirmedOn, LocalDate asOf) {
        LocalDate due = dueDate(confirmedOn);
        if (asOf.isAfter(due)) {
            return State.OVERDUE;
        }
        return calendar.workingDaysBetween(asOf, due) <= ALERT_WORKING_DAYS ? State.DUE_SOON : State.PENDING;
    }

    /** Whether publication on {@code publishedOn} was late. */
    public boolean late(LocalDate confirmedOn, LocalDate publishedOn) {
        return publishedOn.isAfter(dueDate(confirmedOn));
    }
}
