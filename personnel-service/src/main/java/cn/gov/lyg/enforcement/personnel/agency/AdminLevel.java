package cn.gov.lyg.enforcement.personnel.agency;

/** 层级 of an agency (DOMAIN.md §2.1.1). */
public enum AdminLevel {
    CITY("市级"),
    COUNTY("县级"),
    TOWNSHIP("乡镇级");

    private final String displayName;

    AdminLevel(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
