package cn.gov.lyg.enforcement.supervision.threesystems;

import static cn.gov.lyg.enforcement.supervision.SupervisionApi.HZ_URBAN;
import static cn.gov.lyg.enforcement.supervision.SupervisionApi.citySupervisor;
import static cn.gov.lyg.enforcement.supervision.SupervisionApi.govSystems;
import static cn.gov.lyg.enforcement.supervision.SupervisionApi.gySupervisor;
import static cn.gov.lyg.enforcement.supervision.SupervisionApi.hotline;
import static cn.gov.lyg.enforcement.supervision.SupervisionApi.hzOfficer;
import static cn.gov.lyg.enforcement.supervision.SupervisionApi.hzSupervisor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.lyg.enforcement.events.Topics;
import cn.gov.lyg.enforcement.events.supervision.ThreeSystemsDeadlinePassed;
import cn.gov.lyg.enforcement.platform.test.KafkaProbe;
import cn.gov.lyg.enforcement.platform.test.ServiceTest;
import cn.gov.lyg.enforcement.supervision.SupervisionApi;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Milestones reported to the case register appear in the agency's three-systems figures (disclosure, withdrawal,
 * recording, legal review) as of a day; problem cases are listed; the alert job raises each passed deadline once.
 */
@ServiceTest
class ThreeSystemsApiIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;
    SupervisionApi api;

    @BeforeEach
    void setUp() {
        api = new SupervisionApi(mvc, json);
    }

    void report(String caseNo, String milestone, String on, Map<String, Object> extra) throws Exception {
        Map<String, Object> body = new HashMap<>(Map.of("agencyCode", HZ_URBAN, "caseNo", caseNo,
                "caseType", "PENALTY", "milestone", milestone, "occurredOn", on));
        body.putAll(extra);
        api.perform(post("/api/supervision/v1/cases/milestones"), govSystems(), body).andExpect(status().isCreated());
    }

    static Map<String, Object> decision(String kind, String fine) {
        Map<String, Object> m = new HashMap<>(Map.of("decisionNo", "连海城管罚决" + kind + fine,
                "penaltyKinds", List.of(kind)));
        if (fine != null) {
            m.put("fineAmount", fine);
        }
        return m;
    }

    JsonNode figures(String token, String asOf) throws Exception {
        return api.read(api.perform(get("/api/supervision/v1/three-systems").param("agencyCode", HZ_URBAN)
                .param("from", "2025-09-01").param("to", "2025-09-30").param("asOf", asOf), token, null)
                .andExpect(status().isOk()));
    }

    @Test
    void reportedCasesMakeTheAgencysFiguresAndTheAlertJobRaisesEachPassedDeadlineOnce() throws Exception {
        // A: reviewed, recorded, published in time
        report("TS-A", "FILED", "2025-09-01", Map.of("avActs", List.of(Map.of("act", "SEIZE", "avRecorded", true))));
        report("TS-A", "LEGAL_REVIEW", "2025-09-25", Map.of("reviewResult", "PASSED", "reviewerId", "O08"));
        report("TS-A", "DECIDED", "2025-09-26", decision("FINE", "150000"));
        report("TS-A", "PUBLISHED", "2025-10-10", Map.of());
        // B: a seal without audio-video, never published (due 13 Oct: 28 Sep and 11 Oct are 调休 working days)
        report("TS-B", "FILED", "2025-09-02", Map.of("avActs", List.of(Map.of("act", "SEAL", "avRecorded", false))));
        report("TS-B", "DECIDED", "2025-09-26", decision("WARNING", null));
        // C: a hearing without legal review; published, revoked on reconsideration, not withdrawn (due 11 Oct)
        report("TS-C", "HEARING", "2025-08-29", Map.of());
        report("TS-C", "DECIDED", "2025-09-01", decision("WARNING", null));
        report("TS-C", "PUBLISHED", "2025-09-05", Map.of());
        report("TS-C", "RECONSIDERATION_CONCLUDED", "2025-09-30", Map.of("outcome", "REVOKED"));

        JsonNode total = figures(hzSupervisor(), "2025-10-14").get("total");
        assertThat(total.get("decided").asLong()).isEqualTo(3);
        assertThat(total.at("/disclosure/due").asLong()).isEqualTo(3);
        assertThat(total.at("/disclosure/inTime").asLong()).isEqualTo(2);
        assertThat(total.at("/disclosure/pending").asLong()).isEqualTo(1);
        assertThat(total.at("/disclosure/overdue").asLong()).isEqualTo(1);
        assertThat(total.at("/disclosure/timelyRate").decimalValue()).isEqualByComparingTo("66.67");
        assertThat(total.at("/withdrawal/due").asLong()).isEqualTo(1);
        assertThat(total.at("/withdrawal/overdue").asLong()).isEqualTo(1);
        assertThat(total.at("/recording/required").asLong()).isEqualTo(2);
        assertThat(total.at("/recording/missing").asLong()).isEqualTo(1);
        assertThat(total.at("/recording/rate").decimalValue()).isEqualByComparingTo("50.00");
        assertThat(total.at("/legalReview/required").asLong()).isEqualTo(2);
        assertThat(total.at("/legalReview/met").asLong()).isEqualTo(1);
        // the day the disclosure is due it is not overdue yet
        JsonNode dayBefore = figures(hzSupervisor(), "2025-10-13").get("total");
        assertThat(dayBefore.at("/disclosure/overdue").asLong()).isZero();
        assertThat(dayBefore.at("/withdrawal/overdue").asLong()).isEqualTo(1);

        JsonNode problems = api.read(api.perform(get("/api/supervision/v1/three-systems/problems")
                .param("agencyCode", HZ_URBAN).param("from", "2025-09-01").param("to", "2025-09-30")
                .param("asOf", "2025-10-14"), hzSupervisor(), null).andExpect(status().isOk()));
        assertThat(problems.get("totalElements").asLong()).isEqualTo(2);
        Map<String, List<String>> byCase = new HashMap<>();
        problems.get("content").forEach(i -> byCase.put(i.get("caseNo").asString(),
                i.get("problems").valueStream().map(JsonNode::asString).toList()));
        assertThat(byCase.get("TS-B")).containsExactlyInAnyOrder("DISCLOSURE_OVERDUE", "RECORDING_MISSING");
        assertThat(byCase.get("TS-C")).containsExactlyInAnyOrder("WITHDRAWAL_OVERDUE", "LEGAL_REVIEW_MISSING");

        // the county's figures (default region of the county bureau) carry the agency's row
        JsonNode county = api.read(api.perform(get("/api/supervision/v1/three-systems").param("from", "2025-09-01")
                .param("to", "2025-09-30").param("asOf", "2025-10-14"), hzSupervisor(), null)
                .andExpect(jsonPath("$.regionCode").value("320706")));
        assertThat(county.get("agencies").findValuesAsString("agencyCode")).contains(HZ_URBAN)
                .allMatch(code -> code.startsWith("1132070630"));

        try (KafkaProbe probe = new KafkaProbe(bootstrap, Topics.SUPERVISION_ALERTS)) {
            api.perform(post("/api/supervision/v1/three-systems/jobs/alerts").param("asOf", "2025-10-14"),
                    hzSupervisor(), null).andExpect(status().isForbidden());
            api.perform(post("/api/supervision/v1/three-systems/jobs/alerts").param("asOf", "2025-10-14"),
                    citySupervisor(), null).andExpect(status().isOk());
            String b = HZ_URBAN + ":TS-B";
            String c = HZ_URBAN + ":TS-C";
            assertThat(api.events(probe, ThreeSystemsDeadlinePassed.class, b, 1).get(0).get("kind").asString())
                    .isEqualTo("DISCLOSURE_OVERDUE");
            assertThat(api.events(probe, ThreeSystemsDeadlinePassed.class, c, 1).get(0).get("dueOn").asString())
                    .isEqualTo("2025-10-11");
            api.perform(post("/api/supervision/v1/three-systems/jobs/alerts").param("asOf", "2025-10-20"),
                    citySupervisor(), null).andExpect(status().isOk());
            assertThat(probe.drain(r -> b.equals(r.key()) || c.equals(r.key()), Duration.ofSeconds(1))).hasSize(2);
        }
    }

    @Test
    void figuresAreScoped() throws Exception {
        api.perform(get("/api/supervision/v1/three-systems"), null, null).andExpect(status().isUnauthorized());
        api.perform(get("/api/supervision/v1/three-systems"), hotline(), null).andExpect(status().isForbidden());
        api.perform(get("/api/supervision/v1/three-systems"), govSystems(), null).andExpect(status().isForbidden());
        api.perform(get("/api/supervision/v1/three-systems").param("agencyCode", HZ_URBAN), gySupervisor(), null)
                .andExpect(status().isNotFound());
        api.perform(get("/api/supervision/v1/three-systems").param("regionCode", "320706"), gySupervisor(), null)
                .andExpect(status().isNotFound());
        api.perform(get("/api/supervision/v1/three-systems").param("agencyCode", HZ_URBAN), hzOfficer(), null)
                .andExpect(status().isNotFound());
        api.perform(get("/api/supervision/v1/three-systems"), hzOfficer(), null).andExpect(status().isOk())
                .andExpect(jsonPath("$.agencyCode").value(SupervisionApi.HZ_MARKET));
        api.perform(get("/api/supervision/v1/three-systems").param("regionCode", "320706"), citySupervisor(), null)
                .andExpect(status().isOk());
        api.perform(get("/api/supervision/v1/three-systems").param("from", "2025-09-30").param("to", "2025-09-01"),
                citySupervisor(), null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("PERIOD_INVALID"));
    }
}
