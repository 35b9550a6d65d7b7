package cn.gov.lyg.enforcement.personnel.certificate;

import cn.gov.lyg.enforcement.events.vocabulary.CertificateKind;
import cn.gov.lyg.enforcement.events.vocabulary.EnforcementDomain;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The API representation of a certificate, with the allowed next actions and its history. */
public record CertificateView(
        String id,
        String certificateNo,
        CertificateKind certificateKind,
        String certificateKindName,
        String officerId,
        String officerName,
        String holderAgencyCode,
        String regionCode,
        List<EnforcementDomain> enforcementDomains,
        List<String> enforcementArea,
        String authoritySource,
        LocalDate validFrom,
        LocalDate validTo,
        CertificateStatus status,
        String statusName,
        String statusReason,
        List<String> allowedActions,
        Integer lastReviewYear,
        LocalDate suspendedUntil,
        String previousCertificateId,
        String replacedByCertificateId,
        Instant issuedAt,
        List<Certificate.Transition> history,
        List<AnnualReviewRecord> reviews,
        Long version,
        Instant createdAt,
        Instant modifiedAt) {

    public static CertificateView of(Certificate c) {
        return new CertificateView(c.getId(), c.getCertificateNo(), c.getCertificateKind(),
                c.getCertificateKind().displayName(), c.getOfficerId(), c.getOfficerName(), c.getAgencyCode(),
                c.getRegionCode(), c.getEnforcementDomains().stream().sorted().toList(),
                c.getEnforcementArea().stream().sorted().toList(), c.getAuthoritySource(), c.getValidFrom(),
                c.getValidTo(), c.getStatus(), c.getStatus().displayName(), c.getStatusReason(),
                c.getStatus().allowedActions(), c.getLastReviewYear(), c.getSuspendedUntil(),
                c.getPreviousCertificateId(), c.getReplacedByCertificateId(), c.getIssuedAt(), c.getHistory(),
                c.getReviews(), c.getVersion(), c.getCreatedAt(), c.getModifiedAt());
    }
}
