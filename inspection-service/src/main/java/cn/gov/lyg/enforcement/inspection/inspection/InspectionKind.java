package cn.gov.lyg.enforcement.inspection.inspection;

/** 检查类型 (DOMAIN.md §1.4, §2.3.2). */
public enum InspectionKind {
    ROUTINE("日常检查"), SPECIAL("专项检查"), CASE_TRIGGERED("个案检查"), DUAL_RANDOM("双随机抽查");

    private final String displayName;

    InspectionKind(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
