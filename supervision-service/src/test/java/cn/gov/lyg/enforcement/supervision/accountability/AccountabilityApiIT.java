package cn.gov.lyg.enforcement.supervision.accountability;

import static cn.gov.lyg.enforcement.supervision.SupervisionApi.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.lyg.enforcement.events.Topics;
import cn.gov.lyg.enforcement.events.supervision.AccountabilityOutcomeDecided;
import cn.gov.lyg.enforcement.platform.security.Role;
import cn.gov.lyg.enforcement.platform.test.KafkaProbe;
import cn.gov.lyg.enforcement.platform.test.ServiceTest;
import cn.gov.lyg.enforcement.platform.test.TestTokens;
import cn.gov.lyg.enforcement.supervision.SupervisionApi;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * AS-51 inside the service: a reconsideration that revoked a decision, reported to the case register, opens an
 * accountability case due 15 working days later; the outcome 暂扣执法证件 for the signing officer and 尽职免责 for the
 * legal reviewer go out as {@code AccountabilityOutcomeDecided} (the contract personnel consumes).
 */
@ServiceTest
class AccountabilityApiIT {

    static final String O01 = "6f1c2d3e-4a5b-4c6d-8e7f-0a1b2c3d4e5f";
    static final String O08 = "7a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";

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

    static String hzAdmin() {
        return TestTokens.user("hz-admin").roles(Role.AGENCY_ADMIN).agency(HZ_MARKET).region("320706").bearer();
    }

    void milestone(String caseNo, String milestone, String on, Map<String, Object> more) throws Exception {
        var body = new java.util.HashMap<String, Object>(Map.of("agencyCode", HZ_MARKET, "caseNo", caseNo,
                "caseType", "PENALTY", "milestone", milestone, "occurredOn", on));
        body.putAll(more);
        api.perform(post("/api/supervision/v1/cases/milestones"), govSystems(), body)
                .andExpect(status().isCreated());
    }

    String openedByReconsideration(String caseNo) throws Exception {
        milestone(caseNo, "FILED", "2025-08-01", Map.of());
        milestone(caseNo, "DECIDED", "2025-09-01", Map.of("decisionNo", "决" + caseNo, "penaltyKinds",
                List.of("FINE"), "fineAmount", "150000.00"));
        milestone(caseNo, "RECONSIDERATION_CONCLUDED", "2025-09-26", Map.of("outcome", "REVOKED"));
        String[] id = new String[1];
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode page = api.read(api.perform(get("/api/supervision/v1/accountability")
                    .param("trigger", "RECONSIDERATION_REVOKED").param("size", "200"), hzSupervisor(), null));
            JsonNode found = null;
            for (JsonNode c : page.get("content")) {
                if (caseNo.equals(c.get("caseNo").asString())) {
                    found = c;
                }
            }
            assertThat(found).isNotNull();
            id[0] = found.get("id").asString();
        });
        return id[0];
    }

    @Test
    void aRevokedDecisionOpensACaseAndTheSuspensionGoesToPersonnel() throws Exception {
        String caseNo = "连海市监罚〔2025〕" + UUID.randomUUID().toString().substring(0, 8);
        try (KafkaProbe probe = new KafkaProbe(bootstrap, Topics.SUPERVISION_ACCOUNTABILITY)) {
            String id = openedByReconsideration(caseNo);
            // 26 Sep 2025 + 15 working days: the National Day holiday 1–8 Oct and the make-up days 28 Sep, 11 Oct
            api.perform(get("/api/supervision/v1/accountability/{id}", id), hzSupervisor(), null)
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("OPEN"))
                    .andExpect(jsonPath("$.openedOn").value("2025-09-26"))
                    .andExpect(jsonPath("$.dueOn").value("2025-10-23"))
                    .andExpect(jsonPath("$.dueProvisional").value(false));
            api.perform(post("/api/supervision/v1/accountability/{id}/respondents", id), hzSupervisor(),
                    Map.of("respondents", List.of(Map.of("officerId", O01, "role", "HANDLING_OFFICER", "name", "张伟"),
                            Map.of("officerId", O08, "role", "LEGAL_REVIEWER")))).andExpect(status().isOk());
            api.perform(post("/api/supervision/v1/accountability/{id}/decide", id).header("If-Match", "\"0\""),
                    hzSupervisor(), Map.of("decisionRef", "d", "outcomes", List.of(Map.of("officerId", O08,
                            "outcome", "NO_LIABILITY", "reason", "x")))).andExpect(status().isConflict())
                    .andExpect(jsonPath("$.code").value("VERSION_CONFLICT"));
            api.perform(post("/api/supervision/v1/accountability/{id}/decide", id), hzSupervisor(),
                    Map.of("decisionRef", "海司追〔2025〕1号", "decidedOn", "2025-10-20", "outcomes", List.of(
                            Map.of("officerId", O01, "outcome", "SUSPEND_CERTIFICATE")))).andExpect(status()
                    .isBadRequest()).andExpect(jsonPath("$.code").value("ACCOUNTABILITY_FAULT_REQUIRED"));
            api.perform(post("/api/supervision/v1/accountability/{id}/decide", id), hzSupervisor(),
                            Map.of("decisionRef", "海司追〔2025〕1号", "decidedOn", "2025-10-20", "outcomes", List.of(
                                    Map.of("officerId", O01, "outcome", "SUSPEND_CERTIFICATE", "faultType",
                                            "GROSS_NEGLIGENCE", "suspendedUntil", "2026-01-20"),
                                    Map.of("officerId", O08, "outcome", "EXEMPTED", "reason", "已尽审核职责"))))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DECIDED"))
                    .andExpect(jsonPath("$.appealDueOn").value("2025-11-19"));
            List<JsonNode> events = api.events(probe, AccountabilityOutcomeDecided.class, id, 2);
            assertThat(events).extracting(e -> e.get("officerId").asString() + "/" + e.get("measure").asString())
                    .containsExactlyInAnyOrder(O01 + "/SUSPEND_CERTIFICATE", O08 + "/NO_CERTIFICATE_MEASURE");
            assertThat(probe.seen().stream().filter(r -> id.equals(r.key()))
                    .map(r -> new String(r.headers().lastHeader("ce_source").value())))
                    .isNotEmpty().allMatch("/enforcement/supervision"::equals);
            // the agency reads its case, another county's bureau does not see it
            api.perform(get("/api/supervision/v1/accountability/{id}", id), hzAdmin(), null)
                    .andExpect(status().isOk());
            api.perform(get("/api/supervision/v1/accountability/{id}", id), gySupervisor(), null)
                    .andExpect(status().isNotFound());
            api.perform(post("/api/supervision/v1/accountability/{id}/close", id), gySupervisor(), null)
                    .andExpect(status().isNotFound());
        }
    }

    @Test
    void theSameTriggerReportedAgainOpensNothingNew() throws Exception {
        String caseNo = "连海市监罚〔2025〕" + UUID.randomUUID().toString().substring(0, 8);
        String id = openedByReconsideration(caseNo);
        String again = api.read(api.perform(post("/api/supervision/v1/accountability"), hzSupervisor(), Map.of(
                "trigger", "RECONSIDERATION_REVOKED", "triggerRef", HZ_MARKET + ":" + caseNo
                        + ":RECONSIDERATION_CONCLUDED", "agencyCode", HZ_MARKET, "summary", "重复",
                "openedOn", "2025-09-26")).andExpect(status().isCreated())).get("id").asString();
        assertThat(again).isEqualTo(id);
    }

    @Test
    void rolesScopeAndBadInput() throws Exception {
        api.perform(get("/api/supervision/v1/accountability"), null, null).andExpect(status().isUnauthorized());
        api.perform(get("/api/supervision/v1/accountability"), hzOfficer(), null).andExpect(status().isForbidden());
        api.perform(post("/api/supervision/v1/accountability"), hzAdmin(), Map.of()).andExpect(status().isForbidden());
        api.perform(post("/api/supervision/v1/accountability"), hzSupervisor(), Map.of("trigger", "NOPE"))
                .andExpect(status().isBadRequest());
        api.perform(post("/api/supervision/v1/accountability"), hzSupervisor(), Map.of("trigger",
                        "SUPERVISION_FINDING", "triggerRef", "f-" + UUID.randomUUID(), "agencyCode", GY_ENFORCEMENT,
                        "summary", "x"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("TARGET_OUT_OF_SCOPE"));
        String ref = "f-" + UUID.randomUUID();
        JsonNode barred = api.read(api.perform(post("/api/supervision/v1/accountability"), citySupervisor(),
                Map.of("trigger", "SUPERVISION_FINDING", "triggerRef", ref, "agencyCode", HZ_MARKET, "summary",
                        "专项检查发现", "violationOn", "2022-01-10", "openedOn", "2025-03-03"))
                .andExpect(status().isCreated()));
        assertThat(barred.get("status").asString()).isEqualTo("NOT_PURSUED");
        api.perform(post("/api/supervision/v1/accountability/{id}/respondents", barred.get("id").asString()),
                hzSupervisor(), Map.of("respondents", List.of(Map.of("officerId", O01, "role", "OTHER"))))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("INVALID_TRANSITION"));
    }
}
