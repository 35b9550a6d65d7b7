package cn.gov.lyg.enforcement.events.personnel;

import cn.gov.lyg.enforcement.events.EventContract;
import cn.gov.lyg.enforcement.events.Topics;
import java.time.OffsetDateTime;

/**
 * A new enforcement agency is in the register (also the reference agencies loaded at start-up, each announced once,
 * so that consumers can build their directory from the topic).
 */
@EventContract(type = "cn.gov.lyg.enforcement.personnel.agency.registered.v1",
        topic = Topics.PERSONNEL_AGENCIES,
        schema = "schemas/personnel/agency-registered.v1.json")
public record AgencyRegistered(
        String eventId,
        OffsetDateTime occurredAt,
        String aggregateId,
        long aggregateVersion,
        String regionCode,
        String agencyCode,
        OffsetDateTime effectiveAt,
        String actor,
        AgencySnapshot agency) implements AgencyEvent {
}
