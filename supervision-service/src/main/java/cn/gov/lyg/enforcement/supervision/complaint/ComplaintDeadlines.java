package cn.gov.lyg.enforcement.supervision.complaint;

import cn.gov.lyg.enforcement.platform.calendar.WorkingDayCalendar;
import cn.gov.lyg.enforcement.supervision.support.WorkingDays;

/** The complaint policy's periods on the working-day calendar. */
public final class ComplaintDeadlines extends WorkingDays {

    private final ComplaintPolicy policy;

    public ComplaintDeadlines(WorkingDayCalendar calendar, ComplaintPolicy policy) {
        super(calendar);
        this.policy = policy;
    }

    public ComplaintPolicy policy() {
        return policy;
    }
}
