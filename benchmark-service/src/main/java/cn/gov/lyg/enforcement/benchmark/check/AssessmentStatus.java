package cn.gov.lyg.enforcement.benchmark.check;

/**
 * Whether an economic impact assessment 经济影响评估 exists for a case. Inspection's assessment events do not exist yet,
 * so every source answers UNKNOWN today, and UNKNOWN is never reported as passed.
 */
public enum AssessmentStatus {
    DONE, MISSING, UNKNOWN
}
