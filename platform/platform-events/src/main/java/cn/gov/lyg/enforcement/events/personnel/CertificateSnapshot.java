package cn.gov.lyg.enforcement.events.personnel;

import java.time.LocalDate;
import java.util.List;

/**
 * What a consumer needs to decide whether the holder may enforce, without calling personnel-service back
 * (DOMAIN.md §2.1.2 {@code assignable}): status, validity, domains, area, holder agency and the last annual review
 * passed, and when the next annual review is due. Personnel's review schedule decides the due date (the review of
 * year Y by a configured day of Y+1, 31 March by default; the year of issue is exempt): consumers read
 * {@code nextReviewDueDate} and never derive it.
 *
 * @param certificateKind  ENFORCEMENT, SUPERVISION or SPECIAL_STATUTORY
 * @param holderAgencyCode unified social credit code of the agency the certificate was issued for
 * @param regionCode       region of that agency
 * @param enforcementArea  region codes where the holder may enforce (a city code covers its districts)
 * @param lastReviewYear   last year whose annual review was passed, {@code null} when none yet
 * @param nextReviewDueDate the day by which the first annual review not yet passed must be passed: from the day after,
 *                          the review is overdue and the holder is not assignable. Since v2 of the certificate events;
 *                          {@code null} in a v1 event
 */
public record CertificateSnapshot(
        String certificateId,
        String certificateNo,
        String certificateKind,
        String officerId,
        String holderAgencyCode,
        String regionCode,
        List<String> enforcementDomains,
        List<String> enforcementArea,
        String authoritySource,
        LocalDate validFrom,
        LocalDate validTo,
        String status,
        Integer lastReviewYear,
        LocalDate nextReviewDueDate) {

    /**
     * This snapshot with the due date a v1 event implied: v1 documented the schedule instead of carrying it ("the
     * annual review of year Y is due by 31 March of Y+1; the year of issue is exempt"), so an event read as v1 is
     * upcast by that documented rule. A v2 snapshot (with the date) is returned as it is.
     */
    public CertificateSnapshot upcastFromV1() {
        if (nextReviewDueDate != null || validFrom == null) {
            return this;
        }
        int firstOpenYear = Math.max(validFrom.getYear() + 1, lastReviewYear == null ? Integer.MIN_VALUE
                : lastReviewYear + 1);
        return new CertificateSnapshot(certificateId, certificateNo, certificateKind, officerId, holderAgencyCode,
                regionCode, enforcementDomains, enforcementArea, authoritySource, validFrom, validTo, status,
                lastReviewYear, LocalDate.of(firstOpenYear + 1, 3, 31));
    }
}
