package cn.gov.lyg.enforcement.catalog.item;

/** 事项类型 (DOMAIN.md §1.5): the ten Jiangsu power types plus 行政征用 listed separately. */
public enum ItemType {
    LICENSING("行政许可"),
    PENALTY("行政处罚"),
    COERCION("行政强制"),
    LEVY("行政征收"),
    REQUISITION("行政征用"),
    PAYMENT("行政给付"),
    INSPECTION("行政检查"),
    CONFIRMATION("行政确认"),
    REWARD("行政奖励"),
    ADJUDICATION("行政裁决"),
    OTHER("其他行政权力");

    private final String displayName;

    ItemType(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** The code segment of an item code, e.g. PEN in 3207-MKT-PEN-0001. */
    public String codeSegment() {
        return switch (this) {
            case LICENSING -> "LIC";
            case PENALTY -> "PEN";
            case COERCION -> "COE";
            case LEVY -> "LEV";
            case REQUISITION -> "REQ";
            case PAYMENT -> "PAY";
            case INSPECTION -> "INS";
            case CONFIRMATION -> "CON";
            case REWARD -> "REW";
            case ADJUDICATION -> "ADJ";
            case OTHER -> "OTH";
        };
    }
}
