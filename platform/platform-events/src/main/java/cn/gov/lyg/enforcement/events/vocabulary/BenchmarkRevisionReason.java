package cn.gov.lyg.enforcement.events.vocabulary;

/** Why a discretion benchmark version exists. */
public enum BenchmarkRevisionReason {
    INITIAL("首次制定"),
    LAW_CHANGE("法律法规立改废"),
    OTHER("其他修订");

    private final String displayName;

    BenchmarkRevisionReason(String displayName) {
        this.displayName = displayName;
    }

    /** The Chinese name shown to users. */
    public String displayName() {
        return displayName;
    }
}
