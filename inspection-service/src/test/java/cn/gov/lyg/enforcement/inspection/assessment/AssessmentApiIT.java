package cn.gov.lyg.enforcement.inspection.assessment;

import static cn.gov.lyg.enforcement.inspection.InspectionApi.HZ_MARKET;
import static cn.gov.lyg.enforcement.inspection.InspectionApi.citySupervisor;
import static cn.gov.lyg.enforcement.inspection.InspectionApi.dhAdmin;
import static cn.gov.lyg.enforcement.inspection.InspectionApi.hzAdmin;
import static cn.gov.lyg.enforcement.inspection.InspectionApi.hzLeader;
import static cn.gov.lyg.enforcement.inspection.InspectionApi.hzOfficer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.lyg.enforcement.events.Topics;
import cn.gov.lyg.enforcement.events.inspection.EconomicImpactAssessed;
import cn.gov.lyg.enforcement.inspection.InspectionApi;
import cn.gov.lyg.enforcement.platform.security.Role;
import cn.gov.lyg.enforcement.platform.test.KafkaProbe;
import cn.gov.lyg.enforcement.platform.test.ServiceTest;
import cn.gov.lyg.enforcement.platform.test.TestTokens;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Economic impact assessments through the API: draft, submit, approve by the leader, the event for benchmark. */
@ServiceTest
class AssessmentApiIT {

    private static final String PATH = "/api/inspections/v1/impact-assessments";

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;
    InspectionApi api;

    @BeforeEach
    void setUp() {
        api = new InspectionApi(mvc, json);
    }

    /** 停产整治 of an ECOLOGY case with a high-risk assessment and instalment payment of the fine (AS-50). */
    static Map<String, Object> body(String caseId) {
        Map<String, Object> b = new HashMap<>();
        b.put("caseId", caseId);
        b.put("uscc", "91320722MA21TD9K6J");
        b.put("domain", "ECOLOGY");
        b.put("stage", "BEFORE_DECISION");
        b.put("proposedMeasures", List.of("ORDER_SUSPEND_PRODUCTION", "FINE"));
        b.put("fineAmount", "380000.00");
        b.put("indicators", Map.of("employeesAffected", 320, "productionDaysLost", 30, "revenueShareAffected", "35.5",
                "contractsAtRisk", 6, "financingImpact", true, "supplyChainImpact", true));
        b.put("riskLevel", "HIGH");
        b.put("mitigations", List.of("INSTALMENT_PAYMENT", "RECTIFICATION_INSTEAD_OF_SUSPENSION"));
        return b;
    }

    @Test
    void anAssessmentIsDraftedSubmittedAndApprovedByTheLeaderWithAnEventPerStep() throws Exception {
        String caseId = "ECO-" + UUID.randomUUID().toString().substring(0, 8);
        try (KafkaProbe probe = new KafkaProbe(bootstrap, Topics.INSPECTION_IMPACT_ASSESSMENTS)) {
            JsonNode draft = api.read(api.perform(post(PATH), hzOfficer(), body(caseId))
                    .andExpect(status().isCreated()).andExpect(header().exists("ETag"))
                    .andExpect(jsonPath("$.status").value("DRAFT"))
                    .andExpect(jsonPath("$.required").value(true))
                    .andExpect(jsonPath("$.computedRiskLevel").value("HIGH"))
                    .andExpect(jsonPath("$.fineAmount").value("380000.00")));
            String id = draft.get("id").asString();
            api.perform(post(PATH), hzOfficer(), body(caseId)).andExpect(status().isConflict())
                    .andExpect(jsonPath("$.code").value("IMPACT_ASSESSMENT_EXISTS"));
            api.perform(post(PATH + "/" + id + "/submit").header("If-Match", "\"7\""), hzOfficer(), null)
                    .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("VERSION_CONFLICT"));
            api.perform(post(PATH + "/" + id + "/submit"), hzOfficer(), null).andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("SUBMITTED"));
            api.perform(post(PATH + "/" + id + "/approve"), hzOfficer(), null).andExpect(status().isForbidden());
            api.perform(post(PATH + "/" + id + "/approve"), dhLeader(), null).andExpect(status().isNotFound());
            api.perform(post(PATH + "/" + id + "/approve"), hzLeader(), null).andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("APPROVED"))
                    .andExpect(jsonPath("$.approvedBy").value("hz-leader"));
            List<JsonNode> events = api.events(probe, EconomicImpactAssessed.class, id, 2);
            assertThat(events).extracting(e -> e.get("status").asString()).containsExactly("SUBMITTED", "APPROVED");
            JsonNode approved = events.get(1);
            assertThat(approved.get("caseId").asString()).isEqualTo(caseId);
            assertThat(approved.get("agencyCode").asString()).isEqualTo(HZ_MARKET);
            assertThat(approved.get("riskLevel").asString()).isEqualTo("HIGH");
            assertThat(approved.get("fineAmount").asString()).isEqualTo("380000.00");
            assertThat(approved.get("aggregateVersion").asLong())
                    .isGreaterThan(events.get(0).get("aggregateVersion").asLong());
        }
    }

    @Test
    void theLeaderReturnsForReworkAndOnlyADraftOrReturnedAssessmentIsRevised() throws Exception {
        String caseId = "ECO-" + UUID.randomUUID().toString().substring(0, 8);
        String id = api.read(api.perform(post(PATH), hzAdmin(), body(caseId)).andExpect(status().isCreated()))
                .get("id").asString();
        api.perform(post(PATH + "/" + id + "/submit"), hzAdmin(), null).andExpect(status().isOk());
        api.perform(put(PATH + "/" + id), hzAdmin(), body(caseId)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("INVALID_TRANSITION"));
        api.perform(post(PATH + "/" + id + "/return"), hzLeader(), Map.of()).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("RETURN_REASON_REQUIRED"));
        api.perform(post(PATH + "/" + id + "/return"), hzLeader(), Map.of("reason", "补充供应链影响说明"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RETURNED"));
        api.perform(put(PATH + "/" + id), hzAdmin(), body(caseId)).andExpect(status().isOk());
        // a leader who is also staff cannot approve what they submitted
        String both = TestTokens.user("hz-acting").roles(Role.AGENCY_LEADER, Role.OFFICER).agency(HZ_MARKET)
                .region("320706").bearer();
        api.perform(post(PATH + "/" + id + "/submit"), both, null).andExpect(status().isOk());
        api.perform(post(PATH + "/" + id + "/approve"), both, null).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("APPROVER_IS_SUBMITTER"));
    }

    @Test
    void badInputIsAProblemWithItsCode() throws Exception {
        Map<String, Object> noCase = body(null);
        api.perform(post(PATH), hzOfficer(), noCase).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("CASE_ID_REQUIRED"));
        Map<String, Object> badUscc = body("X-1");
        badUscc.put("uscc", "91320706MA1XK7C380");
        api.perform(post(PATH), hzOfficer(), badUscc).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("USCC_CHECKSUM"));
        Map<String, Object> noMitigation = body("X-2");
        noMitigation.put("mitigations", List.of());
        api.perform(post(PATH), hzOfficer(), noMitigation).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MITIGATION_REQUIRED"));
        Map<String, Object> understated = body("X-3");
        understated.put("riskLevel", "LOW");
        api.perform(post(PATH), hzOfficer(), understated).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("RISK_LEVEL_UNDERSTATED"));
        Map<String, Object> money = body("X-4");
        money.put("fineAmount", "1.005");
        api.perform(post(PATH), hzOfficer(), money).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("AMOUNT_INVALID"));
        Map<String, Object> domain = body("X-5");
        domain.put("domain", "SPACE");
        api.perform(post(PATH).header("Accept-Language", "en"), hzOfficer(), domain)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("DOMAIN_UNKNOWN"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("SPACE")));
        api.perform(post(PATH), hzOfficer(), "{\"caseId\":\"X-6\",\"stage\":\"LATER\"}")
                .andExpect(status().isBadRequest());
    }

    @Test
    void readersSeeTheirAgencyAndSupervisorsTheirRegion() throws Exception {
        String caseId = "ECO-" + UUID.randomUUID().toString().substring(0, 8);
        String id = api.read(api.perform(post(PATH), hzOfficer(), body(caseId)).andExpect(status().isCreated()))
                .get("id").asString();
        api.perform(get(PATH + "/" + id), null, null).andExpect(status().isUnauthorized());
        api.perform(get(PATH + "/" + id), InspectionApi.province(), null).andExpect(status().isForbidden());
        api.perform(post(PATH), citySupervisor(), body("Y-1")).andExpect(status().isForbidden());
        api.perform(get(PATH + "/" + id), dhAdmin(), null).andExpect(status().isNotFound());
        api.perform(get(PATH + "/" + id), citySupervisor(), null).andExpect(status().isOk());
        api.perform(get(PATH + "?caseId=" + caseId), hzLeader(), null).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].id").value(id));
        api.perform(get(PATH + "?caseId=" + caseId), dhAdmin(), null).andExpect(jsonPath("$.totalElements").value(0));
        api.perform(get(PATH + "?size=201"), hzLeader(), null).andExpect(status().isBadRequest());
    }

    private static String dhLeader() {
        return TestTokens.user("dh-leader").roles(Role.AGENCY_LEADER).agency(InspectionApi.DH_MARKET)
                .region("320722").bearer();
    }
}
