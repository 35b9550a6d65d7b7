package cn.gov.lyg.enforcement.events.vocabulary;

/** The milestones of an enforcement case that agencies' case-handling systems report (DOMAIN.md §1.7, Q21). */
public enum CaseMilestone {
    FILED("立案"),
    HEARING("听证"),
    LEGAL_REVIEW("法制审核"),
    COLLECTIVE_DELIBERATION("集体讨论"),
    DECIDED("作出决定"),
    SERVED("送达"),
    PUBLISHED("公示"),
    EXECUTED("执行"),
    RECONSIDERATION_CONCLUDED("行政复议结果"),
    LITIGATION_CONCLUDED("行政诉讼结果"),
    PUBLICATION_WITHDRAWN("撤下公示"),
    CLOSED("结案");

    private final String displayName;

    CaseMilestone(String displayName) {
        this.displayName = displayName;
    }

    /** The Chinese name shown to users. */
    public String displayName() {
        return displayName;
    }
}
