package cn.gov.lyg.enforcement.inspection.assessment;

/** DRAFT → SUBMITTED → APPROVED, or RETURNED (revise, submit again). */
public enum AssessmentStatus {
    DRAFT, SUBMITTED, APPROVED, RETURNED
}
