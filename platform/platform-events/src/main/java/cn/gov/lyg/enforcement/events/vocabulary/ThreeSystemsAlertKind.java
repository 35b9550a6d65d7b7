package cn.gov.lyg.enforcement.events.vocabulary;

/** The three-systems deadlines 三项制度 whose passing raises an alert. */
public enum ThreeSystemsAlertKind {
    DISCLOSURE_OVERDUE("逾期未公示"),
    WITHDRAWAL_OVERDUE("逾期未撤下公示");

    private final String displayName;

    ThreeSystemsAlertKind(String displayName) {
        this.displayName = displayName;
    }

    /** The Chinese name shown to users. */
    public String displayName() {
        return displayName;
    }
}
