package cn.gov.lyg.enforcement.personnel.assessment;

/** 评议考核 grades [ASM: civil-servant annual assessment names]. */
public enum AssessmentGrade {
    EXCELLENT("优秀"),
    QUALIFIED("合格"),
    BASIC_QUALIFIED("基本合格"),
    UNQUALIFIED("不合格");

    private final String displayName;

    AssessmentGrade(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
