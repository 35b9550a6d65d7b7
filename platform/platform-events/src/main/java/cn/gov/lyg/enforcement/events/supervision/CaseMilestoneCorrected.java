package cn.gov.lyg.enforcement.events.supervision;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.events.EventContract;
import cn.gov.lyg.enforcement.events.Topics;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A reported case milestone was corrected: the new content supersedes the earlier report of the same milestone (which
 * the register keeps with the reason). The fields after {@code milestone} are the corrected content, as in
 * {@link CaseMilestoneRecorded}; {@code supersededOccurredOn} is the date the superseded report gave.
 *
 * @param aggregateId the case id ({@code agencyCode:caseNo})
 * @param reason      why the report was corrected
 */
@EventContract(type = "cn.gov.lyg.enforcement.supervision.case.milestone-corrected.v1",
        topic = Topics.SUPERVISION_CASES,
        schema = "schemas/supervision/case-milestone-corrected.v1.json")
public record CaseMilestoneCorrected(
        String eventId,
        OffsetDateTime occurredAt,
        String aggregateId,
        long aggregateVersion,
        String regionCode,
        String agencyCode,
        String caseNo,
        String caseType,
        String milestone,
        LocalDate occurredOn,
        String decisionNo,
        List<String> penaltyKinds,
        String fineAmount,
        String confiscationAmount,
        String benchmarkApplicationRef,
        String outcome,
        String reviewResult,
        LocalDate supersededOccurredOn,
        String reason) implements DomainEvent {
}
