package cn.gov.lyg.enforcement.inspection.assessment;

/** 减损措施: how the harm to the enterprise is kept down (DOMAIN.md §2.3.2). */
public enum Mitigation {
    /** 分期缴纳罚款 (行政处罚法 Art. 66 §2): needs a fine. */
    INSTALMENT_PAYMENT("分期缴纳罚款", true),
    /** 延期缴纳罚款 (Art. 66 §2): needs a fine. */
    DEFERRED_PAYMENT("延期缴纳罚款", true),
    /** 活封活扣: sealed equipment may keep running under supervision. */
    LIVE_SEAL("活封活扣", false),
    /** 限期整改替代停产. */
    RECTIFICATION_INSTEAD_OF_SUSPENSION("限期整改替代停产", false),
    /** 信用修复指导. */
    CREDIT_REPAIR_GUIDANCE("信用修复指导", false),
    OTHER("其他措施", false);

    private final String displayName;
    private final boolean needsFine;

    Mitigation(String displayName, boolean needsFine) {
        this.displayName = displayName;
        this.needsFine = needsFine;
    }

    public String displayName() {
        return displayName;
    }

    public boolean needsFine() {
        return needsFine;
    }
}
