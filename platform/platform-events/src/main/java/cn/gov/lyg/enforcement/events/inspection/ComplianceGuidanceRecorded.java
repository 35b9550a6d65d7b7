package cn.gov.lyg.enforcement.events.inspection;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.events.EventContract;
import cn.gov.lyg.enforcement.events.Topics;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Compliance guidance 涉企行政合规全过程指导 was recorded for an enterprise (stage PRE, DURING or POST), or its
 * rectification was followed up. {@code rectificationDue} is counted in working days on the platform calendar;
 * {@code provisional} when it reaches a year whose holiday notice is not loaded (Monday–Friday counted).
 */
@EventContract(type = "cn.gov.lyg.enforcement.inspection.compliance-guidance.recorded.v1",
        topic = Topics.INSPECTION_GUIDANCE,
        schema = "schemas/inspection/compliance-guidance-recorded.v1.json")
public record ComplianceGuidanceRecorded(
        String eventId,
        OffsetDateTime occurredAt,
        String aggregateId,
        long aggregateVersion,
        String regionCode,
        String agencyCode,
        String uscc,
        String stage,
        List<String> topics,
        LocalDate rectificationDue,
        boolean provisional,
        String status) implements DomainEvent {
}
