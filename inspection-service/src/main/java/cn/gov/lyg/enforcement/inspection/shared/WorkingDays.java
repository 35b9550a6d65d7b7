package cn.gov.lyg.enforcement.inspection.shared;

import cn.gov.lyg.enforcement.platform.calendar.WorkingDayCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Working-day deadlines on the platform {@link WorkingDayCalendar} (DOMAIN.md §2.0.2: the triggering day is day 0,
 * the deadline the n-th working day after it). A day of a year whose State Council holiday notice is not loaded
 * (2027 today) counts provisionally as a working day when it is Monday–Friday: the answer says so
 * ({@link Deadline#provisional()}) instead of failing, and may move once the notice is loaded.
 */
public final class WorkingDays {

    private final WorkingDayCalendar calendar;

    public WorkingDays(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    /** A deadline and whether it counted days of an unloaded year. */
    public record Deadline(LocalDate due, boolean provisional) {
    }

    public Deadline after(LocalDate start, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("working days must not be negative: " + workingDays);
        }
        LocalDate day = start;
        boolean provisional = false;
        for (int counted = 0; counted < workingDays; ) {
            day = day.plusDays(1);
            boolean loaded = calendar.covers(day.getYear());
            provisional |= !loaded;
            if (loaded ? calendar.isWorkingDay(day)
                    : day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                counted++;
            }
        }
        return new Deadline(day, provisional);
    }
}
