package cn.gov.lyg.enforcement.catalog.delegation;

/** Search criteria for delegations (all optional, AND). */
public record DelegationFilter(String itemId, String townshipAgencyCode, String fromAgencyCode, String regionCode,
                               String cityListId, DelegationStatus status) {
}
