package cn.gov.lyg.enforcement.personnel.agency;

/** 执法领域 / 执法类别 (DOMAIN.md §2.1.1): of agencies and of certificates. */
public enum EnforcementDomain {
    MARKET("市场监管"),
    ECOLOGY("生态环境"),
    EMERGENCY("应急管理"),
    HOUSING_CONSTRUCTION("住房城乡建设"),
    TRANSPORT("交通运输"),
    URBAN_MGMT("城市管理"),
    AGRICULTURE("农业农村"),
    NATURAL_RESOURCES("自然资源"),
    HEALTH("卫生健康"),
    CULTURE_TOURISM("文化旅游"),
    HR_SOCIAL_SECURITY("人力资源社会保障"),
    WATER("水利"),
    FIRE("消防救援"),
    COMMERCE("商务"),
    EDUCATION("教育"),
    OTHER("其他");

    private final String displayName;

    EnforcementDomain(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
