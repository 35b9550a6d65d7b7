package cn.gov.lyg.enforcement.platform.outbox;

import java.time.Instant;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.events.EventContract;
import cn.gov.lyg.enforcement.events.EventContracts;
import tools.jackson.databind.json.JsonMapper;

/**
 * One pending message stored inside an aggregate document, in the same single-document write as the change
 * (DESIGN.md §4 Events: no dual writes, no multi-document transactions). The relay delivers it and removes it.
 *
 * @param messageId the event id (CloudEvent {@code id}) or the audit entry id; not named {@code id}, which
 *                  Spring Data would store as {@code _id}
 * @param kind    {@code EVENT} (to Kafka) or {@code AUDIT} (to the audit trail collection)
 * @param payload the exact JSON that is delivered
 */
public record OutboxMessage(String messageId, String kind, String type, String topic, String key, String subject,
                            String source, Instant time, String traceparent, String payload) {

    public static final String EVENT = "EVENT";
    public static final String AUDIT = "AUDIT";

    /**
     * The message of a domain event: its contract's type and topic, keyed (and subject) by the aggregate id, stamped
     * with the event's own time.
     */
    public static OutboxMessage ofEvent(DomainEvent event, String source, String traceparent, JsonMapper json) {
        EventContract contract = EventContracts.of(event);
        return new OutboxMessage(event.eventId(), EVENT, contract.type(), contract.topic(), event.aggregateId(),
                event.aggregateId(), source, event.occurredAt().toInstant(), traceparent, json.writeValueAsString(event));
    }
}
