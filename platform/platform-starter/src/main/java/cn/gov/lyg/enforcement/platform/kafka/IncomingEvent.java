package cn.gov.lyg.enforcement.platform.kafka;

import java.nio.charset.StandardCharsets;
import java.util.List;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.events.EventContracts;
import cn.gov.lyg.enforcement.events.EventSchemas;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** A CloudEvent read from a Kafka record in binary mode; invalid envelopes are rejected without retries. */
public record IncomingEvent(String id, String type, String source, String subject, String time, String traceparent,
                            String key, String topic, byte[] data) {

    public static IncomingEvent from(ConsumerRecord<String, byte[]> record) {
        var headers = record.headers();
        String id = CloudEventHeaders.get(headers, CloudEventHeaders.ID);
        String type = CloudEventHeaders.get(headers, CloudEventHeaders.TYPE);
        String spec = CloudEventHeaders.get(headers, CloudEventHeaders.SPEC_VERSION);
        if (id == null || type == null || !"1.0".equals(spec)) {
            throw new InvalidEventException("record " + record.topic() + "/" + record.partition() + "@"
                    + record.offset() + " is not a CloudEvent 1.0 in binary mode");
        }
        if (record.value() == null) {
            throw new InvalidEventException("event " + id + " has no data");
        }
        return new IncomingEvent(id, type, CloudEventHeaders.get(headers, CloudEventHeaders.SOURCE),
                CloudEventHeaders.get(headers, CloudEventHeaders.SUBJECT),
                CloudEventHeaders.get(headers, CloudEventHeaders.TIME),
                CloudEventHeaders.get(headers, "traceparent"), record.key(), record.topic(), record.value());
    }

    public String dataAsString() {
        return new String(data, StandardCharsets.UTF_8);
    }

    /**
     * The data as the given event type, after checking it against the JSON Schema of the version this event carries
     * (its CloudEvent {@code type}: the contract's current type or one of its {@code previous} versions, whose missing
     * members bind as {@code null}); a payload that is not JSON, breaks the schema or does not bind is an
     * {@link InvalidEventException} (to the DLT at once, never retried).
     */
    public <T extends DomainEvent> T payload(JsonMapper json, Class<T> eventClass) {
        JsonNode tree;
        try {
            tree = json.readTree(data);
        } catch (RuntimeException e) {
            throw new InvalidEventException("event " + id + " is not JSON");
        }
        String schema = EventContracts.schemaOf(eventClass, type)
                .orElseGet(() -> EventContracts.of(eventClass).schema());
        List<String> violations = EventSchemas.validate(schema, tree);
        if (!violations.isEmpty()) {
            throw new InvalidEventException("event " + id + " breaks its schema: " + violations);
        }
        try {
            return json.treeToValue(tree, eventClass);
        } catch (RuntimeException e) {
            throw new InvalidEventException("event " + id + " does not bind to " + eventClass.getSimpleName() + ": "
                    + e.getMessage());
        }
    }
}
