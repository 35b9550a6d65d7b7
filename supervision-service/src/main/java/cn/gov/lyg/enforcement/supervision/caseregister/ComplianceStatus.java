package cn.gov.lyg.enforcement.supervision.caseregister;

/**
 * Where a case stands on each three-systems duty, stored flat with the case for indexed counting:
 * a deadline duty (disclosure, withdrawal) is NONE (not due at all), PENDING (not done yet), IN_TIME or LATE;
 * a coverage duty (audio-video recording, legal review) is NOT_REQUIRED, MET or MISSING.
 */
public enum ComplianceStatus {
    NONE,
    PENDING,
    IN_TIME,
    LATE,
    NOT_REQUIRED,
    MET,
    MISSING
}
