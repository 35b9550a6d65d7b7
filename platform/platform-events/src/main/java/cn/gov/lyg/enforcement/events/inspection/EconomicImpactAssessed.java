package cn.gov.lyg.enforcement.events.inspection;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.events.EventContract;
import cn.gov.lyg.enforcement.events.Topics;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An economic impact assessment 涉企行政执法案件经济影响评估 of a case's heavy measures changed state: SUBMITTED
 * for approval, APPROVED (the decision may go ahead with the mitigations), or RETURNED for rework. Keyed by the
 * assessing agency and its case id; a newer {@code aggregateVersion} supersedes an older one. {@code fineAmount} is
 * a decimal string in yuan with two decimals.
 */
@EventContract(type = "cn.gov.lyg.enforcement.inspection.impact-assessment.assessed.v1",
        topic = Topics.INSPECTION_IMPACT_ASSESSMENTS,
        schema = "schemas/inspection/economic-impact-assessed.v1.json")
public record EconomicImpactAssessed(
        String eventId,
        OffsetDateTime occurredAt,
        String aggregateId,
        long aggregateVersion,
        String regionCode,
        String agencyCode,
        String caseId,
        String uscc,
        String domain,
        String stage,
        List<String> proposedMeasures,
        String fineAmount,
        String riskLevel,
        List<String> mitigations,
        String status,
        String approvedBy,
        LocalDate approvedOn) implements DomainEvent {
}
