package cn.gov.lyg.enforcement.platform.test;

import java.util.Map;
import java.util.concurrent.ExecutionException;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.platform.kafka.CloudEventHeaders;
import cn.gov.lyg.enforcement.platform.outbox.OutboxMessage;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes another service's events in tests of a consumer: the event as a CloudEvent in binary mode on its
 * contract's topic, keyed by its aggregate id: the record the producing service's outbox relay would send
 * ({@link OutboxMessage#ofEvent}, {@link CloudEventHeaders#toRecord}).
 */
public final class TestEvents {

    private TestEvents() {
    }

    /** Sends {@code event} {@code times} times (a redelivery test sends it twice) and waits for the broker's ack. */
    public static void publish(String bootstrapServers, JsonMapper json, DomainEvent event, int times) {
        publish(bootstrapServers, json, "/enforcement/test", event, times);
    }

    /**
     * Sends {@code event} with the CloudEvent {@code source} of its producing service (e.g. {@code /enforcement/catalog}),
     * for consumers that only apply events of their owner.
     */
    public static void publish(String bootstrapServers, JsonMapper json, String source, DomainEvent event, int times) {
        ProducerRecord<String, byte[]> record = CloudEventHeaders.toRecord(
                OutboxMessage.ofEvent(event, source, null, json));
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers",
                bootstrapServers), new StringSerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < times; i++) {
                producer.send(record).get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("publishing " + record.topic() + " failed", e.getCause());
        }
    }
}
