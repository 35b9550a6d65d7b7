package cn.gov.lyg.enforcement.supervision.statistics;

/**
 * DRAFT (computed, being corrected) → VALIDATED → SUBMITTED (by 31 January) or LATE (after it) → PUBLISHED. A change
 * (recompute, override) takes a DRAFT or VALIDATED report back to DRAFT; submitted reports are frozen.
 */
public enum StatisticsStatus {
    DRAFT, VALIDATED, SUBMITTED, LATE, PUBLISHED
}
