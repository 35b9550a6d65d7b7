package cn.gov.lyg.enforcement.inspection.eligibility;

/**
 * Published (in-process) after the projection changed for an officer, so that features holding teams re-check them
 * ({@code TEAM_INVALID}).
 */
public record OfficerEligibilityChanged(String officerId, String cause) {
}
