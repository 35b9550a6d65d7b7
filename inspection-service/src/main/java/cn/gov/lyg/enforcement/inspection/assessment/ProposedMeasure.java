package cn.gov.lyg.enforcement.inspection.assessment;

/**
 * A measure a case proposes against an enterprise, as far as the economic impact assessment cares (DOMAIN.md
 * §2.3.2): the heavy ones (停产停业/停产整治, 责令关闭, 吊销许可证件, 查封扣押生产设施) always need an assessment in the
 * assessed domains, a fine only from the 较大数额 threshold on.
 */
public enum ProposedMeasure {
    ORDER_SUSPEND_PRODUCTION("责令停产停业（停产整治）", true),
    ORDER_CLOSURE("责令关闭", true),
    REVOKE_LICENCE("吊销许可证件", true),
    SEAL_SEIZE_PRODUCTION_FACILITIES("查封、扣押生产设施", true),
    SEAL_SEIZE_GOODS("查封、扣押财物", false),
    RESTRICT_BUSINESS("限制开展生产经营活动", false),
    FINE("罚款", false),
    OTHER("其他", false);

    private final String displayName;
    private final boolean heavy;

    ProposedMeasure(String displayName, boolean heavy) {
        this.displayName = displayName;
        this.heavy = heavy;
    }

    public String displayName() {
        return displayName;
    }

    /** Needs an assessment whatever the amounts. */
    public boolean heavy() {
        return heavy;
    }
}
