package cn.gov.lyg.enforcement.events.supervision;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.events.EventContract;
import cn.gov.lyg.enforcement.events.Topics;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An agency's case-handling system reported a case milestone to the case register (立案, 决定, 送达, 公示, 执行,
 * 结案, 复议/诉讼结果 …). One event per milestone; a repeated report raises nothing.
 *
 * @param aggregateId        the case id ({@code agencyCode:caseNo})
 * @param milestone          FILED, HEARING, LEGAL_REVIEW, COLLECTIVE_DELIBERATION, DECIDED, SERVED, PUBLISHED,
 *                           EXECUTED, RECONSIDERATION_CONCLUDED, LITIGATION_CONCLUDED, PUBLICATION_WITHDRAWN, CLOSED
 * @param penaltyKinds       for DECIDED penalty cases: the PenaltyKind codes
 * @param fineAmount         yuan, two decimals, as a string
 * @param confiscationAmount yuan, two decimals, as a string
 * @param outcome            for the remedies: UPHELD, REVOKED, CHANGED, CONFIRMED_UNLAWFUL, …
 * @param reviewResult       for LEGAL_REVIEW: PASSED or RETURNED
 */
@EventContract(type = "cn.gov.lyg.enforcement.supervision.case.milestone-recorded.v1",
        topic = Topics.SUPERVISION_CASES,
        schema = "schemas/supervision/case-milestone-recorded.v1.json")
public record CaseMilestoneRecorded(
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
        String reviewResult) implements DomainEvent {
}
