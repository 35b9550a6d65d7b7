package cn.gov.lyg.enforcement.supervision.complaint;

/** The result of the investigation. SUBSTANTIATED and PARTLY require rectification. */
public enum Finding {
    SUBSTANTIATED,
    PARTLY,
    UNSUBSTANTIATED;

    public boolean requiresRectification() {
        return this != UNSUBSTANTIATED;
    }
}
