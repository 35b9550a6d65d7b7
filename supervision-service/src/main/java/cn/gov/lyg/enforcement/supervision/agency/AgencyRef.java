package cn.gov.lyg.enforcement.supervision.agency;

/**
 * What supervision-service needs to know about an enforcement agency: its region (for the judicial bureaus' data
 * scope), its kind and level (a JUSTICE_BUREAU supervises; a CITY department is supervised by the city bureau).
 */
public record AgencyRef(String agencyCode, String name, String regionCode, String kind, String level, boolean active) {

    public static final String CITY_REGION = "320700";

    public boolean justiceBureau() {
        return "JUSTICE_BUREAU".equals(kind);
    }

    /**
     * The region of the judicial bureau supervising this agency: the bureau of its county, or the city bureau for
     * city departments (and for a county bureau itself).
     */
    public String supervisingRegionCode() {
        if ("CITY".equals(level) || regionCode.endsWith("00") || justiceBureau()) {
            return regionCode.substring(0, 4) + "00";
        }
        return regionCode;
    }

    /**
     * The region one level above the supervising bureau, where an overdue complaint is escalated: a county bureau
     * escalates to the city bureau, the city bureau to the province.
     */
    public String upperRegionCode() {
        String supervising = supervisingRegionCode();
        return supervising.endsWith("00") ? supervising.substring(0, 2) + "0000" : supervising.substring(0, 4) + "00";
    }
}
