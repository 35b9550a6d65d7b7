package cn.gov.lyg.enforcement.supervision.caseregister;

import static cn.gov.lyg.enforcement.supervision.SupervisionApi.DH_MARKET;
import static cn.gov.lyg.enforcement.supervision.SupervisionApi.HZ_MARKET;
import static cn.gov.lyg.enforcement.supervision.SupervisionApi.citySupervisor;
import static cn.gov.lyg.enforcement.supervision.SupervisionApi.dhOfficer;
import static cn.gov.lyg.enforcement.supervision.SupervisionApi.govSystems;
import static cn.gov.lyg.enforcement.supervision.SupervisionApi.gySupervisor;
import static cn.gov.lyg.enforcement.supervision.SupervisionApi.hotline;
import static cn.gov.lyg.enforcement.supervision.SupervisionApi.hzOfficer;
import static cn.gov.lyg.enforcement.supervision.SupervisionApi.hzSupervisor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.lyg.enforcement.events.Topics;
import cn.gov.lyg.enforcement.events.supervision.CaseMilestoneRecorded;
import cn.gov.lyg.enforcement.platform.test.KafkaProbe;
import cn.gov.lyg.enforcement.platform.test.ServiceTest;
import cn.gov.lyg.enforcement.platform.test.TestTokens;
import cn.gov.lyg.enforcement.supervision.SupervisionApi;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The case register through the API: reporters, natural-key and header idempotency, validation, scope, events. */
@ServiceTest
class CaseApiIT {

    private static final AtomicInteger SEQ = new AtomicInteger(100);

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

    static String caseNo() {
        return "连海市监罚〔2025〕" + SEQ.incrementAndGet() + "号";
    }

    static Map<String, Object> decided(String agency, String caseNo) {
        Map<String, Object> body = new HashMap<>();
        body.put("agencyCode", agency);
        body.put("caseNo", caseNo);
        body.put("caseType", "PENALTY");
        body.put("milestone", "DECIDED");
        body.put("occurredOn", "2025-03-20");
        body.put("decisionNo", "连海市监罚决〔2025〕" + SEQ.get() + "号");
        body.put("penaltyKinds", List.of("FINE", "CONFISCATE_ILLEGAL_GAINS"));
        body.put("fineAmount", "120000");
        body.put("confiscationAmount", 3500.5);
        body.put("benchmarkApplicationRef", "app-" + SEQ.get());
        return body;
    }

    @Test
    void aCaseHandlingSystemReportsMilestonesIdempotentlyAndTheyArePublished() throws Exception {
        try (KafkaProbe probe = new KafkaProbe(bootstrap, Topics.SUPERVISION_CASES)) {
            String caseNo = caseNo();
            Map<String, Object> body = decided(HZ_MARKET, caseNo);
            JsonNode created = api.read(api.perform(post("/api/supervision/v1/cases/milestones"), govSystems(), body)
                    .andExpect(status().isCreated()).andExpect(header().exists("Location"))
                    .andExpect(jsonPath("$.outcome").value("RECORDED"))
                    .andExpect(jsonPath("$.regionCode").value("320706"))
                    .andExpect(jsonPath("$.milestones[0].fineAmount").value("120000.00"))
                    .andExpect(jsonPath("$.milestones[0].confiscationAmount").value("3500.50"))
                    .andExpect(jsonPath("$.threeSystems.disclosureDueOn").value("2025-03-31"))
                    .andExpect(jsonPath("$.threeSystems.legalReviewRequired").value(true)));
            String id = created.get("id").asString();
            assertThat(id).isEqualTo(HZ_MARKET + ":" + caseNo);
            JsonNode event = api.events(probe, CaseMilestoneRecorded.class, id, 1).get(0);
            assertThat(event.get("milestone").asString()).isEqualTo("DECIDED");
            assertThat(event.get("fineAmount").asString()).isEqualTo("120000.00");
            assertThat(event.get("agencyCode").asString()).isEqualTo(HZ_MARKET);

            // the natural key: the same report again is answered, not recorded twice
            api.perform(post("/api/supervision/v1/cases/milestones"), govSystems(), body).andExpect(status().isOk())
                    .andExpect(jsonPath("$.outcome").value("REPEATED"))
                    .andExpect(jsonPath("$.version").value(created.get("version").asLong()));
            // Idempotency-Key: the first answer is replayed
            Map<String, Object> served = new HashMap<>(Map.of("agencyCode", HZ_MARKET, "caseNo", caseNo,
                    "caseType", "PENALTY", "milestone", "SERVED", "occurredOn", "2025-03-21",
                    "serviceMethod", "DIRECT"));
            api.perform(post("/api/supervision/v1/cases/milestones").header("Idempotency-Key", "served-" + caseNo.hashCode()),
                    govSystems(), served).andExpect(status().isCreated());
            api.perform(post("/api/supervision/v1/cases/milestones").header("Idempotency-Key", "served-" + caseNo.hashCode()),
                    govSystems(), served).andExpect(status().isCreated())
                    .andExpect(header().string("Idempotency-Replayed", "true"));
            // a different report of a recorded milestone
            body.put("fineAmount", "130000.00");
            api.perform(post("/api/supervision/v1/cases/milestones"), govSystems(), body)
                    .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("MILESTONE_CONFLICT"));
            api.events(probe, CaseMilestoneRecorded.class, id, 2);
            assertThat(probe.drain(r -> id.equals(r.key()), java.time.Duration.ofSeconds(1))).hasSize(2);

            api.perform(get("/api/supervision/v1/cases/{id}", id), hzOfficer(), null).andExpect(status().isOk())
                    .andExpect(jsonPath("$.milestones.length()").value(2))
                    .andExpect(jsonPath("$.lastMilestone").value("SERVED"));
        }
    }

    @Test
    void reportersAreCheckedAgainstTheAgencyInTheBody() throws Exception {
        api.perform(post("/api/supervision/v1/cases/milestones"), null, Map.of()).andExpect(status().isUnauthorized());
        api.perform(post("/api/supervision/v1/cases/milestones"), hotline(), Map.of())
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("ACCESS_DENIED"));
        api.perform(post("/api/supervision/v1/cases/milestones"), hzSupervisor(), decided(HZ_MARKET, caseNo()))
                .andExpect(status().isForbidden());
        // an officer reports for his own agency only
        api.perform(post("/api/supervision/v1/cases/milestones"), hzOfficer(), decided(DH_MARKET, caseNo()))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("AGENCY_OUT_OF_SCOPE"));
        api.perform(post("/api/supervision/v1/cases/milestones"), hzOfficer(), decided(HZ_MARKET, caseNo()))
                .andExpect(status().isCreated());
        // a system of another county, or one bound to another agency
        String dhSystem = TestTokens.system("dh-case-system").region("320722").bearer();
        api.perform(post("/api/supervision/v1/cases/milestones"), dhSystem, decided(HZ_MARKET, caseNo()))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("AGENCY_OUT_OF_SCOPE"));
        String boundSystem = TestTokens.system("dh-market-system").agency(DH_MARKET).region("320722").bearer();
        api.perform(post("/api/supervision/v1/cases/milestones"), boundSystem, decided(DH_MARKET, caseNo()))
                .andExpect(status().isCreated());
    }

    @Test
    void badReportsAreProblemsWithCodes() throws Exception {
        Map<String, Object> kind = decided(HZ_MARKET, caseNo());
        kind.put("penaltyKinds", List.of("FLOGGING"));
        api.perform(post("/api/supervision/v1/cases/milestones"), govSystems(), kind)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("INVALID_FIELD_VALUE"));
        Map<String, Object> scale = decided(HZ_MARKET, caseNo());
        scale.put("fineAmount", "100.005");
        api.perform(post("/api/supervision/v1/cases/milestones"), govSystems(), scale)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("AMOUNT_SCALE"));
        Map<String, Object> negative = decided(HZ_MARKET, caseNo());
        negative.put("fineAmount", "-5");
        api.perform(post("/api/supervision/v1/cases/milestones"), govSystems(), negative)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("AMOUNT_NEGATIVE"));
        Map<String, Object> missing = decided(HZ_MARKET, " ");
        missing.remove("occurredOn");
        api.perform(post("/api/supervision/v1/cases/milestones"), govSystems(), missing)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
        Map<String, Object> unknownAgency = decided("91320706MA1XK7C38L", caseNo());
        api.perform(post("/api/supervision/v1/cases/milestones"), govSystems(), unknownAgency)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("AGENCY_UNKNOWN"));
        String caseNo = caseNo();
        api.perform(post("/api/supervision/v1/cases/milestones"), govSystems(), decided(HZ_MARKET, caseNo))
                .andExpect(status().isCreated());
        api.perform(post("/api/supervision/v1/cases/milestones"), govSystems(), Map.of("agencyCode", HZ_MARKET,
                        "caseNo", caseNo, "caseType", "PENALTY", "milestone", "FILED", "occurredOn", "2025-03-25"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("MILESTONE_DATE_ORDER"));
    }

    @Test
    void aCountyBureauReadsItsCountyAndAnAgencyItsOwnCases() throws Exception {
        String hz = api.read(api.perform(post("/api/supervision/v1/cases/milestones"), govSystems(),
                decided(HZ_MARKET, caseNo())).andExpect(status().isCreated())).get("id").asString();
        String dh = api.read(api.perform(post("/api/supervision/v1/cases/milestones"), govSystems(),
                decided(DH_MARKET, caseNo())).andExpect(status().isCreated())).get("id").asString();
        api.perform(get("/api/supervision/v1/cases/{id}", hz), hzSupervisor(), null).andExpect(status().isOk());
        api.perform(get("/api/supervision/v1/cases/{id}", dh), hzSupervisor(), null).andExpect(status().isNotFound());
        api.perform(get("/api/supervision/v1/cases/{id}", hz), gySupervisor(), null).andExpect(status().isNotFound());
        api.perform(get("/api/supervision/v1/cases/{id}", hz), dhOfficer(), null).andExpect(status().isNotFound());
        api.perform(get("/api/supervision/v1/cases/{id}", dh), citySupervisor(), null).andExpect(status().isOk());
        JsonNode list = api.read(api.perform(get("/api/supervision/v1/cases").param("size", "200"), hzSupervisor(),
                null).andExpect(status().isOk()));
        assertThat(list.get("content").findValuesAsString("regionCode")).isNotEmpty().allMatch("320706"::equals);
        JsonNode own = api.read(api.perform(get("/api/supervision/v1/cases").param("size", "200"), dhOfficer(),
                null).andExpect(status().isOk()));
        assertThat(own.get("content").findValuesAsString("agencyCode")).isNotEmpty().allMatch(DH_MARKET::equals);
        api.perform(get("/api/supervision/v1/cases"), hotline(), null).andExpect(status().isForbidden());
        api.perform(get("/api/supervision/v1/cases"), null, null).andExpect(status().isUnauthorized());
    }
}
