package cn.gov.lyg.enforcement.events.vocabulary;

/** Who approved applying a penalty outside the discretion benchmark. */
public enum DeviationApprovalType {
    PRINCIPAL_LEADER("主要负责人批准"),
    COLLECTIVE_DELIBERATION("集体讨论");

    private final String displayName;

    DeviationApprovalType(String displayName) {
        this.displayName = displayName;
    }

    /** The Chinese name shown to users. */
    public String displayName() {
        return displayName;
    }
}
