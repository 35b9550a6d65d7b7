package cn.gov.lyg.enforcement.supervision.guidance;

/** SELECTED (proposed from a reviewed file) → APPROVED | REJECTED; APPROVED → PUBLISHED → WITHDRAWN. */
public enum GuidanceStatus {
    SELECTED, APPROVED, REJECTED, PUBLISHED, WITHDRAWN
}
