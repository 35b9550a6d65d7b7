package cn.gov.lyg.enforcement.events.vocabulary;

/**
 * Kinds of enforcement subjects 行政执法主体 (DOMAIN.md §1.1, §2.1.1). A comprehensive enforcement bureau 综合行政执法局 is an
 * ADMIN_ORGAN.
 */
public enum AgencyKind {
    ADMIN_ORGAN("行政机关"),
    AUTHORIZED_ORG("法律法规授权组织"),
    ENTRUSTED_ORG("受委托组织"),
    JUSTICE_BUREAU("司法行政部门"),
    TOWNSHIP_GOV("乡镇人民政府/街道办事处");

    private final String displayName;

    AgencyKind(String displayName) {
        this.displayName = displayName;
    }

    /** The Chinese name shown to users. */
    public String displayName() {
        return displayName;
    }
}
