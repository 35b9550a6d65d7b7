package cn.gov.lyg.enforcement.inspection.guidance;

import static cn.gov.lyg.enforcement.inspection.InspectionApi.citySupervisor;
import static cn.gov.lyg.enforcement.inspection.InspectionApi.dhAdmin;
import static cn.gov.lyg.enforcement.inspection.InspectionApi.hzAdmin;
import static cn.gov.lyg.enforcement.inspection.InspectionApi.hzOfficer;
import static cn.gov.lyg.enforcement.inspection.InspectionApi.province;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.lyg.enforcement.events.Topics;
import cn.gov.lyg.enforcement.events.inspection.ComplianceGuidanceRecorded;
import cn.gov.lyg.enforcement.inspection.InspectionApi;
import cn.gov.lyg.enforcement.platform.identifier.UnifiedSocialCreditCode;
import cn.gov.lyg.enforcement.platform.test.KafkaProbe;
import cn.gov.lyg.enforcement.platform.test.ServiceTest;
import java.time.LocalDate;
import java.time.ZoneOffset;
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

/** Compliance guidance through the API: checklist template, working-day rectifications, follow-ups, events. */
@ServiceTest
class GuidanceApiIT {

    private static final String PATH = "/api/inspections/v1/compliance-guidance";
    private static final AtomicInteger SEQ = new AtomicInteger();

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

    private String entity() throws Exception {
        String body = String.format("91320706MA%07d", 7_600_000 + SEQ.incrementAndGet() * 43 + (int) (Math.random() * 40));
        String code = body + UnifiedSocialCreditCode.checkDigit(body);
        api.perform(post("/api/inspections/v1/entities"), hzAdmin(), Map.of("uscc", code, "name", "海州合规指导对象",
                "entityType", "ENTERPRISE", "regionCode", "320706")).andExpect(status().isCreated());
        return code;
    }

    private static Map<String, Object> guidance(String uscc, String on, int days) {
        Map<String, Object> b = new HashMap<>();
        b.put("uscc", uscc);
        b.put("stage", "PRE");
        b.put("guidedOn", on);
        b.put("topics", List.of("食品安全主体责任"));
        b.put("templateCode", "MKT-FOOD");
        b.put("checklist", List.of(Map.of("code", "MKT-FOOD-2", "status", "NON_COMPLIANT", "note", "2 人健康证过期"),
                Map.of("code", "MKT-FOOD-1", "status", "COMPLIANT")));
        b.put("rectifications", List.of(Map.of("pointCode", "MKT-FOOD-2", "requirement", "补办健康证明",
                "workingDays", days)));
        return b;
    }

    @Test
    void guidanceCountsWorkingDaysFollowsUpAndIsReported() throws Exception {
        String uscc = entity();
        try (KafkaProbe probe = new KafkaProbe(bootstrap, Topics.INSPECTION_GUIDANCE)) {
            JsonNode g = api.read(api.perform(post(PATH), hzOfficer(), guidance(uscc, "2025-09-26", 5))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.status").value("RECTIFYING"))
                    .andExpect(jsonPath("$.checklist.length()").value(5))
                    .andExpect(jsonPath("$.checklist[1].status").value("NON_COMPLIANT"))
                    .andExpect(jsonPath("$.checklist[2].status").value("PENDING"))
                    // 28 Sep is a make-up working day, 1–8 Oct holidays
                    .andExpect(jsonPath("$.rectifications[0].dueDate").value("2025-10-10"))
                    .andExpect(jsonPath("$.rectifications[0].provisional").value(false)));
            String id = g.get("id").asString();
            api.perform(get(PATH + "?overdueAsOf=2025-10-13&uscc=" + uscc), hzOfficer(), null)
                    .andExpect(jsonPath("$.totalElements").value(1))
                    .andExpect(jsonPath("$.content[0].overdueRectifications[0]").value("R1"));
            api.perform(get(PATH + "?overdueAsOf=2025-10-10&uscc=" + uscc), hzOfficer(), null)
                    .andExpect(jsonPath("$.totalElements").value(0));
            api.perform(post(PATH + "/" + id + "/follow-ups"), hzOfficer(), Map.of("rectificationCode", "R1",
                    "date", "2025-10-13", "outcome", "RECTIFIED")).andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("CLOSED"))
                    .andExpect(jsonPath("$.followUps[0].late").value(true));
            List<JsonNode> events = api.events(probe, ComplianceGuidanceRecorded.class, id, 2);
            assertThat(events).extracting(e -> e.get("status").asString()).containsExactly("RECTIFYING", "CLOSED");
            assertThat(events.get(0).get("rectificationDue").asString()).isEqualTo("2025-10-10");
        }
    }

    @Test
    void aDeadlineReachingAnUnloadedYearIsProvisionalNotAnError() throws Exception {
        String uscc = entity();
        String today = LocalDate.now(ZoneOffset.ofHours(8)).toString();
        JsonNode g = api.read(api.perform(post(PATH), hzOfficer(), guidance(uscc, today, 60))
                .andExpect(status().isCreated()));
        LocalDate due = LocalDate.parse(g.get("rectifications").get(0).get("dueDate").asString());
        assertThat(g.get("rectifications").get(0).get("provisional").asBoolean())
                .isEqualTo(due.getYear() > 2026);
    }

    @Test
    void badInputAndScope() throws Exception {
        String uscc = entity();
        Map<String, Object> during = guidance(uscc, "2025-09-26", 5);
        during.put("stage", "DURING");
        api.perform(post(PATH), hzOfficer(), during).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("GUIDANCE_INSPECTION_REQUIRED"));
        Map<String, Object> uncovered = guidance(uscc, "2025-09-26", 5);
        uncovered.put("rectifications", List.of());
        api.perform(post(PATH), hzOfficer(), uncovered).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("RECTIFICATION_REQUIRED"));
        api.perform(post(PATH), hzOfficer(), guidance(uscc, "2025-09-26", 61)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("RECTIFICATION_DAYS_INVALID"));
        Map<String, Object> template = guidance(uscc, "2025-09-26", 5);
        template.put("templateCode", "NOPE");
        api.perform(post(PATH), hzOfficer(), template).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("CHECKLIST_TEMPLATE_UNKNOWN"));
        api.perform(post(PATH), null, guidance(uscc, "2025-09-26", 5)).andExpect(status().isUnauthorized());
        api.perform(post(PATH), citySupervisor(), guidance(uscc, "2025-09-26", 5)).andExpect(status().isForbidden());
        String id = api.read(api.perform(post(PATH), hzOfficer(), guidance(uscc, "2025-09-26", 5))
                .andExpect(status().isCreated())).get("id").asString();
        api.perform(get(PATH + "/" + id), dhAdmin(), null).andExpect(status().isNotFound());
        api.perform(get(PATH + "/" + id), province(), null).andExpect(status().isForbidden());
        api.perform(get(PATH + "/" + id), citySupervisor(), null).andExpect(status().isOk());
        api.perform(post(PATH + "/" + id + "/follow-ups"), hzOfficer(), Map.of("rectificationCode", "R9",
                "date", "2025-10-13", "outcome", "RECTIFIED")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("RECTIFICATION_UNKNOWN"));
        api.perform(get("/api/inspections/v1/compliance-checklists"), hzOfficer(), null).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].code").value("MKT-FOOD"));
    }
}
