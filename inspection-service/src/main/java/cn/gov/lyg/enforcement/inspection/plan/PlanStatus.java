package cn.gov.lyg.enforcement.inspection.plan;

/** 年度行政检查计划 status (DOMAIN.md §2.3.2): DRAFT → SUBMITTED → FILED → PUBLISHED. */
public enum PlanStatus {
    DRAFT("草稿"), SUBMITTED("已报备"), FILED("已备案"), PUBLISHED("已公布");

    private final String displayName;

    PlanStatus(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
