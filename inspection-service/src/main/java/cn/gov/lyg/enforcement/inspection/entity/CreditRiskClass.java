package cn.gov.lyg.enforcement.inspection.entity;

/**
 * 信用风险分类 (国市监信发〔2022〕6号): A low, B general, C higher, D high risk. INTERNAL: never in a public or
 * enterprise-facing answer, a non-admin export or a public event (DOMAIN.md §2.0.4, AS-13).
 */
public enum CreditRiskClass {
    A("低风险"), B("一般风险"), C("较高风险"), D("高风险");

    private final String displayName;

    CreditRiskClass(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
