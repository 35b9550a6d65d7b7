package cn.gov.lyg.enforcement.events.vocabulary;

/** The kind of an administrative inspection 行政检查 (DOMAIN.md §1.4). */
public enum InspectionKind {
    ROUTINE("日常检查"),
    SPECIAL("专项检查"),
    CASE_TRIGGERED("个案检查"),
    DUAL_RANDOM("双随机抽查"),
    /** 非现场监管: desk review, online monitoring or data sharing instead of a visit (优化营商环境条例 Art. 56). */
    NON_SITE("非现场监管"),
    /** 预警触发检查: triggered by a big-data or monitoring early warning (needs the warning as trigger). */
    EARLY_WARNING("预警触发检查");

    private final String displayName;

    InspectionKind(String displayName) {
        this.displayName = displayName;
    }

    /** The Chinese name shown to users. */
    public String displayName() {
        return displayName;
    }
}
