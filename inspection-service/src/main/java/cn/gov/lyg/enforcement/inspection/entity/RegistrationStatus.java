package cn.gov.lyg.enforcement.inspection.entity;

/** 登记状态 of an inspected entity. Cancelled, revoked and moved-out entities leave every spot-check population. */
public enum RegistrationStatus {
    EXISTING("存续"), REVOKED("吊销"), CANCELLED("注销"), MOVED_OUT("迁出");

    private final String displayName;

    RegistrationStatus(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** Whether an entity in this status can be drawn (DOMAIN.md §2.3.3 step 1). */
    public boolean drawable() {
        return this == EXISTING;
    }
}
