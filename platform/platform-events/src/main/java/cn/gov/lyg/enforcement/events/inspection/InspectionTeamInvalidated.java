package cn.gov.lyg.enforcement.events.inspection;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.events.EventContract;
import cn.gov.lyg.enforcement.events.Topics;
import java.time.OffsetDateTime;
import java.util.List;

/** A member of the team lost assignability (personnel event); the inspection cannot proceed until the team is fixed. */
@EventContract(type = "cn.gov.lyg.enforcement.inspection.inspection.team-invalidated.v1",
        topic = Topics.INSPECTION_INSPECTIONS,
        schema = "schemas/inspection/inspection-team-invalidated.v1.json")
public record InspectionTeamInvalidated(
        String eventId,
        OffsetDateTime occurredAt,
        String aggregateId,
        long aggregateVersion,
        String regionCode,
        String agencyCode,
        String inspectionNo,
        String uscc,
        List<InspectionTeamProblem> problems) implements DomainEvent {
}
