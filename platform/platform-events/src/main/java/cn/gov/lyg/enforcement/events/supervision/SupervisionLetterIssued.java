package cn.gov.lyg.enforcement.events.supervision;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.events.EventContract;
import cn.gov.lyg.enforcement.events.Topics;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A judicial bureau issued a supervision letter / opinion / decision to an agency, with its rectification deadline. */
@EventContract(type = "cn.gov.lyg.enforcement.supervision.letter.issued.v1",
        topic = Topics.SUPERVISION_LETTERS,
        schema = "schemas/supervision/letter-issued.v1.json")
public record SupervisionLetterIssued(
        String eventId,
        OffsetDateTime occurredAt,
        String aggregateId,
        long aggregateVersion,
        String regionCode,
        String letterType,
        String letterNo,
        String issuerAgencyCode,
        String targetAgencyCode,
        LocalDate issuedOn,
        LocalDate rectificationDueOn,
        List<String> problems) implements DomainEvent {
}
