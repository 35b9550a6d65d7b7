package cn.gov.lyg.enforcement.events.vocabulary;

/** What a judicial bureau does when a supervised agency does not rectify (DOMAIN.md §2.5.3). */
public enum EscalationMeasure {
    CIRCULATE("通报"),
    INTERVIEW("约谈"),
    ACCOUNTABILITY("提请追责");

    private final String displayName;

    EscalationMeasure(String displayName) {
        this.displayName = displayName;
    }

    /** The Chinese name shown to users. */
    public String displayName() {
        return displayName;
    }
}
