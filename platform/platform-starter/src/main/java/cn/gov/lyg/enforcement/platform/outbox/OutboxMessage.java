package cn.gov.lyg.enforcement.platform.outbox;

import java.time.Instant;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.events.EventContract;
import cn.gov.lyg.enforcement.events.EventContracts;
import org.springframework.data.annotation.PersistenceCreator;
import tools.jackson.databind.json.JsonMapper;

/**
 * One pending message stored inside an aggregate document, in the same single-document write as the change
 * (DESIGN.md §4 Events: no dual writes, no multi-document transactions). The relay delivers it and removes it.
 *
 * <p>The delivery state lives in the message too, so that it survives a save of the aggregate (a save replaces
 * the whole document): {@code attempts} counts the failed deliveries that were the message's own fault (not a
 * broker outage), {@code nextAttemptAt} is the earliest next try (back-off), and {@code parkedAt} is set once the
 * message failed {@code enforcement.outbox.max-attempts} times (a poison message): the relay no longer tries it,
 * and later events of the same document wait behind it (order is kept) until an operator re-queues it
 * ({@link OutboxRelay#requeue}).
 *
 * @param messageId the event id (CloudEvent {@code id}) or the audit entry id; not named {@code id}, which
 *                  Spring Data would store as {@code _id}
 * @param kind    {@code EVENT} (to Kafka) or {@code AUDIT} (to the audit trail collection)
 * @param payload the exact JSON that is delivered
 * @param attempts failed delivery attempts counted towards parking (0 for a new message)
 * @param lastError the last delivery error, for operators (null while none)
 * @param nextAttemptAt not tried before this instant (null: at once)
 * @param parkedAt when the message was parked (null while it is tried)
 */
public record OutboxMessage(String messageId, String kind, String type, String topic, String key, String subject,
                            String source, Instant time, String traceparent, String payload, int attempts,
                            String lastError, Instant nextAttemptAt, Instant parkedAt) {

    public static final String EVENT = "EVENT";
    public static final String AUDIT = "AUDIT";

    @PersistenceCreator
    public OutboxMessage {
    }

    /** A new message, not tried yet. */
    public OutboxMessage(String messageId, String kind, String type, String topic, String key, String subject,
                         String source, Instant time, String traceparent, String payload) {
        this(messageId, kind, type, topic, key, subject, source, time, traceparent, payload, 0, null, null, null);
    }

    public boolean parked() {
        return parkedAt != null;
    }

    /** This message parked (or waiting behind a parked one) at {@code at}, with the reason. */
    OutboxMessage parkedBehind(String reason, Instant at) {
        return new OutboxMessage(messageId, kind, type, topic, key, subject, source, time, traceparent, payload,
                attempts, reason, nextAttemptAt, at);
    }

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
