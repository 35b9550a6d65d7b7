package cn.gov.lyg.enforcement.events.vocabulary;

/** How an item cites a changed provision: as its setting basis 设定依据 or as an implementing basis 实施依据. */
public enum CitationRole {
    SETTING("设定依据"),
    IMPLEMENTING("实施依据");

    private final String displayName;

    CitationRole(String displayName) {
        this.displayName = displayName;
    }

    /** The Chinese name shown to users. */
    public String displayName() {
        return displayName;
    }
}
