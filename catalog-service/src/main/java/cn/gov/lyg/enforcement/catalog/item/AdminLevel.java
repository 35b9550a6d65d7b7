package cn.gov.lyg.enforcement.catalog.item;

/** 层级 (DOMAIN.md §1.1). */
public enum AdminLevel {
    PROVINCE("省级"),
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
