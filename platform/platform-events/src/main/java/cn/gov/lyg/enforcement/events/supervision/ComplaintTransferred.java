package cn.gov.lyg.enforcement.events.supervision;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.events.EventContract;
import cn.gov.lyg.enforcement.events.Topics;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A complaint was routed (转办) to a handling unit, which must sign for it or return it by {@code signDueOn}.
 *
 * @param transferNo 1 for the first routing, 2 after a return and re-routing, ...
 */
@EventContract(type = "cn.gov.lyg.enforcement.supervision.complaint.transferred.v1",
        topic = Topics.SUPERVISION_COMPLAINTS,
        schema = "schemas/supervision/complaint-transferred.v1.json")
public record ComplaintTransferred(
        String eventId,
        OffsetDateTime occurredAt,
        String aggregateId,
        long aggregateVersion,
        String regionCode,
        String channel,
        String externalOrderNo,
        String respondentAgencyCode,
        String toAgencyCode,
        int transferNo,
        LocalDate signDueOn) implements DomainEvent {
}
