package cn.gov.lyg.enforcement.inspection.plan;

import static cn.gov.lyg.enforcement.inspection.InspectionApi.citySupervisor;
import static cn.gov.lyg.enforcement.inspection.InspectionApi.dhAdmin;
import static cn.gov.lyg.enforcement.inspection.InspectionApi.hzAdmin;
import static cn.gov.lyg.enforcement.inspection.InspectionApi.hzOfficer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.lyg.enforcement.events.Topics;
import cn.gov.lyg.enforcement.events.inspection.InspectionPlanPublished;
import cn.gov.lyg.enforcement.inspection.InspectionApi;
import cn.gov.lyg.enforcement.platform.identifier.UnifiedSocialCreditCode;
import cn.gov.lyg.enforcement.platform.security.Role;
import cn.gov.lyg.enforcement.platform.test.KafkaProbe;
import cn.gov.lyg.enforcement.platform.test.ServiceTest;
import cn.gov.lyg.enforcement.platform.test.TestTokens;
import java.time.LocalDate;
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

/** AS-16 and AS-17 over HTTP: draft, submit, filing by the county bureau, publication, LATE, I4 for inspections. */
@ServiceTest
class PlanApiIT {

    private static final String PATH = "/api/inspections/v1/plans";
    private static final int NEXT = LocalDate.now().getYear() + 1;

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    org.springframework.data.mongodb.core.MongoTemplate mongo;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;
    InspectionApi api;

    @BeforeEach
    void setUp() {
        api = new InspectionApi(mvc, json);
    }

    private static String hzBureau() {
        return TestTokens.user("hz-supervisor").roles(Role.SUPERVISOR_COUNTY).agency("11320706300200012H")
                .region("320706").bearer();
    }

    private static Map<String, Object> task(String kind, int year, String approvalDoc) {
        Map<String, Object> t = new HashMap<>();
        t.put("taskName", kind.equals("SPECIAL") ? "食品安全专项检查" : "食品经营日常检查");
        t.put("kind", kind);
        t.put("itemIds", List.of("3207-MKT-INS-0001"));
        t.put("regionCodes", List.of("320706"));
        t.put("startDate", year + "-04-01");
        t.put("endDate", year + "-11-30");
        t.put("frequencyCapPerObject", 2);
        if (approvalDoc != null) {
            t.put("approvingAuthority", "海州区人民政府");
            t.put("approvalDocNo", approvalDoc);
        }
        return t;
    }

    @Test
    void aPlanIsFiledWithTheCountyBureauAndPublishedSpecialTasksNeedApproval() throws Exception {
        KafkaProbe probe = new KafkaProbe(bootstrap, Topics.INSPECTION_PLANS);
        String id = api.read(api.perform(post(PATH), hzAdmin(), Map.of("year", NEXT,
                        "tasks", List.of(task("ROUTINE", NEXT, null), task("SPECIAL", NEXT, null))))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("DRAFT"))).get("id").asString();
        api.perform(post(PATH), hzAdmin(), Map.of("year", NEXT, "tasks", List.of(task("ROUTINE", NEXT, null))))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("PLAN_EXISTS"));
        // AS-16: not published by 31 March → LATE as of 1 April
        api.perform(get(PATH + "/{id}", id).param("asOf", NEXT + "-03-31"), hzOfficer(), null)
                .andExpect(jsonPath("$.late").value(false));
        api.perform(get(PATH + "/{id}", id).param("asOf", NEXT + "-04-01"), hzBureau(), null)
                .andExpect(jsonPath("$.late").value(true));
        api.perform(post(PATH + "/{id}/publish", id), hzAdmin(), null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("SPECIAL_INSPECTION_NOT_APPROVED"));
        api.perform(post(PATH + "/{id}/submit", id), hzAdmin(), null).andExpect(status().isOk());
        api.perform(post(PATH + "/{id}/file", id), citySupervisor(), null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("FILING_BUREAU_MISMATCH"));
        api.perform(post(PATH + "/{id}/file", id), hzAdmin(), null).andExpect(status().isForbidden());
        api.perform(post(PATH + "/{id}/file", id), hzBureau(), null).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("FILED"));
        api.perform(post(PATH + "/{id}/publish", id), hzAdmin(), null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("SPECIAL_INSPECTION_NOT_APPROVED"));

        // with the approval document: revised, filed again, published on time
        api.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(PATH + "/{id}", id),
                hzAdmin(), Map.of("tasks", List.of(task("ROUTINE", NEXT, null), task("SPECIAL", NEXT,
                        "海政复〔" + NEXT + "〕3号")))).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DRAFT"));
        api.perform(post(PATH + "/{id}/publish", id), hzAdmin(), null).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("PLAN_NOT_FILED"));
        api.perform(post(PATH + "/{id}/submit", id), hzAdmin(), null).andExpect(status().isOk());
        api.perform(post(PATH + "/{id}/file", id), hzBureau(), null).andExpect(status().isOk());
        api.perform(post(PATH + "/{id}/publish", id), hzAdmin(), null).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PUBLISHED")).andExpect(jsonPath("$.late").value(false));
        JsonNode event = api.events(probe, InspectionPlanPublished.class, id, 1).get(0);
        probe.close();
        assertThat(event.get("filedWith").asString()).isEqualTo("11320706300200012H");
        assertThat(event.get("late").asBoolean()).isFalse();

        api.perform(get(PATH + "/{id}", id), dhAdmin(), null).andExpect(status().isNotFound());
        api.perform(get(PATH + "/{id}", id), null, null).andExpect(status().isUnauthorized());
    }

    @Test
    void routineInspectionsNeedAPublishedPlanTask() throws Exception {
        String body = String.format("91320706MA%07d", 9_700_000 + (int) (Math.random() * 99_999));
        String uscc = body + UnifiedSocialCreditCode.checkDigit(body);
        api.perform(post("/api/inspections/v1/entities"), hzAdmin(), Map.of("uscc", uscc, "name", "日常检查对象",
                "entityType", "ENTERPRISE", "regionCode", "320706")).andExpect(status().isCreated());
        Map<String, Object> inspection = Map.of("kind", "ROUTINE", "uscc", uscc, "itemIds",
                List.of("3207-MKT-INS-0001"), "itemDomains", List.of("MARKET"), "plannedDate", (NEXT + 1) + "-05-06");
        api.perform(post("/api/inspections/v1/inspections"), hzAdmin(), inspection).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("PLAN_NOT_PUBLISHED"));
        String id = api.read(api.perform(post(PATH), hzAdmin(), Map.of("year", NEXT + 1,
                "tasks", List.of(task("ROUTINE", NEXT + 1, null)))).andExpect(status().isCreated())).get("id").asString();
        api.perform(post(PATH + "/{id}/submit", id), hzAdmin(), null).andExpect(status().isOk());
        api.perform(post(PATH + "/{id}/file", id), hzBureau(), null).andExpect(status().isOk());
        api.perform(post(PATH + "/{id}/publish", id), hzAdmin(), null).andExpect(status().isOk());
        api.perform(post("/api/inspections/v1/inspections"), hzAdmin(), inspection).andExpect(status().isCreated());
        // the routine inspection counts toward the entity's annual cap for the agency (population exclusion)
        org.bson.Document stored = mongo.findById(uscc, org.bson.Document.class, "inspected_entities");
        assertThat(stored.get("inspectionCounts", org.bson.Document.class).getInteger("11320706300200020C:"
                + (NEXT + 1))).isEqualTo(1);
    }
}
