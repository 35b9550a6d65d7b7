package cn.gov.lyg.enforcement.events.inspection;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.events.EventContract;
import cn.gov.lyg.enforcement.events.Topics;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** The confirmed result was publicised (公示); late when after the 20th working day after confirmation. No credit class. */
@EventContract(type = "cn.gov.lyg.enforcement.inspection.inspection.result-publicized.v1",
        topic = Topics.INSPECTION_INSPECTIONS,
        schema = "schemas/inspection/inspection-result-publicized.v1.json")
public record InspectionResultPublicized(
        String eventId,
        OffsetDateTime occurredAt,
        String aggregateId,
        long aggregateVersion,
        String regionCode,
        String agencyCode,
        String inspectionNo,
        String uscc,
        String kind,
        List<String> resultCodes,
        LocalDate publicityDue,
        boolean late) implements DomainEvent {
}
