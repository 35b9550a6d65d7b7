package cn.gov.lyg.enforcement.personnel.officer;

import java.util.List;
import java.util.Set;

/**
 * 在岗状态 (DOMAIN.md §2.1.1). ON_DUTY and NON_ENFORCEMENT_POST are the working states (only ON_DUTY is
 * assignable); the others mean the officer left the service and are terminal.
 */
public enum EmploymentStatus {
    ON_DUTY("在执法岗位", List.of("update", "transfer", "change-duty", "leave")),
    NON_ENFORCEMENT_POST("非执法岗位", List.of("update", "transfer", "change-duty", "leave")),
    TRANSFERRED_OUT("调出", List.of()),
    RETIRED("退休", List.of()),
    RESIGNED("辞职", List.of()),
    DISMISSED("辞退/开除", List.of()),
    DECEASED("死亡", List.of());

    public static final Set<EmploymentStatus> LEFT_SERVICE = Set.of(TRANSFERRED_OUT, RETIRED, RESIGNED, DISMISSED,
            DECEASED);

    private final String displayName;
    private final List<String> allowedActions;

    EmploymentStatus(String displayName, List<String> allowedActions) {
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
