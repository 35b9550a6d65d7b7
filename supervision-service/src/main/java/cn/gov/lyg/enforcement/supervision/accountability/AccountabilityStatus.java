package cn.gov.lyg.enforcement.supervision.accountability;

/**
 * OPEN (investigation, due +15 working days, extendable once by 15) → DECIDED → (APPEALED → DECIDED) → CLOSED;
 * NOT_PURSUED when the fault was discovered more than the limitation period (2 years) after it happened.
 */
public enum AccountabilityStatus {
    OPEN, DECIDED, APPEALED, CLOSED, NOT_PURSUED
}
