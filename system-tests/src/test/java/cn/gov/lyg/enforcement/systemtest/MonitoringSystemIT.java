package cn.gov.lyg.enforcement.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the operators' dashboards and alert rules query really exists: scrapes {@code /actuator/prometheus} of the
 * gateway and of each service on its management port (docs/runtime-contract.md, overridable with
 * {@code <APP>_MANAGEMENT_URL}) and requires every metric named by a dashboard or rule in deploy/monitoring; the
 * gateway's routed port does not serve it.
 * Two kinds of meter appear only with their first event: this test causes the dead-letter counter (an invalid
 * record for catalog's agency consumer) and a circuit breaker (a request through the gateway); the others are in
 * {@link MonitoringQueries#APPEAR_LATE}.
 */
class MonitoringSystemIT {

    /** application tag → base URL of its JVM. */
    static final Map<String, String> TARGETS = new LinkedHashMap<>();

    static {
        // each JVM's actuator port (dev stack: SERVER_PORT + 1000, MANAGEMENT_SERVER_PORT); never the routed port
        TARGETS.put("gateway", Stack.env("GATEWAY_MANAGEMENT_URL", "http://127.0.0.1:9080"));
        TARGETS.put("catalog", Stack.env("CATALOG_MANAGEMENT_URL", "http://127.0.0.1:9081"));
        TARGETS.put("personnel", Stack.env("PERSONNEL_MANAGEMENT_URL", "http://127.0.0.1:9082"));
        TARGETS.put("benchmark", Stack.env("BENCHMARK_MANAGEMENT_URL", "http://127.0.0.1:9083"));
        TARGETS.put("inspection", Stack.env("INSPECTION_MANAGEMENT_URL", "http://127.0.0.1:9084"));
        TARGETS.put("supervision", Stack.env("SUPERVISION_MANAGEMENT_URL", "http://127.0.0.1:9085"));
    }

    /** What the services dashboard needs from every service. */
    static final Set<String> EVERY_SERVICE = Set.of("http_server_requests_seconds_count",
            "http_server_requests_seconds_bucket", "mongodb_driver_commands_seconds_count",
            "mongodb_driver_pool_checkedout", "jvm_memory_used_bytes", "jvm_memory_usage_after_gc",
            "process_cpu_usage", "disk_free_bytes", "logback_events_total", "process_start_time_seconds");

    static String scrape(String application) {
        HttpResponse<String> response = Stack.send(Stack.get(TARGETS.get(application) + "/actuator/prometheus"));
        assertThat(response.statusCode()).as(application + " /actuator/prometheus").isEqualTo(200);
        return response.body();
    }

    @BeforeAll
    static void causeTheMetersThatAppearWithTheirFirstEvent() throws Exception {
        // a route's circuit breaker is created with its first request
        assertThat(Stack.send(Stack.get(Stack.GATEWAY + "/api/catalog/v1/public/items?size=1")).statusCode())
                .isEqualTo(200);
        // catalog consumes personnel.agencies.v1; a record without CloudEvent headers goes to the DLT at once
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Stack.KAFKA);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config)) {
            producer.send(new ProducerRecord<>("personnel.agencies.v1", "monitoring-system-test-" + UUID.randomUUID(),
                    "not an event".getBytes(StandardCharsets.UTF_8))).get();
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() ->
                scrape("catalog").contains("events_dead_lettered_total{application=\"catalog\",topic=\"personnel.agencies.v1\"}"));
    }

    @Test
    void theGatewaysRoutedPortDoesNotServeItsMetrics() {
        HttpResponse<String> routed = Stack.send(Stack.get(Stack.GATEWAY + "/actuator/prometheus"));
        assertThat(routed.statusCode()).as("/actuator/prometheus on the gateway's routed port").isIn(401, 403, 404);
        assertThat(routed.body()).doesNotContain("jvm_memory_used_bytes");
    }

    @Test
    void everyJvmServesItsMetricsTaggedWithItsApplication() {
        TARGETS.keySet().forEach(application -> assertThat(scrape(application))
                .as(application).contains("jvm_memory_used_bytes{application=\"" + application + "\""));
    }

    @Test
    void everyMetricOfTheDashboardsAndAlertRulesIsExposed() throws IOException {
        Map<String, Set<String>> byTarget = new TreeMap<>();
        Set<String> exposed = new TreeSet<>();
        TARGETS.keySet().forEach(application -> {
            Set<String> names = MonitoringQueries.exposedNames(scrape(application));
            byTarget.put(application, names);
            exposed.addAll(names);
        });
        // the names of this scrape, to refresh deploy/monitoring/observed-metrics.txt
        Path out = Path.of("target/monitoring/scraped-metric-names.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, exposed);

        Map<String, Set<String>> missing = new TreeMap<>(MonitoringQueries.usedMetrics(MonitoringQueries.repositoryRoot()));
        assertThat(missing).as("the dashboards and rules name metrics").hasSizeGreaterThan(20);
        missing.keySet().removeAll(exposed);
        missing.keySet().removeAll(MonitoringQueries.PROMETHEUS_SERIES);
        missing.keySet().removeAll(MonitoringQueries.APPEAR_LATE.keySet());
        assertThat(missing).as("metrics named by a dashboard or rule (→ where) that no JVM exposes").isEmpty();

        byTarget.forEach((application, names) -> {
            if (!application.equals("gateway")) {
                assertThat(names).as(application).containsAll(EVERY_SERVICE);
            }
        });
        assertThat(byTarget.get("gateway")).contains("resilience4j_circuitbreaker_state", "cache_gets_total",
                "gateway_jwt_verifications_total", "http_server_requests_seconds_bucket");
        assertThat(byTarget.get("catalog")).contains("events_dead_lettered_total", "outbox_backlog",
                "readmodel_refresh_age_seconds", "kafka_consumer_fetch_manager_records_lag_max");
    }
}
