package cn.gov.lyg.enforcement.catalog.item;

import java.util.List;

/**
 * Item states (DOMAIN.md §2.4.2). ADJUSTED is not a state of its own: an adjustment makes a new ACTIVE version.
 * Each state lists the actions allowed from it, which a 409 returns to the caller.
 */
public enum ItemStatus {
    DRAFT("草稿", List.of("update", "publish")),
    ACTIVE("有效", List.of("adjust", "suspend", "cancel")),
    SUSPENDED("暂停", List.of("resume", "cancel")),
    CANCELLED("已取消", List.of());

    private final String displayName;
    private final List<String> allowedActions;

    ItemStatus(String displayName, List<String> allowedActions) {
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
