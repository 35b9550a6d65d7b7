package cn.gov.lyg.enforcement.events.vocabulary;

/**
 * 执法领域 / 执法类别: the enforcement domains of agencies, certificates and items, as the agency and certificate event
 * schemas enumerate them. The code segment is the domain part of a catalog item code (3207-MKT-PEN-0001).
 */
public enum EnforcementDomain {
    MARKET("市场监管", "MKT"),
    ECOLOGY("生态环境", "ECO"),
    EMERGENCY("应急管理", "EMG"),
    HOUSING_CONSTRUCTION("住房城乡建设", "HSC"),
    TRANSPORT("交通运输", "TRN"),
    URBAN_MGMT("城市管理", "URB"),
    AGRICULTURE("农业农村", "AGR"),
    NATURAL_RESOURCES("自然资源", "NRS"),
    HEALTH("卫生健康", "HLT"),
    CULTURE_TOURISM("文化旅游", "CUL"),
    HR_SOCIAL_SECURITY("人力资源社会保障", "HRS"),
    WATER("水利", "WAT"),
    FIRE("消防救援", "FIR"),
    COMMERCE("商务", "COM"),
    EDUCATION("教育", "EDU"),
    OTHER("其他", "OTH");

    private final String displayName;
    private final String codeSegment;

    EnforcementDomain(String displayName, String codeSegment) {
        this.displayName = displayName;
        this.codeSegment = codeSegment;
    }

    /** The Chinese name shown to users. */
    public String displayName() {
        return displayName;
    }

    public String codeSegment() {
        return codeSegment;
    }
}
