package cn.gov.lyg.enforcement.events.inspection;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.events.EventContract;
import cn.gov.lyg.enforcement.events.Topics;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A joint inspection 综合查一次 of one enterprise by several agencies was created: proposed by the platform when a
 * second agency planned an inspection of the enterprise in the same window ({@code origin} MERGE_PROPOSAL), set up
 * by a lead agency (MANUAL) or matched by a joint spot check (JOINT_SPOT_CHECK). One visit, one combined report;
 * each participant keeps its own inspection and results.
 */
@EventContract(type = "cn.gov.lyg.enforcement.inspection.joint-inspection.created.v1",
        topic = Topics.INSPECTION_COORDINATION,
        schema = "schemas/inspection/joint-inspection-created.v1.json")
public record JointInspectionCreated(
        String eventId,
        OffsetDateTime occurredAt,
        String aggregateId,
        long aggregateVersion,
        String regionCode,
        String uscc,
        String origin,
        String scenarioCode,
        String leadAgencyCode,
        List<String> participantAgencyCodes,
        LocalDate plannedDate,
        String status,
        List<String> inspectionIds) implements DomainEvent {
}
