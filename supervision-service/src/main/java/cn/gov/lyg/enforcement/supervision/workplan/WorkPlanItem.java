package cn.gov.lyg.enforcement.supervision.workplan;

import java.time.LocalDate;

/**
 * One task of the plan: what (category, title, description), by when, who leads it, and its progress once the plan
 * is published (done on a day, with a note).
 */
public record WorkPlanItem(int no, Category category, String title, String description, LocalDate dueOn,
                           String lead, boolean done, LocalDate doneOn, String note) {

    /** The kinds of supervision work a plan schedules. */
    public enum Category {
        CASE_FILE_REVIEW, SPECIAL_CAMPAIGN, ENFORCEMENT_INSPECTION, THREE_SYSTEMS_CHECK, COMPLAINT_HANDLING,
        TRAINING, STATISTICS, EVALUATION, OTHER
    }

    /** Overdue: not done by its due day, as of a day. */
    public boolean overdue(LocalDate asOf) {
        return !done && asOf.isAfter(dueOn);
    }
}
