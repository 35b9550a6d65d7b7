package cn.gov.lyg.enforcement.inspection.inspection;

/** 检查类型 (DOMAIN.md §1.4, §2.3.2). */
public enum InspectionKind {
    ROUTINE("日常检查"), SPECIAL("专项检查"), CASE_TRIGGERED("个案检查"), DUAL_RANDOM("双随机抽查"),
    /** 非现场监管: no visit (desk review, online monitoring, data sharing); never counted toward caps or merged. */
    NON_SITE("非现场监管"),
    /** 预警触发检查: triggered by an early warning (triggerRef = the warning); exempt from the cap like case checks. */
    EARLY_WARNING("预警触发检查");

    private final String displayName;

    InspectionKind(String displayName) {
        this.displayName = displayName;
    }

    /** A visit to the enterprise's premises that the annual cap counts (ROUTINE, SPECIAL, DUAL_RANDOM). */
    public boolean countsTowardCap() {
        return this == ROUTINE || this == SPECIAL || this == DUAL_RANDOM;
    }

    /** Triggered by a concrete occasion (complaint, referral, warning): exempt from the cap, warned when frequent. */
    public boolean triggered() {
        return this == CASE_TRIGGERED || this == EARLY_WARNING;
    }

    /** Whether the inspection visits the premises (all kinds but NON_SITE). */
    public boolean onSite() {
        return this != NON_SITE;
    }

    public String displayName() {
        return displayName;
    }
}
