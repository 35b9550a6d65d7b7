package cn.gov.lyg.enforcement.inspection.eligibility;

import cn.gov.lyg.enforcement.inspection.team.OfficerVerdict;
import cn.gov.lyg.enforcement.platform.identifier.RegionCodes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "No certificate, no enforcement" on the projection: the same verdict and reason codes as personnel's
 * {@code GET /officers/{id}/eligibility} (DOMAIN.md §2.1.2 {@code assignable}): status ACTIVE, validFrom ≤ date ≤
 * validTo, annual review not overdue, officer ON_DUTY, the certificate's holder agency = the officer's agency on that
 * date, every item domain among the certificate's domains, the region covered by its area. The certificate considered
 * is the one personnel considers: ACTIVE on the date, else SUSPENDED, else the latest issued.
 *
 * <p>Annual review: overdue from the day after the certificate's {@code nextReviewDueDate}, the date personnel's
 * review schedule gives in every certificate event (v2); this service never derives it (v1 events are upcast by the
 * rule their contract documented, see {@code CertificateSnapshot.upcastFromV1}).
 */
public final class EligibilityRules {

    private final RegionCodes regions;

    public EligibilityRules(RegionCodes regions) {
        this.regions = regions;
    }

    /** The verdict for every domain of the inspection (reasons merged, in personnel's order). */
    public OfficerVerdict evaluate(OfficerFacts officer, LocalDate date, Set<String> domains, String region) {
        if (officer == null) {
            return null;
        }
        LinkedHashSet<String> reasons = new LinkedHashSet<>();
        String certificateNo = null;
        if (domains == null || domains.isEmpty()) {
            Result r = evaluateOne(officer, date, null, region);
            reasons.addAll(r.reasons);
            certificateNo = r.certificateNo;
        } else {
            for (String domain : domains.stream().sorted().toList()) {
                Result r = evaluateOne(officer, date, domain, region);
                reasons.addAll(r.reasons);
                certificateNo = r.certificateNo;
            }
        }
        return new OfficerVerdict(officer.getOfficerId(), officer.agencyOn(date), reasons.isEmpty(),
                List.copyOf(reasons), certificateNo);
    }

    private record Result(List<String> reasons, String certificateNo) {
    }

    private Result evaluateOne(OfficerFacts officer, LocalDate date, String domain, String region) {
        List<String> reasons = new ArrayList<>();
        if (!officer.onDuty(date)) {
            reasons.add("NOT_ON_DUTY");
        }
        List<CertificateFacts> certificates = officer.getCertificates().stream()
                .filter(c -> "ENFORCEMENT".equals(c.getKind())).toList();
        Optional<CertificateFacts> current = current(certificates, date);
        if (current.isEmpty()) {
            Optional<CertificateFacts> later = certificates.stream()
                    .filter(c -> CertificateFacts.issued(c.getStatus()) && c.getValidFrom() != null
                            && c.getValidFrom().isAfter(date))
                    .min(Comparator.comparing(CertificateFacts::getValidFrom));
            if (later.isPresent()) {
                reasons.add("CERTIFICATE_NOT_YET_VALID");
                return new Result(reasons, later.get().getCertificateNo());
            }
            boolean pending = certificates.stream().anyMatch(c -> "APPLIED".equals(c.getStatus())
                    || "APPROVED".equals(c.getStatus()));
            reasons.add(pending ? "CERTIFICATE_NOT_ISSUED" : "NO_CERTIFICATE");
            return new Result(reasons, null);
        }
        CertificateFacts c = current.get();
        String status = c.statusOn(date);
        switch (status) {
            case "SUSPENDED" -> reasons.add("CERTIFICATE_SUSPENDED");
            case "WITHDRAWN" -> reasons.add("CERTIFICATE_WITHDRAWN");
            case "REVOKED" -> reasons.add("CERTIFICATE_REVOKED");
            case "CANCELLED" -> reasons.add("CERTIFICATE_CANCELLED");
            case "LOST" -> reasons.add("CERTIFICATE_LOST");
            default -> {
                // ACTIVE or EXPIRED: validity below
            }
        }
        if ("EXPIRED".equals(status) || (c.getValidTo() != null && c.getValidTo().isBefore(date))) {
            reasons.add("CERTIFICATE_EXPIRED");
        }
        if (c.getValidFrom().isAfter(date)) {
            reasons.add("CERTIFICATE_NOT_YET_VALID");
        }
        if (!c.getHolderAgencyCode().equals(officer.agencyOn(date))) {
            reasons.add("AGENCY_MISMATCH");
        }
        if (reviewOverdue(c.getNextReviewDueDate(), date)) {
            reasons.add("ANNUAL_REVIEW_OVERDUE");
        }
        if (domain != null && !c.getDomains().contains(domain)) {
            reasons.add("DOMAIN_MISMATCH");
        }
        if (region != null && c.getArea().stream().noneMatch(a -> regions.covers(a, region))) {
            reasons.add("AREA_MISMATCH");
        }
        return new Result(reasons, c.getCertificateNo());
    }

    /** Whether the first review not yet passed was due before {@code date} (personnel's due date). */
    static boolean reviewOverdue(LocalDate nextReviewDueDate, LocalDate date) {
        return nextReviewDueDate != null && date.isAfter(nextReviewDueDate);
    }

    /** The enforcement certificate that decides on {@code date}, as personnel chooses it. */
    public Optional<CertificateFacts> currentCertificate(OfficerFacts officer, LocalDate date) {
        return current(officer.getCertificates().stream().filter(c -> "ENFORCEMENT".equals(c.getKind())).toList(),
                date);
    }

    static Optional<CertificateFacts> current(List<CertificateFacts> certificates, LocalDate date) {
        List<CertificateFacts> issued = certificates.stream()
                .filter(c -> c.getValidFrom() != null && CertificateFacts.issued(c.statusOn(date)))
                .toList();
        Comparator<CertificateFacts> latest = Comparator.comparing(CertificateFacts::getValidFrom)
                .thenComparing(CertificateFacts::getVersion);
        for (String preferred : List.of("ACTIVE", "SUSPENDED")) {
            Optional<CertificateFacts> found = issued.stream().filter(c -> preferred.equals(c.statusOn(date)))
                    .max(latest);
            if (found.isPresent()) {
                return found;
            }
        }
        return issued.stream().max(latest);
    }
}
