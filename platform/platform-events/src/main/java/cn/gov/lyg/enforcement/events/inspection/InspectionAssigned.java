package cn.gov.lyg.enforcement.events.inspection;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.events.EventContract;
import cn.gov.lyg.enforcement.events.Topics;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A team was assigned to an inspection (every officer assignable at that moment). */
@EventContract(type = "cn.gov.lyg.enforcement.inspection.inspection.assigned.v1",
        topic = Topics.INSPECTION_INSPECTIONS,
        schema = "schemas/inspection/inspection-assigned.v1.json")
public record InspectionAssigned(
        String eventId,
        OffsetDateTime occurredAt,
        String aggregateId,
        long aggregateVersion,
        String regionCode,
        String agencyCode,
        String inspectionNo,
        String kind,
        String uscc,
        LocalDate plannedDate,
        List<String> itemIds,
        List<InspectionTeamMember> team) implements DomainEvent {
}
