package cn.gov.lyg.enforcement.events.supervision;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.events.EventContract;
import cn.gov.lyg.enforcement.events.Topics;
import java.time.OffsetDateTime;

/**
 * A complaint or report 投诉举报 was registered (from 12345 / 12348 or another channel). Carries no identity of the
 * complainant (it stays inside supervision-service).
 *
 * @param regionCode          region of the agency complained about
 * @param respondentAgencyCode the agency complained about
 */
@EventContract(type = "cn.gov.lyg.enforcement.supervision.complaint.received.v1",
        topic = Topics.SUPERVISION_COMPLAINTS,
        schema = "schemas/supervision/complaint-received.v1.json")
public record ComplaintReceived(
        String eventId,
        OffsetDateTime occurredAt,
        String aggregateId,
        long aggregateVersion,
        String regionCode,
        String channel,
        String kind,
        String externalOrderNo,
        OffsetDateTime receivedAt,
        String respondentAgencyCode,
        String category,
        boolean anonymous) implements DomainEvent {
}
