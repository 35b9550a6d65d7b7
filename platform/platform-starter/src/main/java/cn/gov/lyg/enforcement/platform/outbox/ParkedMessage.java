package cn.gov.lyg.enforcement.platform.outbox;

import java.time.Instant;

/** A parked outbox message as operators see it ({@link OutboxRelay#parked}). */
public record ParkedMessage(String collection, Object documentId, String messageId, String type, String topic,
                            int attempts, String lastError, Instant parkedAt) {
}
