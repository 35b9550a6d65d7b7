package cn.gov.lyg.enforcement.events.vocabulary;

/** Result of the legal review 法制审核 before a decision (行政处罚法 Art. 58). */
public enum LegalReviewResult {
    PASSED("审核通过"),
    RETURNED("退回");

    private final String displayName;

    LegalReviewResult(String displayName) {
        this.displayName = displayName;
    }

    /** The Chinese name shown to users. */
    public String displayName() {
        return displayName;
    }
}
