package cn.gov.lyg.enforcement.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.lyg.enforcement.platform.test.KafkaProbe;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The slow fault drills, opt-in ({@code -Dfault.drills=true}, e.g. {@code ./test.sh --fault-drills}): Kafka stopped
 * for 60 s under a steady write load (nothing lost, every published item's event on the topic exactly once as far as
 * consumers can tell, catalog's outbox empty afterwards), and the MongoDB-wire server restarted (503
 * problem+json meanwhile, full recovery after). The poison-message drill runs in every run
 * ({@link PoisonMessageSystemIT}).
 */
@EnabledIfSystemProperty(named = "fault.drills", matches = "true")
class FaultDrillSystemIT {

    private static final Duration OUTAGE = Duration.ofSeconds(Long.getLong("fault.kafka-outage-seconds", 60));

    @Test
    void kafkaStoppedUnderWriteLoadLosesNothing() throws Exception {
        List<String> published = Collections.synchronizedList(new ArrayList<>());
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean running = new AtomicBoolean(true);
        Thread load = new Thread(() -> {
            while (running.get()) {
                try {
                    HttpResponse<String> created = Catalog.post("/items", Catalog.ADMIN, Items.foodPenalty());
                    if (created.statusCode() == 409 && created.body().contains("ITEM_CODE_DUPLICATE")) {
                        continue; // the sample's random code was taken: not the broker's doing
                    }
                    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
                    String id = Stack.json(created).get("id").asString();
                    HttpResponse<String> response = Catalog.post("/items/" + id + "/publish", Catalog.ADMIN, null);
                    if (response.statusCode() == 200) {
                        published.add(id);
                    } else {
                        failures.add(response.statusCode() + " " + response.body());
                    }
                    // about one item a second: item codes have four digits, and other tests need theirs free
                    Awaitility.await().pollDelay(Duration.ofSeconds(1)).until(() -> true);
                } catch (RuntimeException | AssertionError e) {
                    failures.add(e.toString());
                }
            }
        }, "write-load");
        load.start();
        try {
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> published.size() >= 3);
            Stack.stackCommand("stop", "--only", "kafka");
            long stoppedAt = System.nanoTime();
            int before = published.size();
            try {
                Awaitility.await().pollDelay(OUTAGE).atMost(OUTAGE.plusSeconds(5)).until(() -> true);
            } finally {
                Stack.stackCommand("start", "--only", "kafka", "--no-build");
            }
            System.out.printf("fault drill: %d items published during %d s without Kafka%n",
                    published.size() - before, (System.nanoTime() - stoppedAt) / 1_000_000_000L);
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> published.size() >= before + 3);
        } finally {
            running.set(false);
            load.join(30_000);
        }
        assertThat(failures).as("writes refused while Kafka was down").isEmpty();
        Set<String> wanted = new HashSet<>(published);
        try (KafkaProbe reader = new KafkaProbe(Stack.KAFKA, "catalog.items.v1")) {
            reader.await(r -> wanted.contains(r.key()), wanted.size(), Duration.ofSeconds(120));
            List<ConsumerRecord<String, byte[]>> records = reader.drain(r -> wanted.contains(r.key()),
                    Duration.ofSeconds(3));
            Map<String, Set<String>> eventIds = new HashMap<>();
            for (ConsumerRecord<String, byte[]> record : records) {
                eventIds.computeIfAbsent(record.key(), k -> new HashSet<>())
                        .add(new String(record.headers().lastHeader("ce_id").value()));
            }
            assertThat(eventIds.keySet()).containsExactlyInAnyOrderElementsOf(wanted);
            assertThat(eventIds.values()).allSatisfy(ids -> assertThat(ids).hasSize(1));
        }
    }

    @Test
    void mongoRestartAnswers503ProblemMeanwhileAndRecovers() {
        // a write: catalog answers searches from its in-memory read model, which stays up without MongoDB
        String items = ApiOperations.SERVICES.get(0).baseUrl() + "/api/catalog/v1/items";
        String token = Tokens.bearer(Tokens.user("catalog-admin"));
        assertThat(postNewItem(items, token).statusCode()).isEqualTo(201);
        Stack.stackCommand("stop", "--only", "mongo");
        try {
            HttpResponse<String> down = Stack.send(Stack.postJson(items, Items.foodPenalty().toString())
                    .header("Authorization", token));
            assertThat(down.statusCode()).as(down.body()).isEqualTo(503);
            assertThat(down.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(Stack.json(down).get("code").asString()).isEqualTo("SERVICE_UNAVAILABLE");
        } finally {
            Stack.stackCommand("start", "--only", "mongo", "--no-build");
        }
        Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2)).until(() ->
                postNewItem(items, token).statusCode() == 201);
        HttpResponse<String> recreated = postNewItem(items, token);
        assertThat(recreated.statusCode()).as(recreated.body()).isEqualTo(201);
        String id = Stack.json(recreated).get("id").asString();
        assertThat(Catalog.item(id).get("status").asString()).isEqualTo("DRAFT");
    }

    /**
     * Creates a sample item; the sample's random four-digit code may already be taken (the Kafka drill creates ~70
     * items just before), which is not the database's doing: then another code is tried.
     */
    private static HttpResponse<String> postNewItem(String items, String token) {
        HttpResponse<String> response = null;
        for (int attempt = 0; attempt < 10; attempt++) {
            response = Stack.send(Stack.postJson(items, Items.foodPenalty().toString()).header("Authorization", token));
            if (response.statusCode() != 409 || !response.body().contains("ITEM_CODE_DUPLICATE")) {
                return response;
            }
        }
        return response;
    }
}
