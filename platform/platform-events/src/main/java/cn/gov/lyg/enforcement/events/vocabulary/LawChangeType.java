package cn.gov.lyg.enforcement.events.vocabulary;

/** 立改废释: a provision is enacted, amended, repealed or officially interpreted. */
public enum LawChangeType {
    ENACTED("立"),
    AMENDED("改"),
    REPEALED("废"),
    INTERPRETED("释");

    private final String displayName;

    LawChangeType(String displayName) {
        this.displayName = displayName;
    }

    /** The Chinese name shown to users. */
    public String displayName() {
        return displayName;
    }
}
