package cn.gov.lyg.enforcement.supervision.supervisor;

import static cn.gov.lyg.enforcement.supervision.SupervisionApi.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.lyg.enforcement.platform.security.Role;
import cn.gov.lyg.enforcement.platform.test.ServiceTest;
import cn.gov.lyg.enforcement.platform.test.TestTokens;
import cn.gov.lyg.enforcement.supervision.SupervisionApi;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Special supervisors through the API: registration (ID number masked), appointment after the eligibility check,
 * assignment of a case, and the supervisor's read-only view of exactly the assigned case (AS-42: nothing else).
 */
@ServiceTest
class SupervisorApiIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    SupervisionApi api;

    @BeforeEach
    void setUp() {
        api = new SupervisionApi(mvc, json);
    }

    static String special(String username) {
        return TestTokens.user(username).roles(Role.SPECIAL_SUPERVISOR).agency(HZ_JUSTICE).region("320706").bearer();
    }

    String reportCase() throws Exception {
        String caseNo = "SS-" + UUID.randomUUID().toString().substring(0, 8);
        return api.read(api.perform(post("/api/supervision/v1/cases/milestones"), govSystems(), Map.of(
                "agencyCode", HZ_MARKET, "caseNo", caseNo, "caseType", "PENALTY", "milestone", "FILED",
                "occurredOn", "2025-05-06")).andExpect(status().isCreated())).get("id").asString();
    }

    Map<String, Object> candidate(String username, String idCard) {
        Map<String, Object> body = new HashMap<>(Map.of("name", "周建国", "idCardNo", idCard, "sector", "LAWYER",
                "username", username, "criminalRecord", false, "administrativePenalty", false,
                "disciplinarySanction", false, "seriousDishonesty", false, "stateOrganStaff", false));
        body.put("conflicts", List.of(DH_MARKET));
        return body;
    }

    @Test
    void anAppointedSupervisorReadsOnlyTheAssignedCase() throws Exception {
        String username = "s02-" + UUID.randomUUID().toString().substring(0, 6);
        JsonNode s = api.read(api.perform(post("/api/supervision/v1/special-supervisors"), hzSupervisor(),
                candidate(username, "32070619800512123X")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.idCardNo").value("320706********123X"))
                .andExpect(jsonPath("$.status").value("CANDIDATE")));
        String id = s.get("id").asString();
        api.perform(post("/api/supervision/v1/special-supervisors"), hzSupervisor(),
                candidate(username, "32070619800512123X")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("SUPERVISOR_DUPLICATE"));
        api.perform(post("/api/supervision/v1/special-supervisors/{id}/appoint", id), hzSupervisor(),
                        Map.of("on", "2025-01-01")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPOINTED")).andExpect(jsonPath("$.termTo").value("2029-12-31"));
        String assigned = reportCase();
        String other = reportCase();
        api.perform(post("/api/supervision/v1/special-supervisors/{id}/assignments", id), hzSupervisor(),
                Map.of("kind", "CASE", "ref", assigned, "from", "2025-06-01")).andExpect(status().isOk());
        api.perform(post("/api/supervision/v1/special-supervisors/{id}/assignments", id), hzSupervisor(),
                        Map.of("kind", "CASE", "ref", "nope:1")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("ASSIGNMENT_MATERIAL_UNKNOWN"));

        api.perform(get("/api/supervision/v1/special-supervisors/me"), special(username), null)
                .andExpect(status().isOk()).andExpect(jsonPath("$.assignments.length()").value(1));
        api.perform(get("/api/supervision/v1/special-supervisors/me/cases/{c}", assigned), special(username), null)
                .andExpect(status().isOk()).andExpect(jsonPath("$.agencyCode").value(HZ_MARKET))
                .andExpect(jsonPath("$.milestones[0].type").value("FILED"));
        api.perform(get("/api/supervision/v1/special-supervisors/me/cases/{c}", other), special(username), null)
                .andExpect(status().isNotFound());
        api.perform(get("/api/supervision/v1/special-supervisors/me/cases/{c}", assigned), special("someone-else"),
                null).andExpect(status().isNotFound());
        // read-only: nothing else of the service is open to the role
        api.perform(get("/api/supervision/v1/cases/{c}", assigned), special(username), null)
                .andExpect(status().isForbidden());
        api.perform(get("/api/supervision/v1/special-supervisors"), special(username), null)
                .andExpect(status().isForbidden());
        api.perform(post("/api/supervision/v1/cases/milestones"), special(username), Map.of())
                .andExpect(status().isForbidden());
        api.perform(get("/api/supervision/v1/special-supervisors/{id}", id), gySupervisor(), null)
                .andExpect(status().isNotFound());
    }

    @Test
    void eligibilityAndRoles() throws Exception {
        String id = api.read(api.perform(post("/api/supervision/v1/special-supervisors"), hzSupervisor(),
                candidate("s03-" + UUID.randomUUID().toString().substring(0, 6), "320706196201011231"))
                .andExpect(status().isCreated())).get("id").asString();
        api.perform(post("/api/supervision/v1/special-supervisors/{id}/appoint", id), hzSupervisor(),
                        Map.of("on", "2025-01-01")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("SUPERVISOR_AGE"));
        api.perform(post("/api/supervision/v1/special-supervisors"), hzSupervisor(),
                        candidate("s04", "320706198005121230")).andExpect(status().isBadRequest());
        api.perform(post("/api/supervision/v1/special-supervisors"), null, Map.of())
                .andExpect(status().isUnauthorized());
        api.perform(post("/api/supervision/v1/special-supervisors"), hzOfficer(), Map.of())
                .andExpect(status().isForbidden());
        api.perform(get("/api/supervision/v1/special-supervisors/me"), hzSupervisor(), null)
                .andExpect(status().isForbidden());
        assertThat(api.read(api.perform(get("/api/supervision/v1/special-supervisors").param("size", "200"),
                gySupervisor(), null).andExpect(status().isOk())).get("content").findValuesAsString("id"))
                .doesNotContain(id);
    }
}
