package cn.gov.lyg.enforcement.events.vocabulary;

/** Outcome of a reconsideration 行政复议 or litigation 行政诉讼; a reversed decision must have its published information withdrawn (行政处罚法 Art. 48). */
public enum RemedyOutcome {
    UPHELD("维持"),
    REVOKED("撤销"),
    CHANGED("变更"),
    CONFIRMED_UNLAWFUL("确认违法"),
    CONFIRMED_VOID("确认无效"),
    ORDERED_REDO("责令重作"),
    WITHDRAWN_BY_APPLICANT("申请人撤回"),
    SETTLED("调解和解");

    private final String displayName;

    RemedyOutcome(String displayName) {
        this.displayName = displayName;
    }

    /** The Chinese name shown to users. */
    public String displayName() {
        return displayName;
    }

    /** Changed, revoked, confirmed unlawful or void (or to be redone): the decision no longer stands as published. */
    public boolean reversesDecision() {
        return this == REVOKED || this == CHANGED || this == CONFIRMED_UNLAWFUL || this == CONFIRMED_VOID
                || this == ORDERED_REDO;
    }
}
