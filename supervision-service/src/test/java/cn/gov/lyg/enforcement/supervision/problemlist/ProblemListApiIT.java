package cn.gov.lyg.enforcement.supervision.problemlist;

import static cn.gov.lyg.enforcement.supervision.SupervisionApi.HZ_MARKET;
import static cn.gov.lyg.enforcement.supervision.SupervisionApi.gySupervisor;
import static cn.gov.lyg.enforcement.supervision.SupervisionApi.hotline;
import static cn.gov.lyg.enforcement.supervision.SupervisionApi.hzOfficer;
import static cn.gov.lyg.enforcement.supervision.SupervisionApi.hzSupervisor;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.lyg.enforcement.platform.security.Role;
import cn.gov.lyg.enforcement.platform.test.ServiceTest;
import cn.gov.lyg.enforcement.platform.test.TestTokens;
import cn.gov.lyg.enforcement.supervision.SupervisionApi;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** A county bureau sets an agency's problem list; the agency rectifies, the bureau verifies; progress as of a day. */
@ServiceTest
class ProblemListApiIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    SupervisionApi api;

    @BeforeEach
    void setUp() {
        api = new SupervisionApi(mvc, json);
    }

    static String hzAdmin() {
        return TestTokens.user("hz-admin").roles(Role.AGENCY_ADMIN).agency(HZ_MARKET).region("320706").bearer();
    }

    @Test
    void problemsAreRectifiedAndVerifiedWithinScope() throws Exception {
        api.perform(post("/api/supervision/v1/problem-lists"), hzOfficer(), Map.of()).andExpect(status().isForbidden());
        api.perform(post("/api/supervision/v1/problem-lists"), hotline(), Map.of()).andExpect(status().isForbidden());
        api.perform(post("/api/supervision/v1/problem-lists"), null, Map.of()).andExpect(status().isUnauthorized());
        api.perform(post("/api/supervision/v1/problem-lists"), hzSupervisor(), Map.of("title", "x"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
        Map<String, Object> body = Map.of("title", "2026 年突出问题清单", "campaign", "涉企行政检查专项整治", "year", 2026,
                "agencyCode", HZ_MARKET, "items", List.of(
                        Map.of("description", "重复检查", "dueOn", "2027-03-31"),
                        Map.of("description", "未亮证", "dueOn", "2027-01-31")));
        api.perform(post("/api/supervision/v1/problem-lists"), gySupervisor(), body)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("TARGET_OUT_OF_SCOPE"));
        String id = api.read(api.perform(post("/api/supervision/v1/problem-lists"), hzSupervisor(), body)
                .andExpect(status().isCreated()).andExpect(jsonPath("$.progress.open").value(2))).get("id").asString();
        api.perform(get("/api/supervision/v1/problem-lists/{id}", id), gySupervisor(), null)
                .andExpect(status().isNotFound());
        api.perform(get("/api/supervision/v1/problem-lists/{id}", id).param("asOf", "2027-02-01"), hzOfficer(), null)
                .andExpect(status().isOk()).andExpect(jsonPath("$.progress.overdue").value(1));
        api.perform(post("/api/supervision/v1/problem-lists/{id}/items/2/rectification", id), hzOfficer(),
                Map.of("report", "x")).andExpect(status().isForbidden());
        api.perform(post("/api/supervision/v1/problem-lists/{id}/items/2/rectification", id), hzAdmin(),
                Map.of("report", "已全员亮证")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[1].status").value("RECTIFIED"))
                .andExpect(jsonPath("$.items[1].late").value(false));
        api.perform(post("/api/supervision/v1/problem-lists/{id}/items/9/rectification", id), hzAdmin(),
                Map.of("report", "x")).andExpect(status().isNotFound());
        api.perform(post("/api/supervision/v1/problem-lists/{id}/items/2/verify", id), hzSupervisor(),
                Map.of("ok", true)).andExpect(status().isOk())
                .andExpect(jsonPath("$.progress.verified").value(1)).andExpect(jsonPath("$.closed").value(false));
        api.perform(post("/api/supervision/v1/problem-lists/{id}/items/2/verify", id), hzSupervisor(),
                Map.of("ok", true)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("INVALID_TRANSITION"));
    }
}
