package cn.gov.lyg.enforcement.events.vocabulary;

/** The finding of a complaint investigation; substantiated and partly substantiated ones need rectification. */
public enum ComplaintFinding {
    SUBSTANTIATED("属实"),
    PARTLY("部分属实"),
    UNSUBSTANTIATED("不属实");

    private final String displayName;

    ComplaintFinding(String displayName) {
        this.displayName = displayName;
    }

    /** The Chinese name shown to users. */
    public String displayName() {
        return displayName;
    }

    public boolean requiresRectification() {
        return this != UNSUBSTANTIATED;
    }
}
