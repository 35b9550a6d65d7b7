package cn.gov.lyg.enforcement.systemtest;

import cn.gov.lyg.enforcement.platform.test.KafkaProbe;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Nothing is lost when Kafka is down: items published during an outage are stored with their events in the outbox;
 * once the broker is back every event is delivered. Delivery is at-least-once, so a consumer may see a message twice
 * with the same event id; what must hold is that every published item has exactly one distinct event id on the
 * topic (as many events as consumers can tell apart) and none is missing.
 */
class KafkaOutageSystemIT {

    private static final int ITEMS = 5;

    @Test
    void eventsPublishedWhileKafkaIsDownAreDeliveredAfterItReturns() {
        String admin = Tokens.bearer(Tokens.user("catalog-admin"));
        List<String> ids = new ArrayList<>();
        Stack.stackCommand("stop", "--only", "kafka");
        try {
            for (int i = 0; i < ITEMS; i++) {
                HttpResponse<String> created = CatalogSystemIT.create(Items.foodPenalty(), admin);
                assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
                String id = Stack.json(created).get("id").asString();
                HttpResponse<String> published = Stack.send(Stack.postJson(Stack.GATEWAY + "/api/catalog/v1/items/"
                        + id + "/publish", "").header("Authorization", admin));
                assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
                ids.add(id);
            }
        } finally {
            Stack.stackCommand("start", "--only", "kafka", "--no-build");
        }
        Set<String> wanted = new HashSet<>(ids);
        try (KafkaProbe reader = new KafkaProbe(Stack.KAFKA, "catalog.items.v1")) {
            reader.await(r -> wanted.contains(r.key()), ITEMS, Duration.ofSeconds(90));
            List<ConsumerRecord<String, byte[]>> records = reader.drain(r -> wanted.contains(r.key()),
                    Duration.ofSeconds(3));
            Map<String, Set<String>> eventIdsPerItem = new HashMap<>();
            for (ConsumerRecord<String, byte[]> record : records) {
                String eventId = new String(record.headers().lastHeader("ce_id").value());
                eventIdsPerItem.computeIfAbsent(record.key(), k -> new HashSet<>()).add(eventId);
            }
            assertThat(eventIdsPerItem.keySet()).containsExactlyInAnyOrderElementsOf(ids);
            assertThat(eventIdsPerItem.values()).allSatisfy(eventIds -> assertThat(eventIds).hasSize(1));
        }
    }
}
