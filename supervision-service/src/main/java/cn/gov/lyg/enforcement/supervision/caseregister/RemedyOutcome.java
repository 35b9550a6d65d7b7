package cn.gov.lyg.enforcement.supervision.caseregister;

/**
 * Outcome of a reconsideration 行政复议 or litigation 行政诉讼. A decision changed, revoked, confirmed unlawful or
 * void must have its published information withdrawn within 3 working days (行政处罚法 Art. 48).
 */
public enum RemedyOutcome {
    UPHELD,
    REVOKED,
    CHANGED,
    CONFIRMED_UNLAWFUL,
    CONFIRMED_VOID,
    ORDERED_REDO,
    WITHDRAWN_BY_APPLICANT,
    SETTLED;

    public boolean reversesDecision() {
        return this == REVOKED || this == CHANGED || this == CONFIRMED_UNLAWFUL || this == CONFIRMED_VOID
                || this == ORDERED_REDO;
    }
}
