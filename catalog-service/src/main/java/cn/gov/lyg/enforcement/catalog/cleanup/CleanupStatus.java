package cn.gov.lyg.enforcement.catalog.cleanup;

import java.util.List;

/** 事项清理 batch states: DRAFT → SUBMITTED → REVIEWED → APPROVED → PUBLISHED, or REJECTED (nothing changes). */
public enum CleanupStatus {
    DRAFT("草稿", List.of("submit")),
    SUBMITTED("已提交", List.of("review", "reject")),
    REVIEWED("已审核", List.of("approve", "reject")),
    APPROVED("已批准", List.of("publish")),
    PUBLISHED("已发布", List.of()),
    REJECTED("已退回", List.of());

    private final String displayName;
    private final List<String> allowedActions;

    CleanupStatus(String displayName, List<String> allowedActions) {
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
