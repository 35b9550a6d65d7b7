package cn.gov.lyg.enforcement.events.supervision;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.events.EventContract;
import cn.gov.lyg.enforcement.events.Topics;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A three-systems deadline 三项制度 passed without the act: a decision not published in time (7 / 20 working days)
 * or published information not withdrawn within 3 working days after the decision was reversed. Raised once per
 * case, kind and due date by the alert job for {@code asOf}.
 *
 * @param aggregateId the case id ({@code agencyCode:caseNo})
 * @param kind        DISCLOSURE_OVERDUE or WITHDRAWAL_OVERDUE
 */
@EventContract(type = "cn.gov.lyg.enforcement.supervision.alert.three-systems-deadline-passed.v1",
        topic = Topics.SUPERVISION_ALERTS,
        schema = "schemas/supervision/three-systems-deadline-passed.v1.json")
public record ThreeSystemsDeadlinePassed(
        String eventId,
        OffsetDateTime occurredAt,
        String aggregateId,
        long aggregateVersion,
        String regionCode,
        String agencyCode,
        String caseNo,
        String kind,
        LocalDate dueOn,
        LocalDate asOf) implements DomainEvent {
}
