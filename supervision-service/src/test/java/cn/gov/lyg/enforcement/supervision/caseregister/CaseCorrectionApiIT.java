package cn.gov.lyg.enforcement.supervision.caseregister;

import static cn.gov.lyg.enforcement.supervision.SupervisionApi.DH_MARKET;
import static cn.gov.lyg.enforcement.supervision.SupervisionApi.HZ_MARKET;
import static cn.gov.lyg.enforcement.supervision.SupervisionApi.dhOfficer;
import static cn.gov.lyg.enforcement.supervision.SupervisionApi.govSystems;
import static cn.gov.lyg.enforcement.supervision.SupervisionApi.hzLeader;
import static cn.gov.lyg.enforcement.supervision.SupervisionApi.hzOfficer;
import static cn.gov.lyg.enforcement.supervision.SupervisionApi.hzSupervisor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.lyg.enforcement.events.Topics;
import cn.gov.lyg.enforcement.events.benchmark.BenchmarkApplied;
import cn.gov.lyg.enforcement.events.supervision.CaseMilestoneCorrected;
import cn.gov.lyg.enforcement.platform.kafka.ProcessedEvents;
import cn.gov.lyg.enforcement.platform.test.KafkaProbe;
import cn.gov.lyg.enforcement.platform.test.ServiceTest;
import cn.gov.lyg.enforcement.platform.test.TestEvents;
import cn.gov.lyg.enforcement.supervision.SupervisionApi;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Corrections of reported milestones through the API (reason, audit, idempotent, scoped, events, figures moved) and
 * benchmark applications from {@code benchmark.applications.v1} linked to the register's decisions.
 */
@ServiceTest
class CaseCorrectionApiIT {

    private static final AtomicInteger SEQ = new AtomicInteger(500);

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    ProcessedEvents processed;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;
    SupervisionApi api;

    @BeforeEach
    void setUp() {
        api = new SupervisionApi(mvc, json);
    }

    static String caseNo() {
        return "连海市监罚〔2023〕" + SEQ.incrementAndGet() + "号";
    }

    static Map<String, Object> decided(String agency, String caseNo, String on, String fine) {
        Map<String, Object> body = new HashMap<>();
        body.put("agencyCode", agency);
        body.put("caseNo", caseNo);
        body.put("caseType", "PENALTY");
        body.put("milestone", "DECIDED");
        body.put("occurredOn", on);
        body.put("decisionNo", "决-" + caseNo);
        body.put("penaltyKinds", List.of("FINE"));
        body.put("fineAmount", fine);
        return body;
    }

    static Map<String, Object> correction(String caseNo, String on, String fine, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("occurredOn", on);
        body.put("decisionNo", "决-" + caseNo);
        body.put("penaltyKinds", List.of("FINE"));
        body.put("fineAmount", fine);
        if (reason != null) {
            body.put("reason", reason);
        }
        return body;
    }

    long decidedIn(String from, String to) throws Exception {
        return api.read(api.perform(get("/api/supervision/v1/three-systems").param("agencyCode", HZ_MARKET)
                .param("from", from).param("to", to).param("asOf", "2023-12-31"), hzSupervisor(), null)
                .andExpect(status().isOk())).at("/total/decided").asLong();
    }

    @Test
    void aCorrectionSupersedesTheMilestoneWithItsReasonOnceAndMovesTheFigures() throws Exception {
        String caseNo = caseNo();
        String id = HZ_MARKET + ":" + caseNo;
        long aprilBefore = decidedIn("2023-04-01", "2023-04-30");
        long mayBefore = decidedIn("2023-05-01", "2023-05-31");
        api.perform(post("/api/supervision/v1/cases/milestones"), govSystems(),
                decided(HZ_MARKET, caseNo, "2023-04-28", "5000")).andExpect(status().isCreated());
        assertThat(decidedIn("2023-04-01", "2023-04-30")).isEqualTo(aprilBefore + 1);

        String url = "/api/supervision/v1/cases/{id}/milestones/DECIDED/corrections";
        api.perform(post(url, id), null, Map.of()).andExpect(status().isUnauthorized());
        api.perform(post(url, id), hzLeader(), Map.of()).andExpect(status().isForbidden());
        api.perform(post(url, id), dhOfficer(), correction(caseNo, "2023-05-04", "6000", "x"))
                .andExpect(status().isNotFound());
        api.perform(post(url, id), govSystems(), correction(caseNo, "2023-05-04", "6000", null))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
        api.perform(post("/api/supervision/v1/cases/{id}/milestones/SERVED/corrections", id), govSystems(),
                        correction(caseNo, "2023-05-04", null, "x"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("MILESTONE_NOT_REPORTED"));
        try (KafkaProbe probe = new KafkaProbe(bootstrap, Topics.SUPERVISION_CASES)) {
            api.perform(post(url, id).header("If-Match", "\"0\"").header("Idempotency-Key", UUID.randomUUID().toString()),
                            govSystems(), correction(caseNo, "2023-05-04", "6000", "决定日期和罚款金额录入错误"))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("CORRECTED"))
                    .andExpect(jsonPath("$.corrections[0].reason").value("决定日期和罚款金额录入错误"))
                    .andExpect(jsonPath("$.corrections[0].supersededOccurredOn").value("2023-04-28"))
                    .andExpect(jsonPath("$.threeSystems.decidedOn").value("2023-05-04"));
            JsonNode e = api.events(probe, CaseMilestoneCorrected.class, id, 1).get(0);
            assertThat(e.get("fineAmount").asString()).isEqualTo("6000.00");
        }
        api.perform(post(url, id), govSystems(), correction(caseNo, "2023-05-04", "6000.00", "再次报送"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("REPEATED"))
                .andExpect(jsonPath("$.corrections.length()").value(1));
        api.perform(post(url, id).header("If-Match", "\"0\""), govSystems(),
                        correction(caseNo, "2023-05-05", "6000", "x"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("VERSION_CONFLICT"));
        assertThat(decidedIn("2023-04-01", "2023-04-30")).isEqualTo(aprilBefore);
        assertThat(decidedIn("2023-05-01", "2023-05-31")).isEqualTo(mayBefore + 1);
    }

    static BenchmarkApplied applied(String caseNo, String fine) {
        return new BenchmarkApplied(UUID.randomUUID().toString(), OffsetDateTime.parse("2023-06-01T10:00:00+08:00"),
                "app-" + UUID.randomUUID(), 0, "320706", HZ_MARKET, caseNo, "BV-1", "BV-1", "E-1", "URB-42-6",
                LocalDate.of(2023, 5, 20), LocalDate.of(2023, 6, 1), "STANDARD", "6000.00", "14000.00",
                List.of("FINE"), fine, true, false, null);
    }

    JsonNode caseView(String id) throws Exception {
        return api.read(api.perform(get("/api/supervision/v1/cases/{id}", id), hzOfficer(), null)
                .andExpect(status().isOk()));
    }

    @Test
    void benchmarkApplicationsAreLinkedToTheDecisionNotCountedTwice() throws Exception {
        String decidedFirst = caseNo();
        api.perform(post("/api/supervision/v1/cases/milestones"), govSystems(),
                decided(HZ_MARKET, decidedFirst, "2023-06-01", "8000")).andExpect(status().isCreated());
        long decided = decidedIn("2023-06-01", "2023-06-01");
        BenchmarkApplied first = applied(decidedFirst, "8000.00");
        TestEvents.publish(bootstrap, json, first, 2);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(caseView(HZ_MARKET + ":" + decidedFirst)
                .get("benchmarkApplications").findValuesAsString("applicationId")).containsExactly(first.aggregateId()));
        assertThat(caseView(HZ_MARKET + ":" + decidedFirst).at("/benchmarkApplications/0/differences").size())
                .isZero();
        assertThat(decidedIn("2023-06-01", "2023-06-01")).isEqualTo(decided);

        String applicationFirst = caseNo();
        BenchmarkApplied early = applied(applicationFirst, "9000.00");
        TestEvents.publish(bootstrap, json, early, 1);
        TestEvents.publish(bootstrap, json, applied(applicationFirst, "9000.00"), 1, "/enforcement/catalog");
        await().atMost(Duration.ofSeconds(20)).until(() -> processed.isProcessed(
                BenchmarkApplicationConsumer.CONSUMER, early.eventId()));
        api.perform(post("/api/supervision/v1/cases/milestones"), govSystems(),
                decided(HZ_MARKET, applicationFirst, "2023-06-01", "8000")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.benchmarkApplications.length()").value(1))
                .andExpect(jsonPath("$.benchmarkApplications[0].applicationId").value(early.aggregateId()))
                .andExpect(jsonPath("$.benchmarkApplications[0].differences[0]").value("FINE_AMOUNT"));
    }
}
