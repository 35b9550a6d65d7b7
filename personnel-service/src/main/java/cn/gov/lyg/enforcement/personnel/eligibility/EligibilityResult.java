package cn.gov.lyg.enforcement.personnel.eligibility;

import cn.gov.lyg.enforcement.events.vocabulary.EnforcementDomain;
import cn.gov.lyg.enforcement.personnel.certificate.CertificateStatus;
import java.time.LocalDate;
import java.util.List;

/**
 * The answer of {@code GET /officers/{id}/eligibility}: assignable or not, with every reason, and the certificate
 * the answer is based on.
 */
public record EligibilityResult(String officerId, LocalDate date, EnforcementDomain domain, String region,
                                boolean assignable, List<EligibilityReason> reasons, CertificateSummary certificate,
                                String agencyCode) {

    /** The facts of the certificate the answer was computed from. */
    public record CertificateSummary(String certificateId, String certificateNo, CertificateStatus status,
                                     String holderAgencyCode, List<EnforcementDomain> enforcementDomains,
                                     List<String> enforcementArea, LocalDate validFrom, LocalDate validTo,
                                     Integer lastReviewYear, Integer overdueReviewYear, LocalDate nextReviewDueDate) {
    }
}
