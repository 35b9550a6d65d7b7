package cn.gov.lyg.enforcement.events.personnel;

import java.time.LocalDate;
import java.util.List;

/**
 * What a consumer needs to decide whether the holder may enforce, without calling personnel-service back
 * (DOMAIN.md §2.1.2 {@code assignable}): status, validity, domains, area, holder agency and the last annual review
 * passed. The annual review of year Y is due by 31 March of Y+1; the year of issue is exempt.
 *
 * @param certificateKind  ENFORCEMENT, SUPERVISION or SPECIAL_STATUTORY
 * @param holderAgencyCode unified social credit code of the agency the certificate was issued for
 * @param regionCode       region of that agency
 * @param enforcementArea  region codes where the holder may enforce (a city code covers its districts)
 * @param lastReviewYear   last year whose annual review was passed, {@code null} when none yet
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
        Integer lastReviewYear) {
}
