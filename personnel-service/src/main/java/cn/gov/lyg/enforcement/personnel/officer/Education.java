package cn.gov.lyg.enforcement.personnel.officer;

/** 学历, in ascending order (the minimum is configurable, default high school). */
public enum Education {
    BELOW_HIGH_SCHOOL("高中以下"),
    HIGH_SCHOOL("高中/中专"),
    JUNIOR_COLLEGE("大专"),
    BACHELOR("本科"),
    MASTER("硕士研究生"),
    DOCTORATE("博士研究生");

    private final String displayName;

    Education(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
