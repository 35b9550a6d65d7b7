package cn.gov.lyg.enforcement.inspection.joint;

import static cn.gov.lyg.enforcement.inspection.InspectionApi.DH_MARKET;
import static cn.gov.lyg.enforcement.inspection.InspectionApi.HZ_MARKET;
import static cn.gov.lyg.enforcement.inspection.InspectionApi.HZ_URBAN;
import static cn.gov.lyg.enforcement.inspection.InspectionApi.citySupervisor;
import static cn.gov.lyg.enforcement.inspection.InspectionApi.dhAdmin;
import static cn.gov.lyg.enforcement.inspection.InspectionApi.hzAdmin;
import static cn.gov.lyg.enforcement.inspection.InspectionApi.hzOfficer;
import static cn.gov.lyg.enforcement.inspection.InspectionApi.hzUrbanAdmin;
import static cn.gov.lyg.enforcement.inspection.InspectionApi.province;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.lyg.enforcement.events.EventSchemas;
import cn.gov.lyg.enforcement.events.Topics;
import cn.gov.lyg.enforcement.events.inspection.FrequencyWarningRaised;
import cn.gov.lyg.enforcement.events.inspection.JointInspectionCreated;
import cn.gov.lyg.enforcement.events.inspection.RepeatedInspectionDetected;
import cn.gov.lyg.enforcement.inspection.InspectionApi;
import cn.gov.lyg.enforcement.inspection.item.ItemFixtures;
import cn.gov.lyg.enforcement.inspection.item.ItemService;
import cn.gov.lyg.enforcement.platform.identifier.UnifiedSocialCreditCode;
import cn.gov.lyg.enforcement.platform.test.KafkaProbe;
import cn.gov.lyg.enforcement.platform.test.ServiceTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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

/**
 * 综合查一次 through the API: the same agency merges, the annual cap, the warning of triggered inspections, a second
 * agency's inspection → RepeatedInspectionDetected and a merge proposal, participants-only visibility, agreement,
 * the lead's visit day and the report gate; events checked against their schemas on the embedded broker.
 */
@ServiceTest
class JointInspectionApiIT {

    private static final String INSPECTIONS = "/api/inspections/v1/inspections";
    private static final String JOINTS = "/api/inspections/v1/joint-inspections";
    private static final String ITEM = "3207-MKT-INS-0041";
    private static final String ITEM_2 = "3207-MKT-INS-0042";
    private static final int YEAR = LocalDate.now(ZoneOffset.ofHours(8)).getYear() + 1;
    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    ItemService items;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;
    InspectionApi api;

    @BeforeEach
    void setUp() {
        api = new InspectionApi(mvc, json);
        List<String> agencies = List.of(HZ_MARKET, HZ_URBAN, DH_MARKET);
        ItemFixtures.publishInspectionItem(items, "item-coord-0041", ITEM, agencies);
        ItemFixtures.publishInspectionItem(items, "item-coord-0042", ITEM_2, agencies);
    }

    private String entity(String industry) throws Exception {
        String body = String.format("91320706MA%07d", 7_100_000 + SEQ.incrementAndGet() * 41 + (int) (Math.random() * 40));
        String code = body + UnifiedSocialCreditCode.checkDigit(body);
        Map<String, Object> b = new HashMap<>();
        b.put("uscc", code);
        b.put("name", "海州协同检查对象");
        b.put("entityType", "ENTERPRISE");
        b.put("regionCode", "320706");
        if (industry != null) {
            b.put("industryCode", industry);
        }
        api.perform(post("/api/inspections/v1/entities"), hzAdmin(), b).andExpect(status().isCreated());
        return code;
    }

    private Map<String, Object> inspection(String uscc, String kind, LocalDate day, String item) {
        Map<String, Object> r = new HashMap<>();
        r.put("kind", kind);
        r.put("uscc", uscc);
        r.put("itemIds", List.of(item));
        r.put("itemDomains", List.of("MARKET"));
        r.put("plannedDate", day.toString());
        if (kind.equals("DUAL_RANDOM")) {
            r.put("spotCheckTaskId", "SC-320706-" + YEAR + "-0001");
        } else if (kind.equals("CASE_TRIGGERED")) {
            r.put("triggerRef", "12345-" + YEAR + "-000777");
        }
        return r;
    }

    private JsonNode plan(String token, Map<String, Object> body) throws Exception {
        return api.read(api.perform(post(INSPECTIONS), token, body).andExpect(status().isCreated()));
    }

    private List<JsonNode> coordination(KafkaProbe probe, Class<?> type, String uscc, int count) {
        String ceType = cn.gov.lyg.enforcement.events.EventContracts.of(
                type.asSubclass(cn.gov.lyg.enforcement.events.DomainEvent.class)).type();
        return probe.await(r -> r.headers().lastHeader("ce_type") != null && ceType.equals(new String(
                        r.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))
                        && new String(r.value(), StandardCharsets.UTF_8).contains(uscc), count, Duration.ofSeconds(15))
                .stream().map(r -> {
                    JsonNode data = json.readTree(new String(r.value(), StandardCharsets.UTF_8));
                    assertThat(EventSchemas.validate(type.asSubclass(cn.gov.lyg.enforcement.events.DomainEvent.class),
                            data)).as(data.toString()).isEmpty();
                    return data;
                }).toList();
    }

    @Test
    void theSameAgencyMergesAndIsCappedWhileTriggeredInspectionsAreOnlyWarned() throws Exception {
        String uscc = entity(null);
        try (KafkaProbe probe = new KafkaProbe(bootstrap, Topics.INSPECTION_COORDINATION)) {
            JsonNode first = plan(hzAdmin(), inspection(uscc, "DUAL_RANDOM", LocalDate.of(YEAR, 5, 3), ITEM));
            String firstId = first.get("id").asString();
            api.perform(post(INSPECTIONS), hzAdmin(), inspection(uscc, "DUAL_RANDOM", LocalDate.of(YEAR, 5, 20), ITEM_2))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.code").value("MUST_MERGE_SAME_AGENCY"))
                    .andExpect(jsonPath("$.existingInspectionId").value(firstId));
            api.perform(post(INSPECTIONS + "/" + firstId + "/items").header("If-Match", "\"99\""), hzAdmin(),
                    Map.of("itemIds", List.of(ITEM_2))).andExpect(status().isConflict())
                    .andExpect(jsonPath("$.code").value("VERSION_CONFLICT"));
            api.perform(post(INSPECTIONS + "/" + firstId + "/items"), hzAdmin(), Map.of("itemIds", List.of(ITEM_2)))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.itemIds.length()").value(2));
            api.perform(post(INSPECTIONS + "/" + firstId + "/items"), dhAdmin(), Map.of("itemIds", List.of(ITEM_2)))
                    .andExpect(status().isNotFound());
            plan(hzAdmin(), inspection(uscc, "DUAL_RANDOM", LocalDate.of(YEAR, 6, 10), ITEM));
            api.perform(post(INSPECTIONS), hzAdmin(), inspection(uscc, "DUAL_RANDOM", LocalDate.of(YEAR, 9, 1), ITEM))
                    .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("FREQUENCY_CAP_EXCEEDED"))
                    .andExpect(jsonPath("$.cap").value(2));
            JsonNode capWarning = coordination(probe, FrequencyWarningRaised.class, uscc, 1).get(0);
            assertThat(capWarning.get("warning").asString()).isEqualTo("CAP_EXCEEDED");
            assertThat(capWarning.get("agencyCode").asString()).isEqualTo(HZ_MARKET);
            // case-triggered: exempt from the cap, but within 60 days of the June visit → warned
            plan(hzAdmin(), inspection(uscc, "CASE_TRIGGERED", LocalDate.of(YEAR, 7, 15), ITEM));
            List<JsonNode> warnings = coordination(probe, FrequencyWarningRaised.class, uscc, 2);
            assertThat(warnings).extracting(w -> w.get("warning").asString())
                    .contains("CASE_TRIGGERED_WITHIN_WINDOW");
            // a case-triggered inspection far from every other one is not warned
            plan(hzAdmin(), inspection(uscc, "CASE_TRIGGERED", LocalDate.of(YEAR, 11, 20), ITEM));
            assertThat(probe.drain(r -> new String(r.value(), StandardCharsets.UTF_8).contains(uscc)
                    && new String(r.value(), StandardCharsets.UTF_8).contains(YEAR + "-11-20"), Duration.ofSeconds(2)))
                    .isEmpty();
        }
    }

    @Test
    void aSecondAgencyRaisesTheDetectionAndAMergeProposalVisibleToParticipantsOnly() throws Exception {
        String uscc = entity("H6210");
        try (KafkaProbe probe = new KafkaProbe(bootstrap, Topics.INSPECTION_COORDINATION)) {
            String marketId = plan(hzAdmin(), inspection(uscc, "DUAL_RANDOM", LocalDate.of(YEAR, 5, 3), ITEM))
                    .get("id").asString();
            String urbanId = plan(hzUrbanAdmin(), inspection(uscc, "DUAL_RANDOM", LocalDate.of(YEAR, 5, 15), ITEM))
                    .get("id").asString();
            JsonNode detected = coordination(probe, RepeatedInspectionDetected.class, uscc, 1).get(0);
            assertThat(detected.get("agencyCodes").toString()).contains(HZ_MARKET, HZ_URBAN);
            assertThat(detected.get("windowStart").asString()).isEqualTo(YEAR + "-05-01");
            assertThat(detected.get("inspections").size()).isEqualTo(2);

            JsonNode proposals = api.read(api.perform(get("/api/inspections/v1/merge-proposals"), hzUrbanAdmin(), null)
                    .andExpect(status().isOk()));
            JsonNode proposal = null;
            for (JsonNode p : proposals.get("content")) {
                if (p.get("uscc").asString().equals(uscc)) {
                    proposal = p;
                }
            }
            assertThat(proposal).isNotNull();
            String id = proposal.get("id").asString();
            assertThat(proposal.get("leadAgencyCode").asString()).isEqualTo(HZ_MARKET);
            assertThat(proposal.get("scenarioCode").asString()).isEqualTo("CATERING");
            assertThat(proposal.get("plannedDate").asString()).isEqualTo(YEAR + "-05-10");
            JsonNode created = coordination(probe, JointInspectionCreated.class, uscc, 1).get(0);
            assertThat(created.get("aggregateId").asString()).isEqualTo(id);
            assertThat(created.get("origin").asString()).isEqualTo("MERGE_PROPOSAL");

            // participants only: another agency gets 404, no token 401, a role without inspection reading 403
            api.perform(get(JOINTS + "/" + id), hzAdmin(), null).andExpect(status().isOk());
            api.perform(get(JOINTS + "/" + id), hzUrbanAdmin(), null).andExpect(status().isOk());
            api.perform(get(JOINTS + "/" + id), citySupervisor(), null).andExpect(status().isOk());
            api.perform(get(JOINTS + "/" + id), dhAdmin(), null).andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.code").value("NOT_FOUND"));
            api.perform(get(JOINTS + "/" + id), null, null).andExpect(status().isUnauthorized());
            api.perform(get(JOINTS + "/" + id), province(), null).andExpect(status().isForbidden());
            api.perform(post(JOINTS + "/" + id + "/agree"), dhAdmin(), null).andExpect(status().isNotFound());
            api.perform(post(JOINTS + "/" + id + "/agree"), hzOfficer(), null).andExpect(status().isForbidden());

            // internal notes stay with their agency
            api.perform(put(JOINTS + "/" + id + "/notes"), hzUrbanAdmin(), Map.of("text", "门前三包问题较多"))
                    .andExpect(status().isOk());
            String seenByMarket = api.read(api.perform(get(JOINTS + "/" + id), hzAdmin(), null)).toString();
            assertThat(seenByMarket).doesNotContain("门前三包问题较多");
            assertThat(api.read(api.perform(get(JOINTS + "/" + id), hzUrbanAdmin(), null)).toString())
                    .contains("门前三包问题较多");

            api.perform(post(JOINTS + "/" + id + "/agree"), hzAdmin(), null).andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("PROPOSED"));
            api.perform(post("/api/inspections/v1/merge-proposals/" + id + "/accept"), hzUrbanAdmin(), null)
                    .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("AGREED"));
            api.perform(post(JOINTS + "/" + id + "/schedule"), hzUrbanAdmin(), Map.of())
                    .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("NOT_JOINT_LEAD"));
            api.perform(post(JOINTS + "/" + id + "/schedule"), hzAdmin(), Map.of("plannedDate", YEAR + "-06-02"))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("JOINT_DATE_OUTSIDE_WINDOW"));
            api.perform(post(JOINTS + "/" + id + "/schedule"), hzAdmin(), Map.of()).andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("SCHEDULED"))
                    .andExpect(jsonPath("$.plannedDate").value(YEAR + "-05-10"));
            // one visit: every participant's own inspection moves to the joint day and names the joint inspection
            api.perform(get(INSPECTIONS + "/" + marketId), hzAdmin(), null)
                    .andExpect(jsonPath("$.plannedDate").value(YEAR + "-05-10"))
                    .andExpect(jsonPath("$.jointInspectionId").value(id));
            api.perform(get(INSPECTIONS + "/" + urbanId), hzUrbanAdmin(), null)
                    .andExpect(jsonPath("$.plannedDate").value(YEAR + "-05-10"));
            api.perform(get(INSPECTIONS + "/" + urbanId), hzAdmin(), null).andExpect(status().isNotFound());
            api.perform(post(JOINTS + "/" + id + "/report"), hzAdmin(), Map.of("summary", "一次到位"))
                    .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("JOINT_RESULTS_MISSING"));

            JsonNode mine = api.read(api.perform(get(JOINTS + "?status=SCHEDULED&size=200"), hzUrbanAdmin(), null));
            assertThat(mine.get("content").toString()).contains(id);
            assertThat(api.read(api.perform(get(JOINTS + "?size=200"), dhAdmin(), null)).get("content").toString())
                    .doesNotContain(id);
        }
    }

    @Test
    void aLeadAgencySetsUpAJointInspectionWithItsOwnInspection() throws Exception {
        String uscc = entity(null);
        String own = plan(hzAdmin(), inspection(uscc, "CASE_TRIGGERED", LocalDate.of(YEAR, 3, 2), ITEM))
                .get("id").asString();
        api.perform(post(JOINTS), hzOfficer(), Map.of("uscc", uscc)).andExpect(status().isForbidden());
        api.perform(post(JOINTS), hzAdmin(), Map.of("uscc", uscc, "participantAgencyCodes", List.of()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("JOINT_NEEDS_TWO_AGENCIES"));
        api.perform(post(JOINTS), hzAdmin(), Map.of("uscc", uscc, "participantAgencyCodes", List.of(HZ_URBAN),
                "scenarioCode", "NO-SUCH")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("JOINT_SCENARIO_UNKNOWN"));
        JsonNode j = api.read(api.perform(post(JOINTS), hzAdmin(), Map.of("uscc", uscc, "participantAgencyCodes",
                List.of(HZ_URBAN), "plannedDate", YEAR + "-03-10", "inspectionIds", List.of(own)))
                .andExpect(status().isCreated()));
        assertThat(j.get("status").asString()).isEqualTo("PROPOSED");
        assertThat(j.get("participants").get(0).get("agreed").asBoolean()).isTrue();
        api.perform(get(JOINTS + "/" + j.get("id").asString()), dhAdmin(), null).andExpect(status().isNotFound());
        api.perform(post(JOINTS + "/" + j.get("id").asString() + "/decline"), hzUrbanAdmin(), Map.of())
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("DECLINE_REASON_REQUIRED"));
        api.perform(post(JOINTS + "/" + j.get("id").asString() + "/decline"), hzUrbanAdmin(),
                Map.of("reason", "本季度已完成现场检查")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DECLINED"));
        api.perform(get("/api/inspections/v1/joint-scenarios"), hzOfficer(), null).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].code").value("HAZCHEM-CHAIN"));
    }
}
