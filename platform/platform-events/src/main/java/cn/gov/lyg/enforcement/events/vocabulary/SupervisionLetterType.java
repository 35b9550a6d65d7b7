package cn.gov.lyg.enforcement.events.vocabulary;

/** The documents of enforcement supervision (DOMAIN.md §2.5.3). */
public enum SupervisionLetterType {
    SUPERVISION_LETTER("督查函"),
    OPINION("行政执法监督意见书"),
    DECISION("行政执法监督决定书"),
    REMINDER("提示函");

    private final String displayName;

    SupervisionLetterType(String displayName) {
        this.displayName = displayName;
    }

    /** The Chinese name shown to users. */
    public String displayName() {
        return displayName;
    }
}
