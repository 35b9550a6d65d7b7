package cn.gov.lyg.enforcement.events;

import java.time.OffsetDateTime;

/**
 * A fact that happened to one aggregate, published on Kafka as the {@code data} of a CloudEvent (binary mode).
 *
 * <p>DOMAIN.md §2.0.5: every payload carries {@code eventId} (UUID, consumers dedupe on it), {@code occurredAt},
 * the aggregate id and version, and the agency/region the event belongs to. The CloudEvent attributes
 * ({@code ce_type}, topic, schema) come from the {@link EventContract} annotation of the implementing record.
 */
public interface DomainEvent {

    String eventId();

    OffsetDateTime occurredAt();

    /** Kafka key and CloudEvent subject: the id of the aggregate the event belongs to. */
    String aggregateId();

    long aggregateVersion();

    /** 6-digit GB/T 2260 region code of the data the event is about. */
    String regionCode();
}
