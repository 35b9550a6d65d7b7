package cn.gov.lyg.enforcement.inspection.assessment;

/** When in the case the assessment is made (DOMAIN.md §2.3.2). */
public enum AssessmentStage {
    FILING, BEFORE_COERCIVE_MEASURE, BEFORE_DECISION, EXECUTION
}
