package cn.gov.lyg.enforcement.catalog.item;

/** 执法领域: the enforcement domains of the Lianyungang sample data (DOMAIN.md §3.2), with their code segments. */
public enum EnforcementDomain {
    MARKET("市场监管", "MKT"),
    ECOLOGY("生态环境", "ECO"),
    EMERGENCY("应急管理", "EMG"),
    HOUSING_CONSTRUCTION("住房城乡建设", "HSC"),
    TRANSPORT("交通运输", "TRN"),
    URBAN_MGMT("城市管理", "URB"),
    AGRICULTURE("农业农村", "AGR"),
    HEALTH("卫生健康", "HLT"),
    CULTURE_TOURISM("文化旅游", "CUL"),
    FIRE("消防救援", "FIR"),
    NATURAL_RESOURCES("自然资源", "NRS"),
    WATER("水利", "WAT"),
    EDUCATION("教育", "EDU"),
    PUBLIC_SECURITY("公安", "PSB"),
    OTHER("其他", "OTH");

    private final String displayName;
    private final String codeSegment;

    EnforcementDomain(String displayName, String codeSegment) {
        this.displayName = displayName;
        this.codeSegment = codeSegment;
    }

    public String displayName() {
        return displayName;
    }

    public String codeSegment() {
        return codeSegment;
    }
}
