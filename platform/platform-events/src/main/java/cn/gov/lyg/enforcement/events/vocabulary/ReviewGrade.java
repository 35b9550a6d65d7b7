package cn.gov.lyg.enforcement.events.vocabulary;

/** 评查等次 (DOMAIN.md §2.5.1 glossary): 优秀 / 良好 / 合格 / 不合格; UNQUALIFIED also for any veto hit. */
public enum ReviewGrade {
    EXCELLENT("优秀"),
    GOOD("良好"),
    QUALIFIED("合格"),
    UNQUALIFIED("不合格");

    private final String displayName;

    ReviewGrade(String displayName) {
        this.displayName = displayName;
    }

    /** The Chinese name shown to users. */
    public String displayName() {
        return displayName;
    }
}
