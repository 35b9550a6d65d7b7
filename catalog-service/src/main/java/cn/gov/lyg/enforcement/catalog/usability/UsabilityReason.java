package cn.gov.lyg.enforcement.catalog.usability;

/** Why an item cannot be used by an agency in a region on a date (every applicable reason is returned). */
public enum UsabilityReason {
    ITEM_NOT_PUBLISHED,
    ITEM_NOT_YET_VALID,
    ITEM_EXPIRED,
    ITEM_CANCELLED,
    ITEM_SUSPENDED,
    AGENCY_UNKNOWN,
    AGENCY_NOT_IMPLEMENTING,
    REGION_OUTSIDE_AGENCY_AREA,
    DELEGATED_TO_TOWNSHIP
}
