package cn.gov.lyg.enforcement.inspection.spotcheck;

/** 双随机抽查任务 status (DOMAIN.md §2.3.2); this service covers the draw part of the life cycle. */
public enum SpotCheckStatus {
    PENDING_DRAW("待抽取"), DRAWN("已抽取"), CANCELLED("已取消");

    private final String displayName;

    SpotCheckStatus(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
