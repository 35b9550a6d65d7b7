package cn.gov.lyg.enforcement.personnel.officer;

/** 性别 (GB 11643: an odd 17th digit is male). */
public enum Gender {
    MALE("男"),
    FEMALE("女");

    private final String displayName;

    Gender(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
