package cn.gov.lyg.enforcement.platform.test.consumer;

import cn.gov.lyg.enforcement.platform.kafka.IncomingEvent;
import cn.gov.lyg.enforcement.platform.kafka.ProcessedEvents;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** A minimal service with one idempotent consumer and one write endpoint, to test the platform itself. */
@SpringBootApplication
public class ConsumerTestApplication {

    /** A write endpoint that counts its executions, for the Idempotency-Key tests. */
    @RestController
    public static class ThingController {

        final AtomicInteger executions = new AtomicInteger();

        @PostMapping("/api/test/v1/dated-things")
        public Map<String, Object> dated(@RequestBody DatedThing body) {
            return Map.of("date", body.date().toString());
        }

        @PostMapping("/api/test/v1/things")
        public ResponseEntity<Map<String, Object>> create(@RequestBody Map<String, Object> body) {
            int n = executions.incrementAndGet();
            return ResponseEntity.created(URI.create("/api/test/v1/things/" + n))
                    .body(Map.of("number", n, "name", String.valueOf(body.get("name"))));
        }
    }

    public static final String TOPIC = "test.things.v1";

    /** A request body with a date, for the problem mapping of unconvertible values. */
    public record DatedThing(String name, java.time.LocalDate date) {
    }

    /** Consumes {@link #TOPIC}; a payload "fail" always throws (retryable), a non-CloudEvent is invalid. */
    @Component
    public static class ThingConsumer {

        final List<String> handled = new CopyOnWriteArrayList<>();
        final AtomicInteger deliveries = new AtomicInteger();
        final AtomicInteger failingAttempts = new AtomicInteger();
        private final ProcessedEvents processed;

        public ThingConsumer(ProcessedEvents processed) {
            this.processed = processed;
        }

        @KafkaListener(topics = TOPIC, groupId = "thing-consumer")
        public void on(ConsumerRecord<String, byte[]> record) {
            deliveries.incrementAndGet();
            IncomingEvent event = IncomingEvent.from(record);
            processed.handleOnce("thing-consumer", event, e -> {
                if (e.dataAsString().contains("fail")) {
                    failingAttempts.incrementAndGet();
                    throw new IllegalStateException("downstream unavailable");
                }
                handled.add(e.id());
            });
        }
    }
}
