package cn.gov.lyg.enforcement.events.personnel;

import cn.gov.lyg.enforcement.events.EventContract;
import cn.gov.lyg.enforcement.events.Topics;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * 机构改革: the agency was MERGED into {@code successorAgencyCode} or ABOLISHED (no successor), from
 * {@code effectiveDate} on. Terminal: no event of this agency follows.
 */
@EventContract(type = "cn.gov.lyg.enforcement.personnel.agency.closed.v1",
        topic = Topics.PERSONNEL_AGENCIES,
        schema = "schemas/personnel/agency-closed.v1.json")
public record AgencyClosed(
        String eventId,
        OffsetDateTime occurredAt,
        String aggregateId,
        long aggregateVersion,
        String regionCode,
        String agencyCode,
        OffsetDateTime effectiveAt,
        String actor,
        String status,
        String successorAgencyCode,
        LocalDate effectiveDate,
        AgencySnapshot agency) implements AgencyEvent {
}
