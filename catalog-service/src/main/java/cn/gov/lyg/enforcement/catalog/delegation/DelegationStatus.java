package cn.gov.lyg.enforcement.catalog.delegation;

import java.util.List;

/**
 * Township delegation states (DOMAIN.md §2.4.2): PROPOSED → APPROVED → PUBLISHED → EFFECTIVE → (UNDER_EVALUATION)
 * → CONTINUED | ADJUSTED | RECALLED. EFFECTIVE is PUBLISHED once the effective date has come (derived from the
 * clock when read); CONTINUED and ADJUSTED remain in force; RECALLED ends on the recall date (inclusive).
 */
public enum DelegationStatus {
    PROPOSED("拟赋权", List.of("approve", "recall")),
    APPROVED("已批准", List.of("publish", "recall")),
    PUBLISHED("已公布", List.of("recall")),
    EFFECTIVE("生效中", List.of("evaluate", "recall")),
    UNDER_EVALUATION("评估中", List.of("evaluate", "recall")),
    CONTINUED("评估后继续", List.of("evaluate", "recall")),
    ADJUSTED("评估后调整", List.of("evaluate", "recall")),
    RECALLED("已收回", List.of());

    private final String displayName;
    private final List<String> allowedActions;

    DelegationStatus(String displayName, List<String> allowedActions) {
        this.displayName = displayName;
        this.allowedActions = allowedActions;
    }

    public String displayName() {
        return displayName;
    }

    public List<String> allowedActions() {
        return allowedActions;
    }

    /** Whether the delegation has been published (and so may be in force, date permitting). */
    public boolean published() {
        return this != PROPOSED && this != APPROVED;
    }
}
