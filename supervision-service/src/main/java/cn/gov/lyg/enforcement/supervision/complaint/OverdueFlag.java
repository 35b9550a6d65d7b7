package cn.gov.lyg.enforcement.supervision.complaint;

import java.time.LocalDate;

/** A deadline that passed: the stage, its due date and the day the overdue job noticed it. */
public record OverdueFlag(ComplaintStatus stage, LocalDate dueOn, LocalDate flaggedOn) {
}
