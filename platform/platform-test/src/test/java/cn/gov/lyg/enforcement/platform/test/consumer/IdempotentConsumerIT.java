package cn.gov.lyg.enforcement.platform.test.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.lyg.enforcement.platform.kafka.ProcessedEvents;
import cn.gov.lyg.enforcement.platform.test.KafkaProbe;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The consumer side of the platform against a real (embedded) broker and the MongoDB-wire server: redeliveries are
 * processed once, failures are retried a bounded number of times and then dead-lettered, invalid messages go to the
 * DLT at once.
 */
@PlatformAppTest
class IdempotentConsumerIT {

    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    ConsumerTestApplication.ThingConsumer consumer;
    @Autowired
    ProcessedEvents processed;
    @Autowired
    MeterRegistry meters;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    private ProducerRecord<String, byte[]> cloudEvent(String id, String data) {
        return cloudEvent(id, data, "/enforcement/test"); // test.things.v1 is owned by "test"
    }

    private ProducerRecord<String, byte[]> cloudEvent(String id, String data, String source) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
        headers.add("ce_id", id.getBytes(StandardCharsets.UTF_8));
        headers.add("ce_source", source.getBytes(StandardCharsets.UTF_8));
        headers.add("ce_type", "test.thing.happened.v1".getBytes(StandardCharsets.UTF_8));
        headers.add("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01".getBytes());
        return new ProducerRecord<>(ConsumerTestApplication.TOPIC, null, "thing-1",
                data.getBytes(StandardCharsets.UTF_8), headers);
    }

    @Test
    void aRedeliveredEventIsProcessedOnce() throws Exception {
        String id = UUID.randomUUID().toString();
        kafka.send(cloudEvent(id, "{\"n\":1}")).get();
        kafka.send(cloudEvent(id, "{\"n\":1}")).get();
        String marker = UUID.randomUUID().toString();
        kafka.send(cloudEvent(marker, "{\"n\":2}")).get();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> consumer.handled.contains(marker));
        assertThat(consumer.handled.stream().filter(id::equals)).hasSize(1);
        assertThat(processed.isProcessed("thing-consumer", id)).isTrue();
    }

    @Test
    void invalidAndPersistentlyFailingMessagesEndInTheDeadLetterTopic() throws Exception {
        try (KafkaProbe dlt = new KafkaProbe(bootstrap, ConsumerTestApplication.TOPIC + ".DLT")) {
            int before = consumer.deliveries.get();
            double deadLetteredBefore = deadLettered();
            String invalidKey = "not-a-cloudevent-" + UUID.randomUUID();
            kafka.send(new ProducerRecord<>(ConsumerTestApplication.TOPIC, invalidKey, "{}".getBytes())).get();
            dlt.await(r -> invalidKey.equals(r.key()), 1, Duration.ofSeconds(30));
            // not retried: delivered exactly once before being dead-lettered
            assertThat(consumer.deliveries.get() - before).isEqualTo(1);

            String failing = UUID.randomUUID().toString();
            kafka.send(cloudEvent(failing, "{\"fail\":true}")).get();
            var records = dlt.await(r -> r.headers().lastHeader("ce_id") != null
                    && failing.equals(new String(r.headers().lastHeader("ce_id").value())), 1, Duration.ofSeconds(30));
            assertThat(consumer.failingAttempts.get()).isEqualTo(3);
            assertThat(records.get(0).headers().lastHeader("kafka_dlt-exception-message")).isNotNull();
            // the failed attempts left no "processed" mark, so a replay from the DLT is processed again
            assertThat(processed.isProcessed("thing-consumer", failing)).isFalse();
            // both records are counted for the operators' DLT alert (tagged with the topic they came from)
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> deadLettered() - deadLetteredBefore == 2.0);
        }
    }

    @Test
    void anEventFromASourceThatDoesNotOwnTheTopicGoesToTheDeadLetterTopicUnprocessed() throws Exception {
        try (KafkaProbe dlt = new KafkaProbe(bootstrap, ConsumerTestApplication.TOPIC + ".DLT")) {
            String forged = UUID.randomUUID().toString();
            kafka.send(cloudEvent(forged, "{\"n\":3}", "/enforcement/catalog")).get();
            var records = dlt.await(r -> r.headers().lastHeader("ce_id") != null
                    && forged.equals(new String(r.headers().lastHeader("ce_id").value())), 1, Duration.ofSeconds(30));
            assertThat(new String(records.get(0).headers().lastHeader("kafka_dlt-exception-message").value()))
                    .contains("/enforcement/catalog").contains("/enforcement/test");
            String next = UUID.randomUUID().toString();
            kafka.send(cloudEvent(next, "{\"n\":4}")).get();
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> consumer.handled.contains(next));
            assertThat(consumer.handled).doesNotContain(forged);
            assertThat(processed.isProcessed("thing-consumer", forged)).isFalse();
            assertThat(meters.get("events.rejected.source").tag("topic", ConsumerTestApplication.TOPIC)
                    .tag("source", "/enforcement/catalog").counter().count()).isEqualTo(1.0);
        }
    }

    private double deadLettered() {
        Counter counter = meters.find("events.dead.lettered").tag("topic", ConsumerTestApplication.TOPIC).counter();
        return counter == null ? 0 : counter.count();
    }
}
