package cn.gov.lyg.enforcement.supervision.push;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.lyg.enforcement.events.supervision.CaseMilestoneRecorded;
import cn.gov.lyg.enforcement.platform.test.ServiceTest;
import cn.gov.lyg.enforcement.platform.test.TestEvents;
import cn.gov.lyg.enforcement.supervision.SupervisionApi;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The provincial push against WireMock playing the province, for every failure mode, with nothing lost and nothing
 * duplicated: each test counts what the province received for its own records. The dispatcher under test is built
 * here with a clock the test moves (the service's own dispatcher has no province URL in tests, so it sends nothing);
 * records come in through Kafka or {@link PushService#enqueue} and live in the service's MongoDB.
 */
@ServiceTest
class PushIT {

    static final String HZ_MARKET = SupervisionApi.HZ_MARKET;
    static ProvinceStub province;

    @Autowired
    DeliveryStore store;
    @Autowired
    PushService push;
    @Autowired
    JsonMapper json;
    @Autowired
    MockMvc mvc;
    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    MutableClock clock;
    SimpleMeterRegistry meters;
    PushDispatcher dispatcher;
    String run;

    @BeforeAll
    static void startProvince() throws Exception {
        province = new ProvinceStub().start();
        province.warmUp();
    }

    @AfterAll
    static void stopProvince() {
        province.stop();
    }

    @BeforeEach
    void setUp() {
        province.reset();
        run = "T" + UUID.randomUUID().toString().substring(0, 8);
        clock = new MutableClock(Instant.now().plusSeconds(60));
        meters = new SimpleMeterRegistry();
        // a generous read timeout: the first calls of a cold JVM are slow (the timeout test sets its own)
        dispatcher = dispatcher(Duration.ofSeconds(3), breakers(4));
        // deliveries the other tests' events left in the shared database go out first, so they do not mix in
        // (the clock moves on between passes, so that their backoffs and an open breaker do not hold them back)
        for (int i = 0; i < 100; i++) {
            PushDispatcher.Pass pass = dispatcher.dispatchOnce();
            clock.advance(Duration.ofMinutes(10));
            if (pass.delivered() + pass.rejected() + pass.failed() + pass.skipped() == 0) {
                break;
            }
        }
        clock = new MutableClock(Instant.now().plusSeconds(60));
        meters = new SimpleMeterRegistry();
        dispatcher = dispatcher(Duration.ofSeconds(3), breakers(4));
        province.server.resetRequests();
    }

    CircuitBreakerRegistry breakers(int window) {
        return CircuitBreakerRegistry.of(CircuitBreakerConfig.custom().slidingWindowSize(window)
                .minimumNumberOfCalls(window).failureRateThreshold(50).waitDurationInOpenState(Duration.ofMinutes(5))
                .permittedNumberOfCallsInHalfOpenState(1).slowCallDurationThreshold(Duration.ofSeconds(5))
                .clock(clock).build());
    }

    PushDispatcher dispatcher(Duration readTimeout, CircuitBreakerRegistry breakers) {
        PushProperties properties = province.properties(readTimeout);
        return new PushDispatcher(store, new ProvinceClient(properties, json, clock), breakers, properties, clock,
                new PushMetrics(meters));
    }

    ProvincialRecord disclosure(int n, long version) {
        return new ProvincialRecord(Dataset.DISCLOSURE, "DISCLOSURE:" + run + ":" + n, version, false, HZ_MARKET,
                "320706", OffsetDateTime.now(ZoneOffset.ofHours(8)), null,
                Map.of("caseNo", run + "-" + n, "caseType", "PENALTY", "decisionNo", "D" + n,
                        "publishedOn", "2026-12-01"));
    }

    ProvincialRecord certificate(int n) {
        return new ProvincialRecord(Dataset.CERTIFICATE_STATUS, "CERTIFICATE:" + run + ":" + n, 3, false, HZ_MARKET,
                "320706", OffsetDateTime.now(ZoneOffset.ofHours(8)), null,
                Map.of("certificateNo", "32070600" + n, "certificateKind", "ENFORCEMENT", "status", "SUSPENDED",
                        "validTo", "2029-12-31"));
    }

    Delivery delivery(PushTarget target, ProvincialRecord record) {
        return store.findById(Delivery.idOf(target, record.recordId(), record.version())).orElseThrow();
    }

    /** Passes until nothing of this run is PENDING, the clock moving {@code step} between passes. */
    void drain(Duration step, int maxPasses) {
        for (int i = 0; i < maxPasses && pendingOfRun() > 0; i++) {
            dispatcher.dispatchOnce();
            clock.advance(step);
        }
    }

    long pendingOfRun() {
        return store.search(cityScope(), new DeliveryFilter(PushStatus.PENDING, null, null, null, null, null, null),
                org.springframework.data.domain.PageRequest.of(0, 100_000)).getContent().stream()
                .filter(d -> d.getRecordId().contains(run)).count();
    }

    static cn.gov.lyg.enforcement.platform.security.DataScope cityScope() {
        return new cn.gov.lyg.enforcement.platform.security.DataScope("s", "city-supervisor", "gateway",
                SupervisionApi.CITY_JUSTICE, "320700",
                java.util.Set.of(cn.gov.lyg.enforcement.platform.security.Role.SUPERVISOR_CITY));
    }

    @Test
    void recordsAreSentWithACachedClientCredentialsTokenAndTheirIdempotencyKey() throws Exception {
        List<ProvincialRecord> records = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            records.add(ProvincialRecord.annualStatistics(run + "-" + i, 2, HZ_MARKET, "320706", 2025, "SUBMITTED",
                    OffsetDateTime.now(ZoneOffset.ofHours(8)), Map.of("inspections", Map.of("count", 10 + i))));
            records.add(disclosure(i, 5));
        }
        records.forEach(push::enqueue);
        drain(Duration.ofMinutes(1), 10);

        for (ProvincialRecord r : records) {
            for (PushTarget target : r.dataset().targets()) {
                assertThat(delivery(target, r).getStatus()).as(r.recordId() + " " + delivery(target, r).getLastError())
                        .isEqualTo(PushStatus.DELIVERED);
            }
        }
        List<ServeEvent> received = province.received(run);
        assertThat(received).allSatisfy(e -> assertThat(e.getRequest().getHeader("Authorization"))
                .isEqualTo("Bearer token-1"));
        assertThat(province.accepted(run)).hasSize(6).allSatisfy((key, count) -> assertThat(count).isEqualTo(1L));
        assertThat(province.tokenRequests()).as("one token per platform, cached").isEqualTo(2);
        ServeEvent statistics = received.stream()
                .filter(e -> e.getRequest().getUrl().equals(ProvinceStub.SUPERVISION)).findFirst().orElseThrow();
        JsonNode body = json.readTree(statistics.getRequest().getBodyAsString());
        assertThat(body.path("dataset").asString()).isEqualTo("ANNUAL_STATISTICS");
        assertThat(statistics.getRequest().getHeader("Idempotency-Key"))
                .isEqualTo(body.path("recordId").asString() + ":2");
        assertThat(body.path("occurredAt").asString()).endsWith("+08:00");
        // queueing the same versions again changes nothing and sends nothing
        int before = province.received(run).size();
        records.forEach(r -> assertThat(push.enqueue(r)).isEmpty());
        dispatcher.dispatchOnce();
        assertThat(province.received(run)).hasSize(before);
    }

    @Test
    void aServerErrorIsRetriedAfterTheBackoffAndDeliveredOnce() {
        province.server.stubFor(WireMock.post(urlEqualTo(ProvinceStub.EXCHANGE)).atPriority(1).inScenario(run)
                .whenScenarioStateIs(STARTED).withHeader("Idempotency-Key", matching(".*" + run + ".*"))
                .willReturn(aResponse().withStatus(503).withBody("maintenance")).willSetStateTo("up"));
        ProvincialRecord record = disclosure(1, 5);
        push.enqueue(record);

        dispatcher.dispatchOnce();
        Delivery failed = delivery(PushTarget.EXCHANGE, record);
        assertThat(failed.getStatus()).isEqualTo(PushStatus.PENDING);
        assertThat(failed.getLastHttpStatus()).isEqualTo(503);
        assertThat(failed.getNextAttemptAt()).isEqualTo(failed.getLastAttemptAt().plusSeconds(60));

        dispatcher.dispatchOnce();
        assertThat(province.received(run)).as("not due before the backoff").hasSize(1);

        clock.advance(Duration.ofSeconds(61));
        dispatcher.dispatchOnce();
        assertThat(delivery(PushTarget.EXCHANGE, record).getStatus()).isEqualTo(PushStatus.DELIVERED);
        assertThat(delivery(PushTarget.EXCHANGE, record).getAttempts()).isEqualTo(2);
        assertThat(province.received(run)).extracting(e -> e.getRequest().getHeader("Idempotency-Key"))
                .containsOnly(record.idempotencyKey());
        assertThat(province.accepted(run).values()).containsExactly(1L);
    }

    @Test
    void aRefusalGoesToTheDeadLetterAndIsSentAgainOnlyWhenASupervisorResendsIt() throws Exception {
        province.server.stubFor(WireMock.post(urlEqualTo(ProvinceStub.EXCHANGE)).atPriority(1)
                .withHeader("Idempotency-Key", matching(".*" + run + ".*"))
                .willReturn(aResponse().withStatus(422).withBody("{\"error\":\"publishedOn out of range\"}")));
        ProvincialRecord record = disclosure(1, 5);
        push.enqueue(record);
        dispatcher.dispatchOnce();
        Delivery dead = delivery(PushTarget.EXCHANGE, record);
        assertThat(dead.getStatus()).isEqualTo(PushStatus.DEAD_LETTER);
        assertThat(dead.getFailureCode()).isEqualTo("PUSH_REJECTED");
        assertThat(dead.getLastError()).contains("422").contains("publishedOn");

        clock.advance(Duration.ofHours(2));
        dispatcher.dispatchOnce();
        assertThat(province.received(run)).as("a dead letter is not retried").hasSize(1);

        String path = "/api/supervision/v1/exchange/deliveries";
        mvc.perform(get(path).param("status", "DEAD_LETTER").param("recordId", record.recordId())
                        .header("Authorization", SupervisionApi.hzSupervisor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].failureCode").value("PUSH_REJECTED"))
                .andExpect(jsonPath("$.content[0].lastHttpStatus").value(422));
        mvc.perform(get(path + "/" + dead.getId()).header("Authorization", SupervisionApi.gySupervisor()))
                .andExpect(status().isNotFound());
        mvc.perform(post(path + "/" + dead.getId() + "/resend").header("Authorization", SupervisionApi.hzOfficer()))
                .andExpect(status().isForbidden());
        mvc.perform(post(path + "/" + dead.getId() + "/resend")).andExpect(status().isUnauthorized());
        mvc.perform(post(path + "/" + dead.getId() + "/resend").header("Authorization", SupervisionApi.gySupervisor()))
                .andExpect(status().isNotFound());
        mvc.perform(post(path + "/" + dead.getId() + "/resend").header("If-Match", "\"999\"")
                        .header("Authorization", SupervisionApi.hzSupervisor()))
                .andExpect(status().isConflict());

        province.reset();
        mvc.perform(post(path + "/" + dead.getId() + "/resend").header("Authorization", SupervisionApi.hzSupervisor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PENDING"))
                .andExpect(jsonPath("$.resends[0].by").value("hz-supervisor"));
        mvc.perform(post(path + "/" + dead.getId() + "/resend").header("Authorization", SupervisionApi.hzSupervisor()))
                .andExpect(status().isConflict());
        dispatcher.dispatchOnce();
        assertThat(delivery(PushTarget.EXCHANGE, record).getStatus()).isEqualTo(PushStatus.DELIVERED);
        assertThat(province.accepted(run).values()).containsExactly(1L);
    }

    @Test
    void aTimeoutIsRetriedWithTheSameKeyAndASlowAnswerWithinTheTimeoutIsDelivered() {
        province.server.stubFor(WireMock.post(urlEqualTo(ProvinceStub.EXCHANGE)).atPriority(1).inScenario(run)
                .whenScenarioStateIs(STARTED).withHeader("Idempotency-Key", matching(".*" + run + ":1:.*"))
                .willReturn(aResponse().withStatus(200).withFixedDelay(2500)).willSetStateTo("fast"));
        province.server.stubFor(WireMock.post(urlEqualTo(ProvinceStub.EXCHANGE)).atPriority(1)
                .withHeader("Idempotency-Key", matching(".*" + run + ":2:.*"))
                .willReturn(aResponse().withStatus(200).withFixedDelay(400)));
        dispatcher = dispatcher(Duration.ofMillis(1000), breakers(4));
        ProvincialRecord timingOut = disclosure(1, 5);
        ProvincialRecord slow = disclosure(2, 5);
        push.enqueue(timingOut);
        push.enqueue(slow);

        dispatcher.dispatchOnce();
        Delivery first = delivery(PushTarget.EXCHANGE, timingOut);
        assertThat(first.getStatus()).isEqualTo(PushStatus.PENDING);
        assertThat(first.getLastError()).startsWith("timeout");
        assertThat(first.getLastHttpStatus()).isNull();
        Delivery slowOne = delivery(PushTarget.EXCHANGE, slow);
        assertThat(slowOne.getStatus()).isEqualTo(PushStatus.DELIVERED);
        assertThat(slowOne.getAttemptLog()).singleElement()
                .satisfies(a -> assertThat(a.millis()).isGreaterThanOrEqualTo(400));

        clock.advance(Duration.ofSeconds(61));
        dispatcher.dispatchOnce();
        assertThat(delivery(PushTarget.EXCHANGE, timingOut).getStatus()).isEqualTo(PushStatus.DELIVERED);
        // the province saw the timed-out record twice, under one key (it keeps one): at-least-once, never two records
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(province.received(run + ":1:")).hasSize(2)
                        .extracting(e -> e.getRequest().getHeader("Idempotency-Key"))
                        .containsOnly(timingOut.idempotencyKey()));
        assertThat(province.received(run + ":2:")).hasSize(1);
    }

    @Test
    void anHourLongOutageLosesNothingAndTheBacklogIsCaughtUpOnceTheProvinceAnswers() {
        province.server.stubFor(WireMock.post(urlEqualTo(ProvinceStub.SUPERVISION)).atPriority(1)
                .withHeader("Idempotency-Key", matching(".*" + run + ".*"))
                .willReturn(aResponse().withStatus(503)));
        List<ProvincialRecord> records = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            records.add(certificate(i));
        }
        Instant outageStart = clock.instant();
        for (int minute = 0; minute < 60; minute++) {
            if (minute < 20) {
                push.enqueue(records.get(minute));
            }
            dispatcher.dispatchOnce();
            clock.advance(Duration.ofMinutes(1));
        }
        int duringOutage = province.received(run).size();
        assertThat(records).allSatisfy(r -> assertThat(delivery(PushTarget.SUPERVISION, r).getStatus())
                .isEqualTo(PushStatus.PENDING));
        // without the breaker: 20 records × 6 attempts in the hour (0, 1, 3, 7, 15, 31 min); with it: a probe per 5 min
        assertThat(duringOutage).as("the circuit breaker spares the province").isLessThan(30);

        province.reset();
        Instant outageEnd = clock.instant();
        drain(Duration.ofSeconds(10), 200);
        Instant lastDelivered = records.stream().map(r -> delivery(PushTarget.SUPERVISION, r).getDeliveredAt())
                .max(Instant::compareTo).orElseThrow();
        assertThat(records).allSatisfy(r -> assertThat(delivery(PushTarget.SUPERVISION, r).getStatus())
                .isEqualTo(PushStatus.DELIVERED));
        assertThat(province.accepted(run)).hasSize(20).allSatisfy((key, count) -> assertThat(count).isEqualTo(1L));
        // bounded by the breaker's wait in the open state (5 min here, 30 s in application.yml), not by the backoff
        assertThat(Duration.between(outageEnd, lastDelivered)).as("catch-up after the outage")
                .isLessThanOrEqualTo(Duration.ofMinutes(6));
        assertThat(Duration.between(outageStart, outageEnd)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void retriesRunOutAfterTwentyFourHoursAndAreCountedForTheAlert() {
        province.server.stubFor(WireMock.post(urlEqualTo(ProvinceStub.EXCHANGE)).atPriority(1)
                .withHeader("Idempotency-Key", matching(".*" + run + ".*"))
                .willReturn(aResponse().withStatus(500)));
        meters = new SimpleMeterRegistry();
        dispatcher = dispatcher(Duration.ofSeconds(3), breakers(100));
        ProvincialRecord record = disclosure(1, 5);
        push.enqueue(record);
        for (int i = 0; i < 26 * 4 && delivery(PushTarget.EXCHANGE, record).getStatus() == PushStatus.PENDING; i++) {
            dispatcher.dispatchOnce();
            clock.advance(Duration.ofMinutes(15));
        }
        Delivery exhausted = delivery(PushTarget.EXCHANGE, record);
        assertThat(exhausted.getStatus()).isEqualTo(PushStatus.EXHAUSTED);
        assertThat(exhausted.getFailureCode()).isEqualTo("PUSH_RETRIES_EXHAUSTED");
        assertThat(exhausted.getAttempts()).isEqualTo(14);
        assertThat(province.received(run)).hasSize(14);
        assertThat(meters.get("province.push.exhausted").tag("target", "exchange").tag("dataset", "DISCLOSURE")
                .counter().count()).as("this delivery, and any other test's left over in the shared database")
                .isGreaterThanOrEqualTo(1.0);
        assertThat(meters.get("province.push.exhausted.records").tag("target", "exchange").gauge().value())
                .isGreaterThanOrEqualTo(1.0);
    }

    @Test
    void aRestartedServiceResumesWhatWasQueuedAndWhatACrashedInstanceHeld() {
        ProvincialRecord queued = disclosure(1, 5);
        ProvincialRecord held = disclosure(2, 5);
        push.enqueue(queued);
        push.enqueue(held);
        // an instance claimed one delivery and died before answering
        Delivery claimed = store.claim(Delivery.idOf(PushTarget.EXCHANGE, held.recordId(), 5), clock.instant(),
                clock.instant().plus(Duration.ofMinutes(2)), "crashed-instance").orElseThrow();
        assertThat(claimed.getClaimedUntil()).isNotNull();

        PushDispatcher restarted = dispatcher(Duration.ofSeconds(3), breakers(4));
        restarted.dispatchOnce();
        assertThat(delivery(PushTarget.EXCHANGE, queued).getStatus()).isEqualTo(PushStatus.DELIVERED);
        assertThat(delivery(PushTarget.EXCHANGE, held).getStatus()).isEqualTo(PushStatus.PENDING);
        assertThat(province.received(run + ":2:")).isEmpty();

        clock.advance(Duration.ofMinutes(3));
        restarted.dispatchOnce();
        assertThat(delivery(PushTarget.EXCHANGE, held).getStatus()).isEqualTo(PushStatus.DELIVERED);
        assertThat(province.accepted(run)).hasSize(2).allSatisfy((key, count) -> assertThat(count).isEqualTo(1L));
    }

    @Test
    void caseMilestonesFromKafkaBecomeDecisionsAndDisclosuresWithWithdrawalsAsTombstonesInVersionOrder() {
        String caseId = HZ_MARKET + ":" + run;
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC);
        CaseMilestoneRecorded decided = new CaseMilestoneRecorded(UUID.randomUUID().toString(), at, caseId, 3,
                "320706", HZ_MARKET, run, "PENALTY", "DECIDED", LocalDate.of(2026, 11, 30), "海市监罚决" + run,
                List.of("FINE"), "5000.00", null, null, null, null);
        CaseMilestoneRecorded published = new CaseMilestoneRecorded(UUID.randomUUID().toString(), at, caseId, 5,
                "320706", HZ_MARKET, run, "PENALTY", "PUBLISHED", LocalDate.of(2026, 12, 1), "海市监罚决" + run,
                List.of(), null, null, null, null, null);
        CaseMilestoneRecorded withdrawn = new CaseMilestoneRecorded(UUID.randomUUID().toString(), at, caseId, 6,
                "320706", HZ_MARKET, run, "PENALTY", "PUBLICATION_WITHDRAWN", LocalDate.of(2026, 12, 2), null,
                List.of(), null, null, null, null, null);
        // passes the event schema, but its agency code fails the check digit: kept locally, never sent
        String badAgency = "11320706300200020D";
        String badCase = badAgency + ":" + run + "-bad";
        CaseMilestoneRecorded badAgencyCode = new CaseMilestoneRecorded(UUID.randomUUID().toString(), at, badCase, 3,
                "320706", badAgency, run + "-bad", "PENALTY", "DECIDED", LocalDate.of(2026, 11, 30),
                "海市监罚决" + run + "-bad", List.of("FINE"), "5000.00", null, null, null, null);
        TestEvents.publish(kafka, json, decided, 2);
        TestEvents.publish(kafka, json, published, 1);
        TestEvents.publish(kafka, json, withdrawn, 1);
        TestEvents.publish(kafka, json, badAgencyCode, 1);
        ProvincialRecord disclosureV5 = new ProvincialRecord(Dataset.DISCLOSURE, "DISCLOSURE:" + caseId, 5, false,
                HZ_MARKET, "320706", null, null, Map.of());
        await().atMost(Duration.ofSeconds(30)).until(() ->
                store.findById(Delivery.idOf(PushTarget.EXCHANGE, "DISCLOSURE:" + caseId, 6)).isPresent()
                        && store.findById(Delivery.idOf(PushTarget.EXCHANGE, "DECISION:" + badCase, 3)).isPresent());
        Delivery invalid = store.findById(Delivery.idOf(PushTarget.EXCHANGE, "DECISION:" + badCase, 3))
                .orElseThrow();
        assertThat(invalid.getStatus()).isEqualTo(PushStatus.VALIDATION_FAILED);
        assertThat(invalid.getFailureCode()).isEqualTo("PUSH_VALIDATION_FAILED");
        assertThat(invalid.getViolations()).singleElement().asString().startsWith("agencyCode: USCC_");
        assertThat(delivery(PushTarget.EXCHANGE, disclosureV5).isTombstone()).isFalse();

        drain(Duration.ofSeconds(10), 20);
        List<ServeEvent> received = province.received(run);
        // decision to both platforms once (the event came twice), the disclosure then its tombstone, nothing invalid
        assertThat(province.accepted(run)).containsOnlyKeys(
                ProvinceStub.EXCHANGE + " DECISION:" + caseId + ":3",
                ProvinceStub.SUPERVISION + " DECISION:" + caseId + ":3",
                ProvinceStub.EXCHANGE + " DISCLOSURE:" + caseId + ":5",
                ProvinceStub.EXCHANGE + " DISCLOSURE:" + caseId + ":6");
        List<String> disclosureOrder = received.stream().map(e -> e.getRequest().getHeader("Idempotency-Key"))
                .filter(k -> k.startsWith("DISCLOSURE:")).toList();
        assertThat(disclosureOrder).containsExactly("DISCLOSURE:" + caseId + ":5", "DISCLOSURE:" + caseId + ":6");
        JsonNode tombstone = json.readTree(received.stream()
                .filter(e -> e.getRequest().getHeader("Idempotency-Key").endsWith(":6")).findFirst().orElseThrow()
                .getRequest().getBodyAsString());
        assertThat(tombstone.path("tombstone").asBoolean()).isTrue();
        assertThat(tombstone.path("data").path("reason").asString()).isEqualTo("PUBLICATION_WITHDRAWN");
    }

    @Test
    void aPublishedAnnualStatisticsReportIsPushedToTheSupervisionPlatform() throws Exception {
        String gyAdmin = cn.gov.lyg.enforcement.platform.test.TestTokens.user("gy-admin")
                .roles(cn.gov.lyg.enforcement.platform.security.Role.AGENCY_ADMIN)
                .agency(SupervisionApi.GY_ENFORCEMENT).region("320707").bearer();
        SupervisionApi api = new SupervisionApi(mvc, json);
        JsonNode report = api.read(api.perform(post("/api/supervision/v1/statistics"), gyAdmin, Map.of("year", 2023))
                .andExpect(status().isCreated()));
        String id = report.get("id").asString();
        long accepted = 0;
        for (JsonNode c : report.get("tables").get("LICENSING")) {
            if ("LICENSING_ACCEPTED".equals(c.get("code").asString())) {
                accepted = c.get("value").asLong();
            }
        }
        api.perform(post("/api/supervision/v1/statistics/{id}/overrides", id), gyAdmin,
                Map.of("cell", "LICENSING_APPLIED", "value", accepted, "reason", "台账"));
        api.perform(post("/api/supervision/v1/statistics/{id}/validate", id), gyAdmin, Map.of())
                .andExpect(status().isOk());
        api.perform(post("/api/supervision/v1/statistics/{id}/submit", id), gyAdmin,
                Map.of("at", "2024-01-30T10:00:00+08:00")).andExpect(status().isOk());
        JsonNode published = api.read(api.perform(post("/api/supervision/v1/statistics/{id}/publish", id), gyAdmin,
                        Map.of("url", "https://www.lyg.gov.cn/gy/tjnb/2023", "at", "2024-02-01T09:00:00+08:00"))
                .andExpect(status().isOk()));
        long version = published.get("version").asLong();

        Delivery queued = store.findById(Delivery.idOf(PushTarget.SUPERVISION, "STATISTICS:" + id, version))
                .orElseThrow();
        assertThat(queued.getDataset()).isEqualTo(Dataset.ANNUAL_STATISTICS);
        assertThat(queued.getStatus()).as(String.valueOf(queued.getViolations())).isEqualTo(PushStatus.PENDING);
        assertThat(store.findById(Delivery.idOf(PushTarget.EXCHANGE, "STATISTICS:" + id, version))).isEmpty();

        for (int i = 0; i < 5 && store.findById(queued.getId()).orElseThrow().getStatus() == PushStatus.PENDING; i++) {
            dispatcher.dispatchOnce();
            clock.advance(Duration.ofMinutes(1));
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> !province.received("STATISTICS:" + id).isEmpty());
        ServeEvent sent = province.received("STATISTICS:" + id).get(0);
        assertThat(sent.getRequest().getUrl()).isEqualTo(ProvinceStub.SUPERVISION);
        JsonNode body = json.readTree(sent.getRequest().getBodyAsString());
        assertThat(body.path("data").path("year").asInt()).isEqualTo(2023);
        assertThat(body.path("data").path("status").asString()).isEqualTo("PUBLISHED");
        assertThat(body.path("data").path("tables").path("figures").path("LICENSING_APPLIED").asLong())
                .isEqualTo(accepted);
        assertThat(body.path("agencyCode").asString()).isEqualTo(SupervisionApi.GY_ENFORCEMENT);
        assertThat(store.findById(queued.getId()).orElseThrow().getStatus()).isEqualTo(PushStatus.DELIVERED);
    }
}
