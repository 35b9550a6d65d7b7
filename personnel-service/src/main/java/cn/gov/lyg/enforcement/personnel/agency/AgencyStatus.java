package cn.gov.lyg.enforcement.personnel.agency;

import java.util.List;

/** 机构改革: an agency is ACTIVE until MERGED or ABOLISHED (both terminal). */
public enum AgencyStatus {
    ACTIVE("有效", List.of("update", "merge", "abolish")),
    MERGED("已合并", List.of()),
    ABOLISHED("已撤销", List.of());

    private final String displayName;
    private final List<String> allowedActions;

    AgencyStatus(String displayName, List<String> allowedActions) {
        this.displayName = displayName;
        this.allowedActions = allowedActions;
    }

    public String displayName() {
        return displayName;
    }

    public List<String> allowedActions() {
        return allowedActions;
    }
}
