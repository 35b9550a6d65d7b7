package cn.gov.lyg.enforcement.events.inspection;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.events.EventContract;
import cn.gov.lyg.enforcement.events.Topics;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An inspection frequency warning for an enterprise (检查频次预警), for the supervising judicial bureaus:
 * {@code warning} CAP_EXCEEDED when an agency tried to plan an inspection above the annual per-enterprise cap of its
 * domain and the enterprise's credit class (the inspection was refused), CASE_TRIGGERED_WITHIN_WINDOW when a
 * case-triggered inspection (exempt from the cap) comes within {@code windowDays} natural days of another inspection
 * of the enterprise. The aggregate is the enterprise's inspection register of the year.
 */
@EventContract(type = "cn.gov.lyg.enforcement.inspection.frequency-warning.raised.v1",
        topic = Topics.INSPECTION_COORDINATION,
        schema = "schemas/inspection/frequency-warning-raised.v1.json")
public record FrequencyWarningRaised(
        String eventId,
        OffsetDateTime occurredAt,
        String aggregateId,
        long aggregateVersion,
        String regionCode,
        String uscc,
        String agencyCode,
        String warning,
        String kind,
        LocalDate plannedDate,
        Integer cap,
        int count,
        Integer windowDays,
        String inspectionId,
        List<String> relatedInspectionIds) implements DomainEvent {
}
