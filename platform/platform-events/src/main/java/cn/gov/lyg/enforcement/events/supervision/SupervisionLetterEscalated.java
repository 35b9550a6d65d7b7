package cn.gov.lyg.enforcement.events.supervision;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.events.EventContract;
import cn.gov.lyg.enforcement.events.Topics;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A supervision letter was escalated (通报, 约谈, 提请追责), typically because no rectification report came by the due date; evaluation indicators deduct points for it. */
@EventContract(type = "cn.gov.lyg.enforcement.supervision.letter.escalated.v1",
        topic = Topics.SUPERVISION_LETTERS,
        schema = "schemas/supervision/letter-escalated.v1.json")
public record SupervisionLetterEscalated(
        String eventId,
        OffsetDateTime occurredAt,
        String aggregateId,
        long aggregateVersion,
        String regionCode,
        String letterNo,
        String issuerAgencyCode,
        String targetAgencyCode,
        LocalDate rectificationDueOn,
        LocalDate escalatedOn,
        String escalationMeasure) implements DomainEvent {
}
