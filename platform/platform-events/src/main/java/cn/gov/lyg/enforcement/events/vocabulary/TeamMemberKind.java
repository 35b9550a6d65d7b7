package cn.gov.lyg.enforcement.events.vocabulary;

/** Who serves on an inspection team: a certified officer or auxiliary staff (no enforcement power). */
public enum TeamMemberKind {
    OFFICER("行政执法人员"),
    AUXILIARY("行政执法辅助人员");

    private final String displayName;

    TeamMemberKind(String displayName) {
        this.displayName = displayName;
    }

    /** The Chinese name shown to users. */
    public String displayName() {
        return displayName;
    }
}
