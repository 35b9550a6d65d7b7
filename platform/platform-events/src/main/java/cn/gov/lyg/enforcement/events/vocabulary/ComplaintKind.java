package cn.gov.lyg.enforcement.events.vocabulary;

/** 投诉 / 举报 / 咨询. */
public enum ComplaintKind {
    COMPLAINT("投诉"),
    REPORT("举报"),
    CONSULTATION("咨询");

    private final String displayName;

    ComplaintKind(String displayName) {
        this.displayName = displayName;
    }

    /** The Chinese name shown to users. */
    public String displayName() {
        return displayName;
    }
}
