package cn.gov.lyg.enforcement.personnel.eligibility;

import cn.gov.lyg.enforcement.events.vocabulary.CertificateKind;
import cn.gov.lyg.enforcement.events.vocabulary.EnforcementDomain;
import cn.gov.lyg.enforcement.personnel.certificate.Certificate;
import cn.gov.lyg.enforcement.personnel.certificate.CertificateStatus;
import cn.gov.lyg.enforcement.personnel.certificate.ReviewSchedule;
import cn.gov.lyg.enforcement.personnel.officer.Officer;
import cn.gov.lyg.enforcement.platform.identifier.RegionCodes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * "No certificate, no enforcement": whether an officer may enforce on a date, in a domain and a region, and every
 * reason why not (DOMAIN.md §2.1.2):
 * {@code assignable = status ACTIVE ∧ validFrom ≤ date ≤ validTo ∧ review not overdue ∧ officer ON_DUTY ∧
 * officer's agency = the certificate's holder agency ∧ domain ∈ domains ∧ region covered by the area}.
 *
 * <p>The certificate considered is the officer's current enforcement certificate: an ACTIVE one, else a SUSPENDED
 * one, else (to explain the refusal) the most recently issued one. The certificate's status is its current status;
 * validity and review deadlines are evaluated for {@code date}.
 */
public final class Eligibility {

    private final ReviewSchedule reviews;
    private final RegionCodes regions;

    public Eligibility(ReviewSchedule reviews, RegionCodes regions) {
        this.reviews = reviews;
        this.regions = regions;
    }

    public EligibilityResult evaluate(Officer officer, List<Certificate> certificates, LocalDate date,
                                      EnforcementDomain domain, String region) {
        List<EligibilityReason> reasons = new ArrayList<>();
        if (!officer.onDuty(date)) {
            reasons.add(EligibilityReason.NOT_ON_DUTY);
        }
        Optional<Certificate> current = current(certificates, date);
        if (current.isEmpty()) {
            Optional<Certificate> later = certificates.stream()
                    .filter(c -> c.getCertificateKind() == CertificateKind.ENFORCEMENT && c.getStatus().issued()
                            && c.getValidFrom() != null && c.getValidFrom().isAfter(date))
                    .min(Comparator.comparing(Certificate::getValidFrom));
            if (later.isPresent()) {
                reasons.add(EligibilityReason.CERTIFICATE_NOT_YET_VALID);
                return new EligibilityResult(officer.getId(), date, domain, region, false, List.copyOf(reasons),
                        summary(later.get(), later.get().getStatus(), null, date), officer.agencyOn(date));
            }
            boolean pending = certificates.stream().anyMatch(c -> c.getCertificateKind() == CertificateKind.ENFORCEMENT
                    && (c.getStatus() == CertificateStatus.APPLIED || c.getStatus() == CertificateStatus.APPROVED));
            reasons.add(pending ? EligibilityReason.CERTIFICATE_NOT_ISSUED : EligibilityReason.NO_CERTIFICATE);
            return new EligibilityResult(officer.getId(), date, domain, region, false, List.copyOf(reasons), null,
                    officer.agencyOn(date));
        }
        Certificate c = current.get();
        CertificateStatus status = c.statusOn(date);
        switch (status) {
            case SUSPENDED -> reasons.add(EligibilityReason.CERTIFICATE_SUSPENDED);
            case WITHDRAWN -> reasons.add(EligibilityReason.CERTIFICATE_WITHDRAWN);
            case REVOKED -> reasons.add(EligibilityReason.CERTIFICATE_REVOKED);
            case CANCELLED -> reasons.add(EligibilityReason.CERTIFICATE_CANCELLED);
            case LOST -> reasons.add(EligibilityReason.CERTIFICATE_LOST);
            default -> {
                // ACTIVE or EXPIRED: validity below
            }
        }
        if (status == CertificateStatus.EXPIRED || c.getValidTo().isBefore(date)) {
            reasons.add(EligibilityReason.CERTIFICATE_EXPIRED);
        }
        if (c.getValidFrom().isAfter(date)) {
            reasons.add(EligibilityReason.CERTIFICATE_NOT_YET_VALID);
        }
        String agencyThen = officer.agencyOn(date);
        if (!c.getAgencyCode().equals(agencyThen)) {
            reasons.add(EligibilityReason.AGENCY_MISMATCH);
        }
        OptionalInt overdue = reviews.overdueYear(c.getValidFrom(), c.getLastReviewYear(), date);
        if (overdue.isPresent()) {
            reasons.add(EligibilityReason.ANNUAL_REVIEW_OVERDUE);
        }
        if (domain != null && !c.getEnforcementDomains().contains(domain)) {
            reasons.add(EligibilityReason.DOMAIN_MISMATCH);
        }
        if (region != null && c.getEnforcementArea().stream().noneMatch(area -> regions.covers(area, region))) {
            reasons.add(EligibilityReason.AREA_MISMATCH);
        }
        return new EligibilityResult(officer.getId(), date, domain, region, reasons.isEmpty(), List.copyOf(reasons),
                summary(c, status, overdue.isPresent() ? Integer.valueOf(overdue.getAsInt()) : null, date),
                agencyThen);
    }

    private EligibilityResult.CertificateSummary summary(Certificate c, CertificateStatus status, Integer overdueYear,
                                                         LocalDate date) {
        return new EligibilityResult.CertificateSummary(c.getId(), c.getCertificateNo(), status,
                c.getAgencyCode(), c.getEnforcementDomains().stream().sorted().toList(),
                c.getEnforcementArea().stream().sorted().toList(), c.getValidFrom(), c.getValidTo(),
                c.getLastReviewYear(), overdueYear, reviews.nextDueDate(c.getValidFrom(), c.getLastReviewYear(), date));
    }

    /**
     * The certificate that decides on {@code date}: ACTIVE then, else SUSPENDED then, else the latest one issued by
     * then (its status explains the refusal). Certificates not yet issued on that date do not count.
     */
    static Optional<Certificate> current(List<Certificate> certificates, LocalDate date) {
        List<Certificate> issued = certificates.stream()
                .filter(c -> c.getCertificateKind() == CertificateKind.ENFORCEMENT && c.getValidFrom() != null)
                .filter(c -> c.statusOn(date) != null && c.statusOn(date).issued())
                .toList();
        Comparator<Certificate> latest = Comparator.comparing(Certificate::getValidFrom)
                .thenComparing(c -> c.getIssuedAt() == null ? java.time.Instant.MIN : c.getIssuedAt());
        for (CertificateStatus preferred : List.of(CertificateStatus.ACTIVE, CertificateStatus.SUSPENDED)) {
            Optional<Certificate> found = issued.stream().filter(c -> c.statusOn(date) == preferred).max(latest);
            if (found.isPresent()) {
                return found;
            }
        }
        return issued.stream().max(latest);
    }
}
