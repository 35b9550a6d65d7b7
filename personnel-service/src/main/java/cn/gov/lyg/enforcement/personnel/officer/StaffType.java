package cn.gov.lyg.enforcement.personnel.officer;

/**
 * 人员性质. Only civil servants and staff of public institutions (参公/事业编) may be confirmed as enforcement
 * officers; contract and temporary workers never (合同工、临时工不得确认执法资格), auxiliary staff are registered
 * separately. The ineligible values exist so that a request naming them gets {@code STAFF_TYPE_NOT_ELIGIBLE}.
 */
public enum StaffType {
    CIVIL_SERVANT("公务员", true),
    PUBLIC_INSTITUTION_STAFF("参公/事业编制人员", true),
    CONTRACT_WORKER("合同工", false),
    TEMPORARY_WORKER("临时工", false),
    AUXILIARY("辅助人员", false);

    private final String displayName;
    private final boolean eligible;

    StaffType(String displayName, boolean eligible) {
        this.displayName = displayName;
        this.eligible = eligible;
    }

    public String displayName() {
        return displayName;
    }

    public boolean eligible() {
        return eligible;
    }
}
