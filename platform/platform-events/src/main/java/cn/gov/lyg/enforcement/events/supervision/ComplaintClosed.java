package cn.gov.lyg.enforcement.events.supervision;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.events.EventContract;
import cn.gov.lyg.enforcement.events.Topics;
import java.time.OffsetDateTime;

/**
 * A complaint was closed after the reply to the complainant.
 *
 * @param accepted     whether it was accepted for handling
 * @param finding      SUBSTANTIATED, PARTLY or UNSUBSTANTIATED; {@code null} when not accepted
 * @param overdueCount how many deadlines were missed on the way
 * @param satisfaction the complainant's rating 1..5, if given
 */
@EventContract(type = "cn.gov.lyg.enforcement.supervision.complaint.closed.v1",
        topic = Topics.SUPERVISION_COMPLAINTS,
        schema = "schemas/supervision/complaint-closed.v1.json")
public record ComplaintClosed(
        String eventId,
        OffsetDateTime occurredAt,
        String aggregateId,
        long aggregateVersion,
        String regionCode,
        String channel,
        String externalOrderNo,
        String respondentAgencyCode,
        boolean accepted,
        String finding,
        OffsetDateTime receivedAt,
        int overdueCount,
        Integer satisfaction) implements DomainEvent {
}
