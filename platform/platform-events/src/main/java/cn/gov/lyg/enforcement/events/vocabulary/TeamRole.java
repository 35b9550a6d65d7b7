package cn.gov.lyg.enforcement.events.vocabulary;

/** The role on an inspection team; assistants never sign as inspectors. */
public enum TeamRole {
    LEAD("组长"),
    INSPECTOR("检查人员"),
    ASSISTANT("协助人员");

    private final String displayName;

    TeamRole(String displayName) {
        this.displayName = displayName;
    }

    /** The Chinese name shown to users. */
    public String displayName() {
        return displayName;
    }
}
