package cn.gov.lyg.enforcement.inspection.team;

import java.util.List;

/**
 * The eligibility projection's answer for one officer on a date, in the inspection's domains and region: the same
 * verdict and reason codes as personnel's {@code GET /officers/{id}/eligibility} ({@code NOT_ON_DUTY},
 * {@code CERTIFICATE_SUSPENDED}, {@code CERTIFICATE_REVOKED}, {@code ANNUAL_REVIEW_OVERDUE}, {@code DOMAIN_MISMATCH},
 * {@code AREA_MISMATCH}, ...).
 *
 * @param agencyCode the officer's agency on that date, {@code null} when unknown
 * @param certificateNo the certificate the verdict is based on, {@code null} when none
 */
public record OfficerVerdict(String officerId, String agencyCode, boolean assignable, List<String> reasons,
                             String certificateNo) {

    public OfficerVerdict {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    /** An officer the projection has never heard of. */
    public static OfficerVerdict unknown(String officerId) {
        return new OfficerVerdict(officerId, null, false, List.of("NO_CERTIFICATE"), null);
    }
}
