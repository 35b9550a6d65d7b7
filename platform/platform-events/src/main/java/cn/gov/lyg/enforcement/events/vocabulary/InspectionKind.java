package cn.gov.lyg.enforcement.events.vocabulary;

/** The kind of an administrative inspection 行政检查 (DOMAIN.md §1.4). */
public enum InspectionKind {
    ROUTINE("日常检查"),
    SPECIAL("专项检查"),
    CASE_TRIGGERED("个案检查"),
    DUAL_RANDOM("双随机抽查");

    private final String displayName;

    InspectionKind(String displayName) {
        this.displayName = displayName;
    }

    /** The Chinese name shown to users. */
    public String displayName() {
        return displayName;
    }
}
