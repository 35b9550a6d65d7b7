package cn.gov.lyg.enforcement.supervision.workplan;

import static cn.gov.lyg.enforcement.supervision.SupervisionApi.citySupervisor;
import static cn.gov.lyg.enforcement.supervision.SupervisionApi.dhOfficer;
import static cn.gov.lyg.enforcement.supervision.SupervisionApi.hzOfficer;
import static cn.gov.lyg.enforcement.supervision.SupervisionApi.hzSupervisor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.lyg.enforcement.platform.test.ServiceTest;
import cn.gov.lyg.enforcement.supervision.SupervisionApi;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** The annual supervision work plan through the API: one per bureau and year, approval by the city, publication. */
@ServiceTest
class WorkPlanApiIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    SupervisionApi api;

    @BeforeEach
    void setUp() {
        api = new SupervisionApi(mvc, json);
    }

    static Map<String, Object> plan(int year, String due) {
        return Map.of("year", year, "content", Map.of("title", year + " 年度行政执法监督工作计划", "items", List.of(
                Map.of("category", "CASE_FILE_REVIEW", "title", "行政处罚案卷评查", "dueOn", due, "lead", "执法监督科"),
                Map.of("category", "TRAINING", "title", "执法人员培训", "dueOn", year + "-11-30"))));
    }

    @Test
    void aCountyPlanIsApprovedByTheCityPublishedToItsAgenciesAndFollowedUp() throws Exception {
        api.perform(post("/api/supervision/v1/work-plans"), null, plan(2025, "2025-06-30"))
                .andExpect(status().isUnauthorized());
        api.perform(post("/api/supervision/v1/work-plans"), hzOfficer(), Map.of()).andExpect(status().isForbidden());
        api.perform(post("/api/supervision/v1/work-plans"), hzSupervisor(), plan(2025, "2026-01-10"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("WORK_PLAN_ITEM_OUTSIDE_YEAR"));
        String id = api.read(api.perform(post("/api/supervision/v1/work-plans"), hzSupervisor(),
                plan(2025, "2025-06-30")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))).get("id").asString();
        api.perform(post("/api/supervision/v1/work-plans"), hzSupervisor(), plan(2025, "2025-06-30"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("WORK_PLAN_EXISTS"));
        api.perform(get("/api/supervision/v1/work-plans/{id}", id), hzOfficer(), null).andExpect(status().isNotFound());
        api.perform(post("/api/supervision/v1/work-plans/{id}/submit", id), citySupervisor(), Map.of())
                .andExpect(status().isForbidden());
        api.perform(post("/api/supervision/v1/work-plans/{id}/submit", id).header("If-Match", "\"0\""),
                hzSupervisor(), Map.of("at", "2025-01-06T09:00:00+08:00")).andExpect(status().isOk());
        api.perform(post("/api/supervision/v1/work-plans/{id}/decision", id), hzSupervisor(), Map.of("approved", true))
                .andExpect(status().isForbidden());
        api.perform(post("/api/supervision/v1/work-plans/{id}/decision", id), citySupervisor(),
                Map.of("approved", true, "at", "2025-01-07T09:00:00+08:00")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"));
        api.perform(post("/api/supervision/v1/work-plans/{id}/publish", id), hzSupervisor(),
                Map.of("at", "2025-01-08T09:00:00+08:00")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PUBLISHED"));
        api.perform(get("/api/supervision/v1/work-plans/{id}", id).param("asOf", "2025-07-01"), hzOfficer(), null)
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[0].overdue").value(true))
                .andExpect(jsonPath("$.items[1].overdue").value(false));
        api.perform(get("/api/supervision/v1/work-plans/{id}", id), dhOfficer(), null).andExpect(status().isNotFound());
        assertThat(api.read(api.perform(get("/api/supervision/v1/work-plans").param("year", "2025"), dhOfficer(), null))
                .get("content").findValuesAsString("id")).doesNotContain(id);
        api.perform(post("/api/supervision/v1/work-plans/{id}/items/1/progress", id), hzSupervisor(),
                        Map.of("done", true, "note", "已完成 30 卷", "at", "2025-06-20T09:00:00+08:00"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[0].done").value(true))
                .andExpect(jsonPath("$.items[0].doneOn").value("2025-06-20"));
        api.perform(post("/api/supervision/v1/work-plans/{id}/items/9/progress", id), hzSupervisor(),
                Map.of("done", true)).andExpect(status().isNotFound());
    }
}
