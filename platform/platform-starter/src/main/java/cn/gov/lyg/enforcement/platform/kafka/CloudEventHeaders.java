package cn.gov.lyg.enforcement.platform.kafka;

import cn.gov.lyg.enforcement.platform.outbox.OutboxMessage;
import cn.gov.lyg.enforcement.platform.problem.TraceIds;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * CloudEvents 1.0, Kafka protocol binding, binary content mode: attributes in {@code ce_*} headers, the JSON
 * payload as the record value, the aggregate id as the key, plus the W3C {@code traceparent}.
 */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String SUBJECT = "ce_subject";
    public static final String TIME = "ce_time";
    public static final String CONTENT_TYPE = "content-type";

    private CloudEventHeaders() {
    }

    public static ProducerRecord<String, byte[]> toRecord(OutboxMessage message) {
        Headers headers = new RecordHeaders();
        put(headers, SPEC_VERSION, "1.0");
        put(headers, ID, message.messageId());
        put(headers, SOURCE, message.source());
        put(headers, TYPE, message.type());
        put(headers, SUBJECT, message.subject());
        put(headers, TIME, DateTimeFormatter.ISO_INSTANT.format(message.time()));
        put(headers, CONTENT_TYPE, "application/json");
        if (message.traceparent() != null) {
            put(headers, TraceIds.TRACEPARENT, message.traceparent());
        }
        return new ProducerRecord<>(message.topic(), null, message.time().toEpochMilli(), message.key(),
                message.payload().getBytes(StandardCharsets.UTF_8), headers);
    }

    public static String get(Headers headers, String name) {
        var header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void put(Headers headers, String name, String value) {
        if (value != null) {
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }
}
