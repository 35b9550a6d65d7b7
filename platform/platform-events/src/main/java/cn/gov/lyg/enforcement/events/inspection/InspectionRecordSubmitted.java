package cn.gov.lyg.enforcement.events.inspection;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.events.EventContract;
import cn.gov.lyg.enforcement.events.Topics;
import java.time.OffsetDateTime;
import java.util.List;

/** An on-site record was synchronised from a device and accepted. */
@EventContract(type = "cn.gov.lyg.enforcement.inspection.inspection.record-submitted.v1",
        topic = Topics.INSPECTION_INSPECTIONS,
        schema = "schemas/inspection/inspection-record-submitted.v1.json")
public record InspectionRecordSubmitted(
        String eventId,
        OffsetDateTime occurredAt,
        String aggregateId,
        long aggregateVersion,
        String regionCode,
        String agencyCode,
        String inspectionNo,
        String uscc,
        String deviceRecordId,
        OffsetDateTime capturedAt,
        List<String> resultCodes,
        List<String> followUpActions,
        List<String> evidenceHashes) implements DomainEvent {
}
