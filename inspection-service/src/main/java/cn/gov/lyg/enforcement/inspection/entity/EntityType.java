package cn.gov.lyg.enforcement.inspection.entity;

/** Kind of inspected entity (检查对象类型). */
public enum EntityType {
    ENTERPRISE("企业"), INDIVIDUAL_BUSINESS("个体工商户"), FARMER_COOP("农民专业合作社"),
    FOREIGN_REP_OFFICE("外国企业常驻代表机构"), PUBLIC_INSTITUTION("事业单位"), OTHER("其他");

    private final String displayName;

    EntityType(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
