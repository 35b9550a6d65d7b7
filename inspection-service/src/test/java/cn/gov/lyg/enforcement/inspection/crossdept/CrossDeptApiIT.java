package cn.gov.lyg.enforcement.inspection.crossdept;

import static cn.gov.lyg.enforcement.inspection.InspectionApi.DH_MARKET;
import static cn.gov.lyg.enforcement.inspection.InspectionApi.HZ_MARKET;
import static cn.gov.lyg.enforcement.inspection.InspectionApi.HZ_URBAN;
import static cn.gov.lyg.enforcement.inspection.InspectionApi.citySupervisor;
import static cn.gov.lyg.enforcement.inspection.InspectionApi.hzAdmin;
import static cn.gov.lyg.enforcement.inspection.InspectionApi.hzOfficer;
import static cn.gov.lyg.enforcement.inspection.InspectionApi.hzUrbanAdmin;
import static cn.gov.lyg.enforcement.inspection.InspectionApi.province;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.lyg.enforcement.inspection.InspectionApi;
import cn.gov.lyg.enforcement.inspection.item.ItemFixtures;
import cn.gov.lyg.enforcement.inspection.item.ItemService;
import cn.gov.lyg.enforcement.platform.test.ServiceTest;
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

/** The cross-department item list and the participants of its joint spot checks. */
@ServiceTest
class CrossDeptApiIT {

    private static final String PATH = "/api/inspections/v1/cross-department-items";

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    ItemService items;
    InspectionApi api;

    @BeforeEach
    void setUp() {
        api = new InspectionApi(mvc, json);
        ItemFixtures.publishInspectionItem(items, "item-coord-0041", "3207-MKT-INS-0041",
                List.of(HZ_MARKET, HZ_URBAN, DH_MARKET));
    }

    private static Map<String, Object> item(String code, String lead, List<String> participants) {
        Map<String, Object> b = new HashMap<>();
        b.put("code", code);
        b.put("name", "预付式消费跨部门综合监管");
        b.put("leadAgencyCode", lead);
        b.put("participatingAgencyCodes", participants);
        b.put("regulatoryBasis", List.of("国办发〔2023〕1号"));
        b.put("measures", List.of("JOINT_SPOT_CHECK", "INFO_SHARING"));
        return b;
    }

    @Test
    void theListIsKeptByTheLeadOrTheCityBureauAndReadByAll() throws Exception {
        String code = "CDI-" + UUID.randomUUID().toString().substring(0, 6);
        JsonNode created = api.read(api.perform(post(PATH), citySupervisor(), item(code, HZ_MARKET, List.of(HZ_URBAN)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.leadAgencyCode").value(HZ_MARKET)));
        String id = created.get("id").asString();
        api.perform(post(PATH), citySupervisor(), item(code, HZ_MARKET, List.of(HZ_URBAN)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("CROSS_DEPT_ITEM_EXISTS"));
        api.perform(post(PATH), hzOfficer(), item("X", HZ_MARKET, List.of(HZ_URBAN))).andExpect(status().isForbidden());
        api.perform(post(PATH), null, item("X", HZ_MARKET, List.of(HZ_URBAN))).andExpect(status().isUnauthorized());
        api.perform(post(PATH), citySupervisor(), item("Y", HZ_MARKET, List.of(HZ_MARKET)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("CROSS_DEPT_ITEM_NEEDS_AGENCIES"));
        // an agency admin leads what it creates, whatever the body says
        api.perform(post(PATH), hzUrbanAdmin(), item("CDI-U-" + UUID.randomUUID().toString().substring(0, 4),
                HZ_MARKET, List.of(HZ_MARKET))).andExpect(status().isCreated())
                .andExpect(jsonPath("$.leadAgencyCode").value(HZ_URBAN));
        api.perform(put(PATH + "/" + id), hzUrbanAdmin(), item(code, HZ_MARKET, List.of(HZ_URBAN)))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("NOT_CROSS_DEPT_LEAD"));
        api.perform(put(PATH + "/" + id).header("If-Match", "\"9\""), hzAdmin(),
                item(code, HZ_MARKET, List.of(HZ_URBAN))).andExpect(status().isConflict());
        api.perform(put(PATH + "/" + id), hzAdmin(), item(code, HZ_MARKET, List.of(HZ_URBAN, DH_MARKET)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.participatingAgencyCodes.length()").value(2));
        api.perform(get(PATH + "/" + id), hzOfficer(), null).andExpect(status().isOk());
        api.perform(get(PATH + "/" + id), province(), null).andExpect(status().isForbidden());
        api.perform(get(PATH + "?agencyCode=" + DH_MARKET + "&size=200"), hzOfficer(), null)
                .andExpect(status().isOk()).andExpect(jsonPath("$.content[*].id",
                        org.hamcrest.Matchers.hasItem(id)));
    }

    @Test
    void aJointSpotCheckNeedsTheItemsLeadAndParticipants() throws Exception {
        String code = "CDI-" + UUID.randomUUID().toString().substring(0, 6);
        String id = api.read(api.perform(post(PATH), citySupervisor(), item(code, HZ_MARKET, List.of(HZ_URBAN)))
                .andExpect(status().isCreated())).get("id").asString();
        Map<String, Object> task = new HashMap<>();
        task.put("name", "预付式消费部门联合抽查");
        task.put("itemIds", List.of("3207-MKT-INS-0041"));
        task.put("itemDomains", List.of("MARKET"));
        task.put("regionCodes", List.of("320706"));
        task.put("baseRatio", "0.25");
        task.put("crossDeptItemId", id);
        task.put("participatingAgencyCodes", List.of(DH_MARKET));
        api.perform(post("/api/inspections/v1/spot-checks"), hzAdmin(), task).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("JOINT_SPOT_CHECK_NOT_PARTICIPANT"));
        task.put("participatingAgencyCodes", List.of(HZ_URBAN));
        api.perform(post("/api/inspections/v1/spot-checks"), hzUrbanAdmin(), task).andExpect(status().isBadRequest());
        api.perform(post("/api/inspections/v1/spot-checks"), hzAdmin(), task).andExpect(status().isCreated());
        task.put("crossDeptItemId", "no-such-item");
        api.perform(post("/api/inspections/v1/spot-checks"), hzAdmin(), task).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("CROSS_DEPT_ITEM_UNKNOWN"));
    }
}
