package cn.gov.lyg.enforcement.inspection.team;

/** Role on an inspection team: LEAD 组长 and INSPECTOR 检查人员 sign as inspectors; ASSISTANT 协助人员 does not. */
public enum TeamRole {
    LEAD("组长"), INSPECTOR("检查人员"), ASSISTANT("协助人员");

    private final String displayName;

    TeamRole(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    public boolean signsAsInspector() {
        return this != ASSISTANT;
    }
}
