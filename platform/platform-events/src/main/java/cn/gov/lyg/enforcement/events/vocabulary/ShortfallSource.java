package cn.gov.lyg.enforcement.events.vocabulary;

/** What found a training shortfall: the annual certificate review or the yearly training job. */
public enum ShortfallSource {
    ANNUAL_REVIEW("年度审验"),
    JOB("定期核查");

    private final String displayName;

    ShortfallSource(String displayName) {
        this.displayName = displayName;
    }

    /** The Chinese name shown to users. */
    public String displayName() {
        return displayName;
    }
}
