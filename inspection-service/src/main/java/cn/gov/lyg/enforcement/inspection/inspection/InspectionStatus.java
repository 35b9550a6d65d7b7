package cn.gov.lyg.enforcement.inspection.inspection;

/** Life cycle of one inspection (DOMAIN.md §2.3.2), approval folded into PLANNED here. */
public enum InspectionStatus {
    PLANNED("已计划"), IN_PROGRESS("检查中"), SUBMITTED("已提交"), CONFIRMED("已确认"), PUBLICIZED("已公示");

    private final String displayName;

    InspectionStatus(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    public boolean open() {
        return this == PLANNED || this == IN_PROGRESS;
    }
}
