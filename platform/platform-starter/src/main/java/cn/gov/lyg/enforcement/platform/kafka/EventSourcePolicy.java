package cn.gov.lyg.enforcement.platform.kafka;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which CloudEvent {@code source} may produce an effect-bearing event: an allow-list per event type or topic.
 * Without a configured entry, a topic is trusted only from its owner: the service named by the topic's first
 * segment ({@code supervision.accountability.v1} only from {@code /enforcement/supervision}), which is also the
 * only service the Kafka ACLs let write the topic (deploy/kafka). Entries of
 * {@code enforcement.kafka.trusted-sources} (key: an event type or a topic, value: the allowed sources) replace
 * that default for their type or topic.
 *
 * <p>{@link ProcessedEvents#handleOnce} checks every event before its handler runs, so every idempotent consumer is
 * covered. A record from another source is an {@link UntrustedEventSourceException} (an
 * {@link InvalidEventException}: to {@code <topic>.DLT} at once, the reason in the DLT headers), logged, and counted
 * in {@code events.rejected.source} (tags {@code topic} and {@code source}).
 */
public class EventSourcePolicy {

    private static final Logger log = LoggerFactory.getLogger(EventSourcePolicy.class);
    static final String PREFIX = "/enforcement/";

    private final Map<String, Set<String>> trusted;
    private final MeterRegistry meters;

    /**
     * @param trusted allowed sources by event type or topic (the type wins); may be empty
     * @param meters  where rejections are counted; null for none
     */
    public EventSourcePolicy(Map<String, ? extends java.util.Collection<String>> trusted, MeterRegistry meters) {
        this.trusted = new java.util.HashMap<>();
        trusted.forEach((key, sources) -> this.trusted.put(key, Set.copyOf(new LinkedHashSet<>(sources))));
        this.meters = meters;
    }

    /** The default policy: every topic only from its owning service. */
    public static EventSourcePolicy ownersOnly() {
        return new EventSourcePolicy(Map.of(), null);
    }

    /** The sources allowed for an event of {@code type} read from {@code topic}. */
    public Set<String> allowed(String topic, String type) {
        if (type != null && trusted.containsKey(type)) {
            return trusted.get(type);
        }
        if (topic != null && trusted.containsKey(topic)) {
            return trusted.get(topic);
        }
        return ownerOf(topic).map(owner -> Set.of(PREFIX + owner)).orElse(Set.of());
    }

    /** The owning service of a topic by the naming rule {@code <service>.<stream>.v<n>}. */
    static java.util.Optional<String> ownerOf(String topic) {
        if (topic == null) {
            return java.util.Optional.empty();
        }
        String base = topic.endsWith(".DLT") ? topic.substring(0, topic.length() - 4) : topic;
        int dot = base.indexOf('.');
        return dot <= 0 ? java.util.Optional.empty() : java.util.Optional.of(base.substring(0, dot));
    }

    /** Rejects an event whose source is not allowed for its topic and type. */
    public void check(IncomingEvent event) {
        Set<String> allowed = allowed(event.topic(), event.type());
        if (event.source() != null && allowed.contains(event.source())) {
            return;
        }
        String reason = "event " + event.id() + " (" + event.type() + ") on " + event.topic() + " comes from source "
                + event.source() + ", allowed: " + List.copyOf(allowed);
        log.warn("untrusted event source, sent to the DLT: {}", reason);
        if (meters != null) {
            Counter.builder("events.rejected.source").tag("topic", String.valueOf(event.topic()))
                    .tag("source", String.valueOf(event.source()))
                    .description("records of an effect-bearing topic from a source that may not produce them")
                    .register(meters).increment();
        }
        throw new UntrustedEventSourceException(reason);
    }
}
