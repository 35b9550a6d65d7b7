package cn.gov.lyg.enforcement.inspection.record;

/** 后续处置措施 (DOMAIN.md §2.3.2). */
public enum FollowUpAction {
    NONE_NEEDED("无需处置"), FEEDBACK_TO_DAILY_REGULATOR("反馈日常监管部门"), ORDER_CORRECTION("责令改正"),
    TRANSFER_CASE_CLUE("移送案件线索"), NOTIFY_OTHER_DEPT("通报其他部门"), OTHER("其他");

    private final String displayName;

    FollowUpAction(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
