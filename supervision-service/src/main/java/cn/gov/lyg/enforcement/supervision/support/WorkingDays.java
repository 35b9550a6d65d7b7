package cn.gov.lyg.enforcement.supervision.support;

import cn.gov.lyg.enforcement.platform.calendar.CalendarYearNotLoadedException;
import cn.gov.lyg.enforcement.platform.calendar.WorkingDayCalendar;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;

/**
 * Working-day arithmetic of supervision-service on the platform {@link WorkingDayCalendar} (DOMAIN.md §2.0.2: the
 * trigger day is day 0, the deadline is the n-th working day after it and expires at 23:59:59 Asia/Shanghai). A
 * period that reaches a year without holiday data is refused with {@code CALENDAR_YEAR_NOT_LOADED} (422) instead of
 * guessing.
 */
public class WorkingDays {

    private final WorkingDayCalendar calendar;

    public WorkingDays(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    public static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, WorkingDayCalendar.ZONE);
    }

    public LocalDate plusWorkingDays(LocalDate trigger, int workingDays) {
        try {
            return calendar.addWorkingDays(trigger, workingDays);
        } catch (CalendarYearNotLoadedException e) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, CalendarYearNotLoadedException.CODE, e.year());
        }
    }

    /** Working days after {@code dueOn} up to and including {@code asOf} (0 when not past). */
    public int workingDaysPast(LocalDate dueOn, LocalDate asOf) {
        if (!asOf.isAfter(dueOn)) {
            return 0;
        }
        try {
            return calendar.workingDaysBetween(dueOn, asOf);
        } catch (CalendarYearNotLoadedException e) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, CalendarYearNotLoadedException.CODE, e.year());
        }
    }

    /** Whether an act on {@code actedOn} meets a deadline on {@code dueOn} (the whole due day counts). */
    public static boolean inTime(LocalDate actedOn, LocalDate dueOn) {
        return !actedOn.isAfter(dueOn);
    }
}
