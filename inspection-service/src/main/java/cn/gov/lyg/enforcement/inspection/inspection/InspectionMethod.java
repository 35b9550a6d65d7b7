package cn.gov.lyg.enforcement.inspection.inspection;

/** 核查方式 (DOMAIN.md §2.3.2): how an inspection is carried out. */
public enum InspectionMethod {
    ON_SITE("实地检查", true),
    TESTING("检验检测", true),
    EXPERT_ASSIST("委托专业机构辅助", true),
    DOCUMENT("书面检查", false),
    ONLINE_MONITORING("网络监测", false),
    OTHER_AGENCY_RESULT("采信行政部门检查结果或专业意见", false);

    private final String displayName;
    private final boolean onSite;

    InspectionMethod(String displayName, boolean onSite) {
        this.displayName = displayName;
        this.onSite = onSite;
    }

    public String displayName() {
        return displayName;
    }

    /** Whether the method visits the premises. */
    public boolean onSite() {
        return onSite;
    }
}
