package cn.gov.lyg.enforcement.supervision.push;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.gov.lyg.enforcement.platform.identifier.RegionCodes;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Load measurement of the provincial push, not part of the test run (the name matches no test pattern; run it with
 * {@code perf/province-push.sh}, which starts the WireMock standalone with the dev stack's province mappings and
 * passes {@code -Dperf.province.url}). The delivery log lives in an in-process MongoDB-wire server (H2 in memory),
 * the dispatcher and HTTP client are the production classes.
 *
 * <ol>
 *   <li><b>Throughput</b>: {@code perf.records} certificate records queued, then sent; deliveries per second.</li>
 *   <li><b>Outage</b>: the province answers 503 for one simulated hour (the test clock moves 1 min per pass) while
 *       the same number of records arrives spread over the hour; then it answers again: the catch-up wall time
 *       until every record is delivered, the requests spent during the outage, and a check that each record was
 *       accepted exactly once.</li>
 * </ol>
 * Results go to stdout and {@code perf.out} (default {@code ../perf/.data/province-push.txt}).
 */
class ProvincePushPerf {

    @Test
    void throughputAndCatchUpAfterAnHourLongOutage() throws IOException {
        String url = System.getProperty("perf.province.url");
        assumeTrue(url != null && !url.isBlank(), "set -Dperf.province.url (perf/province-push.sh)");
        int records = Integer.getInteger("perf.records", 1000);
        URI base = URI.create(url);
        WireMock province = new WireMock(base.getHost(), base.getPort());

        MongoServer server = new MongoServer(H2Backend.inMemory());
        server.bind("127.0.0.1", 0);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort())) {
            MongoTemplate mongo = new MongoTemplate(client, "push-perf");
            DeliveryStore store = new DeliveryStore(mongo);
            store.ensureIndexes(mongo);
            JsonMapper json = JsonMapper.builder().build();
            MutableClock clock = new MutableClock(Instant.now());
            PushMetrics metrics = new PushMetrics(new SimpleMeterRegistry());
            PushService push = new PushService(store, new PushRules(RegionCodes.defaultCodes()), json, clock, metrics);
            PushProperties properties = new PushProperties();
            properties.setDispatchInterval(Duration.ZERO);
            properties.setReadTimeout(Duration.ofSeconds(5));
            for (PushTarget target : PushTarget.values()) {
                PushProperties.Target t = new PushProperties.Target();
                t.setUrl(url + "/" + target.key() + "/api/v1/records");
                t.setTokenUri(url + "/oauth2/token");
                t.setClientId("lyg-enforcement");
                t.setClientSecret("perf");
                properties.getTargets().put(target.key(), t);
            }
            CircuitBreakerRegistry breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                    .slidingWindowSize(10).minimumNumberOfCalls(5).failureRateThreshold(50)
                    .waitDurationInOpenState(Duration.ofMinutes(5)).permittedNumberOfCallsInHalfOpenState(1)
                    .clock(clock).build());
            PushDispatcher dispatcher = new PushDispatcher(store, new ProvinceClient(properties, json, clock),
                    breakers, properties, clock, metrics);
            String path = "/supervision/api/v1/records";
            province.resetRequests();

            // 1. throughput
            String run = "P" + UUID.randomUUID().toString().substring(0, 8);
            long t0 = System.nanoTime();
            for (int i = 0; i < records; i++) {
                push.enqueue(record(run, i, clock));
            }
            double queueSeconds = (System.nanoTime() - t0) / 1e9;
            long t1 = System.nanoTime();
            int passes = 0;
            while (pending(store) > 0 && passes < 10_000) {
                dispatcher.dispatchOnce();
                passes++;
            }
            double sendSeconds = (System.nanoTime() - t1) / 1e9;
            long sent = province.find(postRequestedFor(urlEqualTo(path))).size();
            assertThat(pending(store)).isZero();
            assertThat(sent).isEqualTo(records);

            // 2. one simulated hour of outage, the same number of records arriving meanwhile
            province.resetRequests();
            String outageRun = "O" + UUID.randomUUID().toString().substring(0, 8);
            StubMapping down = province.register(post(urlEqualTo(path)).atPriority(1)
                    .willReturn(aResponse().withStatus(503)));
            int queued = 0;
            for (int minute = 0; minute < 60; minute++) {
                int until = (int) ((long) records * (minute + 1) / 60);
                for (; queued < until; queued++) {
                    push.enqueue(record(outageRun, queued, clock));
                }
                dispatcher.dispatchOnce();
                clock.advance(Duration.ofMinutes(1));
            }
            long duringOutage = province.find(postRequestedFor(urlEqualTo(path))).size();
            long pendingAfterOutage = pending(store);
            province.removeStubMapping(down);
            province.resetRequests();
            Instant simulatedEnd = clock.instant();
            long t2 = System.nanoTime();
            int catchUpPasses = 0;
            while (pending(store) > 0 && catchUpPasses < 10_000) {
                dispatcher.dispatchOnce();
                clock.advance(Duration.ofSeconds(1));
                catchUpPasses++;
            }
            double catchUpSeconds = (System.nanoTime() - t2) / 1e9;
            long afterOutage = province.find(postRequestedFor(urlEqualTo(path))).size();
            assertThat(pending(store)).isZero();
            assertThat(afterOutage).as("each waiting record sent once after the outage").isEqualTo(records);

            String report = String.format("""
                    provincial push, %d records, WireMock standalone at %s, MongoDB-wire in memory
                    throughput: queued %d records in %.2f s (%.0f/s); sent in %.2f s = %.0f deliveries/s (%d passes)
                    outage: 1 simulated hour of 503, %d records queued meanwhile, %d requests reached the province,
                            %d records pending at the end of the outage
                    catch-up: %.2f s wall (%d passes, %d simulated s) until all %d were delivered, %d requests
                    """, records, url, records, queueSeconds, records / queueSeconds, sendSeconds,
                    records / sendSeconds, passes, records, duringOutage, pendingAfterOutage, catchUpSeconds,
                    catchUpPasses, Duration.between(simulatedEnd, clock.instant()).toSeconds(), records,
                    afterOutage);
            System.out.println(report);
            Path out = Path.of(System.getProperty("perf.out", "../perf/.data/province-push.txt"));
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, report);
        } finally {
            server.shutdownNow();
        }
    }

    private static ProvincialRecord record(String run, int i, MutableClock clock) {
        return new ProvincialRecord(Dataset.CERTIFICATE_STATUS, "CERTIFICATE:" + run + ":" + i, 1, false,
                "11320706300200020C", "320706", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.ofHours(8)),
                null, Map.of("certificateNo", "3207060" + i, "certificateKind", "ENFORCEMENT", "status", "ACTIVE",
                        "validTo", "2030-12-31"));
    }

    private static long pending(DeliveryStore store) {
        return store.count(PushTarget.SUPERVISION, PushStatus.PENDING);
    }

}
