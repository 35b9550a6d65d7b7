package cn.gov.lyg.enforcement.events.personnel;

import java.time.LocalDate;
import java.util.List;

/**
 * An enforcement agency 行政执法主体 as other services need to know it without calling personnel-service back
 * (DOMAIN.md §2.1.1): identity, kind and level, place, hierarchy, domains and status.
 *
 * @param agencyCode                   unified social credit code (what tokens carry as {@code agencyCode})
 * @param agencyKind                   ADMIN_ORGAN, AUTHORIZED_ORG, ENTRUSTED_ORG, JUSTICE_BUREAU, TOWNSHIP_GOV
 * @param adminLevel                   CITY, COUNTY, TOWNSHIP
 * @param townshipCode                 9-digit statistical code, for township-level agencies
 * @param parentAgencyCode             business-line parent (for a judicial office 司法所: its county judicial bureau)
 * @param supervisingJusticeBureauCode the city or county judicial bureau supervising it ({@code null} only for the
 *                                     city bureau)
 * @param judicialOffice               a 司法所: a JUSTICE_BUREAU agency at TOWNSHIP level, under a county bureau
 * @param status                       ACTIVE, MERGED, ABOLISHED
 * @param successorAgencyCode          the agency a MERGED one was merged into
 * @param statusChangedOn              the date of the merger or abolition
 */
public record AgencySnapshot(
        String agencyId,
        String agencyCode,
        String name,
        String agencyKind,
        String adminLevel,
        String regionCode,
        String townshipCode,
        String parentAgencyCode,
        String supervisingJusticeBureauCode,
        String entrustingAgencyCode,
        List<String> domains,
        boolean verticallyManaged,
        boolean centralizedPenaltyPower,
        boolean judicialOffice,
        String status,
        String successorAgencyCode,
        LocalDate statusChangedOn) {
}
