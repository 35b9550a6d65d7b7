package cn.gov.lyg.enforcement.events.vocabulary;

/** 行使方式 (DOMAIN.md §1.5): directly, entrusted to an organisation, or delegated to townships. */
public enum ExerciseMode {
    DIRECT("直接行使"),
    ENTRUSTED("委托行使"),
    DELEGATED_TO_TOWNSHIP("赋权乡镇（街道）");

    private final String displayName;

    ExerciseMode(String displayName) {
        this.displayName = displayName;
    }

    /** The Chinese name shown to users. */
    public String displayName() {
        return displayName;
    }
}
