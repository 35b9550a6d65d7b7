package cn.gov.lyg.enforcement.supervision.letter;

import static cn.gov.lyg.enforcement.supervision.SupervisionApi.GY_ENFORCEMENT;
import static cn.gov.lyg.enforcement.supervision.SupervisionApi.HZ_MARKET;
import static cn.gov.lyg.enforcement.supervision.SupervisionApi.citySupervisor;
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
import cn.gov.lyg.enforcement.events.supervision.SupervisionLetterEscalated;
import cn.gov.lyg.enforcement.events.supervision.SupervisionLetterIssued;
import cn.gov.lyg.enforcement.platform.security.Role;
import cn.gov.lyg.enforcement.platform.test.KafkaProbe;
import cn.gov.lyg.enforcement.platform.test.ServiceTest;
import cn.gov.lyg.enforcement.platform.test.TestTokens;
import cn.gov.lyg.enforcement.supervision.SupervisionApi;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** AS-43 through the API: a letter, its rectification report and verification; the overdue job escalates. */
@ServiceTest
class LetterApiIT {

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

    static String gyAdmin() {
        return TestTokens.user("gy-admin").roles(Role.AGENCY_ADMIN).agency(GY_ENFORCEMENT).region("320707").bearer();
    }

    String issued(String issuedAt) throws Exception {
        String id = api.read(api.perform(post("/api/supervision/v1/letters"), citySupervisor(), Map.of(
                "type", "SUPERVISION_LETTER", "letterNo", "连司督〔2025〕3号", "targetAgencyCode", GY_ENFORCEMENT,
                "basisKind", "COMPLAINT", "problems", List.of("执法人员未亮证"), "requiredActions", "限期整改"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("DRAFT"))).get("id").asString();
        api.perform(get("/api/supervision/v1/letters/{id}", id), gyAdmin(), null).andExpect(status().isNotFound());
        api.perform(post("/api/supervision/v1/letters/{id}/issue", id), citySupervisor(), Map.of("at", issuedAt))
                .andExpect(status().isOk()).andExpect(jsonPath("$.rectificationDueOn").value("2025-12-03"));
        return id;
    }

    @Test
    void theAgencyRespondsTheBureauVerifiesAndCloses() throws Exception {
        try (KafkaProbe probe = new KafkaProbe(bootstrap, Topics.SUPERVISION_LETTERS)) {
            String id = issued("2025-11-03T09:00:00+08:00");
            assertThat(api.events(probe, SupervisionLetterIssued.class, id, 1).get(0).get("targetAgencyCode")
                    .asString()).isEqualTo(GY_ENFORCEMENT);
            api.perform(post("/api/supervision/v1/letters/{id}/responses", id), gySupervisor(),
                    Map.of("report", "x")).andExpect(status().isForbidden());
            api.perform(post("/api/supervision/v1/letters/{id}/responses", id), gyAdmin(),
                            Map.of("report", "已整改", "at", "2025-11-28T09:00:00+08:00"))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RESPONDED"))
                    .andExpect(jsonPath("$.responses[0].late").value(false));
            api.perform(post("/api/supervision/v1/letters/{id}/verify", id), gyAdmin(), Map.of("ok", true))
                    .andExpect(status().isForbidden());
            api.perform(post("/api/supervision/v1/letters/{id}/verify", id), gySupervisor(),
                    Map.of("ok", true, "at", "2025-11-29T09:00:00+08:00")).andExpect(status().isOk());
            api.perform(post("/api/supervision/v1/letters/{id}/close", id), citySupervisor(), Map.of())
                    .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"));
        }
    }

    @Test
    void withoutAReportTheJobEscalatesAfterTheDueDate() throws Exception {
        try (KafkaProbe probe = new KafkaProbe(bootstrap, Topics.SUPERVISION_LETTERS)) {
            String id = issued("2025-11-03T09:00:00+08:00");
            api.perform(post("/api/supervision/v1/letters/jobs/overdue").param("asOf", "2025-12-03"),
                    citySupervisor(), null).andExpect(status().isOk());
            api.perform(get("/api/supervision/v1/letters/{id}", id), gyAdmin(), null)
                    .andExpect(jsonPath("$.status").value("ISSUED"));
            assertThat(api.read(api.perform(get("/api/supervision/v1/letters").param("overdueAsOf", "2025-12-04")
                    .param("size", "200"), gySupervisor(), null)).get("content").findValuesAsString("id")).contains(id);
            api.perform(post("/api/supervision/v1/letters/jobs/overdue").param("asOf", "2025-12-04"),
                    gySupervisor(), null).andExpect(status().isForbidden());
            api.perform(post("/api/supervision/v1/letters/jobs/overdue").param("asOf", "2025-12-04"),
                    citySupervisor(), null).andExpect(status().isOk());
            api.perform(get("/api/supervision/v1/letters/{id}", id), gyAdmin(), null)
                    .andExpect(jsonPath("$.status").value("ESCALATED"))
                    .andExpect(jsonPath("$.escalationMeasure").value("CIRCULATE"));
            assertThat(api.events(probe, SupervisionLetterEscalated.class, id, 1).get(0).get("escalatedOn").asString())
                    .isEqualTo("2025-12-04");
        }
    }

    @Test
    void lettersAreScopedAndValidatedAfterTheRoleCheck() throws Exception {
        api.perform(post("/api/supervision/v1/letters"), null, Map.of()).andExpect(status().isUnauthorized());
        api.perform(post("/api/supervision/v1/letters"), hzOfficer(), Map.of()).andExpect(status().isForbidden());
        api.perform(get("/api/supervision/v1/letters"), hotline(), null).andExpect(status().isForbidden());
        api.perform(post("/api/supervision/v1/letters"), citySupervisor(), Map.of("type", "SUPERVISION_LETTER"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
        api.perform(post("/api/supervision/v1/letters"), gySupervisor(), Map.of("type", "OPINION",
                        "targetAgencyCode", HZ_MARKET, "problems", List.of("x")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("TARGET_OUT_OF_SCOPE"));
        String id = issued("2025-11-03T09:00:00+08:00");
        api.perform(get("/api/supervision/v1/letters/{id}", id), hzSupervisor(), null).andExpect(status().isNotFound());
        api.perform(get("/api/supervision/v1/letters/{id}", id), hzOfficer(), null).andExpect(status().isNotFound());
        api.perform(get("/api/supervision/v1/letters/{id}", id), gySupervisor(), null).andExpect(status().isOk());
        api.perform(post("/api/supervision/v1/letters/{id}/issue", id), citySupervisor(), Map.of())
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("INVALID_TRANSITION"));
        api.perform(post("/api/supervision/v1/letters/{id}/acknowledge", id).header("If-Match", "\"0\""), gyAdmin(),
                Map.of()).andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("VERSION_CONFLICT"));
    }
}
