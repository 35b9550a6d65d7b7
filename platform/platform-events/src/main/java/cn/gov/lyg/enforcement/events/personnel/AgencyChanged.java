package cn.gov.lyg.enforcement.events.personnel;

import cn.gov.lyg.enforcement.events.EventContract;
import cn.gov.lyg.enforcement.events.Topics;
import java.time.OffsetDateTime;
import java.util.List;

/** The content of an agency changed (an update that changes nothing announces nothing). */
@EventContract(type = "cn.gov.lyg.enforcement.personnel.agency.changed.v1",
        topic = Topics.PERSONNEL_AGENCIES,
        schema = "schemas/personnel/agency-changed.v1.json")
public record AgencyChanged(
        String eventId,
        OffsetDateTime occurredAt,
        String aggregateId,
        long aggregateVersion,
        String regionCode,
        String agencyCode,
        OffsetDateTime effectiveAt,
        String actor,
        List<String> changedFields,
        AgencySnapshot agency) implements AgencyEvent {
}
