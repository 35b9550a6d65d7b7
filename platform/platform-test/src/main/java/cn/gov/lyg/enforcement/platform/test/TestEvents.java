package cn.gov.lyg.enforcement.platform.test;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.events.EventContract;
import cn.gov.lyg.enforcement.events.EventContracts;
import cn.gov.lyg.enforcement.platform.kafka.CloudEventHeaders;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes another service's events in tests of a consumer: the event as a CloudEvent in binary mode on its
 * contract's topic, keyed by its aggregate id, exactly as the producing service's outbox relay sends it.
 */
public final class TestEvents {

    private TestEvents() {
    }

    /** Sends {@code event} {@code times} times (a redelivery test sends it twice) and waits for the broker's ack. */
    public static void publish(String bootstrapServers, JsonMapper json, DomainEvent event, int times) {
        EventContract contract = EventContracts.of(event);
        byte[] data = json.writeValueAsBytes(event);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers",
                bootstrapServers), new StringSerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < times; i++) {
                ProducerRecord<String, byte[]> record = new ProducerRecord<>(contract.topic(), event.aggregateId(), data);
                record.headers().add(CloudEventHeaders.ID, bytes(event.eventId()))
                        .add(CloudEventHeaders.SPEC_VERSION, bytes("1.0"))
                        .add(CloudEventHeaders.TYPE, bytes(contract.type()))
                        .add(CloudEventHeaders.SOURCE, bytes("/enforcement/test"))
                        .add(CloudEventHeaders.CONTENT_TYPE, bytes("application/json"));
                producer.send(record).get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("publishing " + contract.type() + " failed", e.getCause());
        }
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
