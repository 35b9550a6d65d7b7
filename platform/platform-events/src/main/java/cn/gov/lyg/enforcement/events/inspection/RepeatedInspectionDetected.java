package cn.gov.lyg.enforcement.events.inspection;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.events.EventContract;
import cn.gov.lyg.enforcement.events.Topics;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Several agencies inspect one enterprise within the detection window (重复检查): raised at the assignment that makes
 * the second (or further) agency, for the supervising judicial bureaus. The aggregate is the detection, keyed by the
 * enterprise and the window; a later assignment in the same window raises a newer version listing every inspection.
 */
@EventContract(type = "cn.gov.lyg.enforcement.inspection.repeated-inspection.detected.v1",
        topic = Topics.INSPECTION_COORDINATION,
        schema = "schemas/inspection/repeated-inspection-detected.v1.json")
public record RepeatedInspectionDetected(
        String eventId,
        OffsetDateTime occurredAt,
        String aggregateId,
        long aggregateVersion,
        String regionCode,
        String uscc,
        LocalDate windowStart,
        LocalDate windowEnd,
        List<String> agencyCodes,
        List<Inspection> inspections) implements DomainEvent {

    /** One inspection of the enterprise inside the window. */
    public record Inspection(String inspectionId, String inspectionNo, String agencyCode, String kind,
                             LocalDate plannedDate) {
    }
}
