package cn.gov.lyg.enforcement.supervision.workplan;

/** DRAFT → SUBMITTED → APPROVED (or back to DRAFT when returned) → PUBLISHED. */
public enum WorkPlanStatus {
    DRAFT, SUBMITTED, APPROVED, PUBLISHED
}
