package cn.gov.lyg.enforcement.events.supervision;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.events.EventContract;
import cn.gov.lyg.enforcement.events.Topics;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * 问责 outcome of a wrongful-enforcement accountability case 错案责任追究, produced by supervision-service (package
 * {@code accountability}, one event per respondent officer) and consumed by personnel-service, which acts on the
 * officer's enforcement certificate. Only supervision-service may produce it: personnel checks the CloudEvent source
 * and the broker's ACL ({@code deploy/kafka/acls.sh}) lets only supervision write {@code supervision.*} topics.
 *
 * @param aggregateId   the accountability case id
 * @param certificateId the certificate concerned; {@code null}: the officer's current enforcement certificate
 * @param measure       SUSPEND_CERTIFICATE, REINSTATE_CERTIFICATE, WITHDRAW_CERTIFICATE, REVOKE_CERTIFICATE or
 *                      NO_CERTIFICATE_MEASURE (informative only)
 * @param suspendedUntil for SUSPEND_CERTIFICATE, optional
 * @param decisionRef   the decision document number
 */
@EventContract(type = "cn.gov.lyg.enforcement.supervision.accountability.outcome-decided.v1",
        topic = Topics.SUPERVISION_ACCOUNTABILITY,
        schema = "schemas/supervision/accountability-outcome-decided.v1.json")
public record AccountabilityOutcomeDecided(
        String eventId,
        OffsetDateTime occurredAt,
        String aggregateId,
        long aggregateVersion,
        String regionCode,
        String agencyCode,
        String officerId,
        String certificateId,
        String measure,
        LocalDate suspendedUntil,
        String decisionRef,
        String reason,
        String decidedBy) implements DomainEvent {
}
