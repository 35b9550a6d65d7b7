package cn.gov.lyg.enforcement.platform.kafka;

import java.nio.charset.StandardCharsets;
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
}
