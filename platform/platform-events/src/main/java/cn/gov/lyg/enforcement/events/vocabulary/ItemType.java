package cn.gov.lyg.enforcement.events.vocabulary;

/**
 * 事项类型 (DOMAIN.md §1.5): the ten Jiangsu power types plus 行政征用 listed separately. The code segment is the type part
 * of a catalog item code (3207-MKT-PEN-0001).
 */
public enum ItemType {
    LICENSING("行政许可", "LIC"),
    PENALTY("行政处罚", "PEN"),
    COERCION("行政强制", "COE"),
    LEVY("行政征收", "LEV"),
    REQUISITION("行政征用", "REQ"),
    PAYMENT("行政给付", "PAY"),
    INSPECTION("行政检查", "INS"),
    CONFIRMATION("行政确认", "CON"),
    REWARD("行政奖励", "REW"),
    ADJUDICATION("行政裁决", "ADJ"),
    OTHER("其他行政权力", "OTH");

    private final String displayName;
    private final String codeSegment;

    ItemType(String displayName, String codeSegment) {
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
