package cn.gov.lyg.enforcement.events.inspection;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.events.EventContract;
import cn.gov.lyg.enforcement.events.Topics;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A case clue 案件线索 found in an inspection was transferred to the competent case-handling agency (DOMAIN.md I9),
 * with the evidence hashes of the inspection; {@code late} when sent after the {@code dueDate} (5 working days after
 * the finding). Raised again when the receiving agency accepts or rejects it ({@code status}).
 */
@EventContract(type = "cn.gov.lyg.enforcement.inspection.clue.transferred.v1",
        topic = Topics.INSPECTION_COORDINATION,
        schema = "schemas/inspection/clue-transferred.v1.json")
public record ClueTransferred(
        String eventId,
        OffsetDateTime occurredAt,
        String aggregateId,
        long aggregateVersion,
        String regionCode,
        String fromAgencyCode,
        String toAgencyCode,
        String inspectionId,
        String uscc,
        List<String> resultCodes,
        List<String> evidenceHashes,
        LocalDate dueDate,
        boolean late,
        String status) implements DomainEvent {
}
