package cn.gov.lyg.enforcement.inspection.spotcheck;

import static cn.gov.lyg.enforcement.inspection.InspectionApi.citySupervisor;
import static cn.gov.lyg.enforcement.inspection.InspectionApi.dhOfficer;
import static cn.gov.lyg.enforcement.inspection.InspectionApi.hzAdmin;
import static cn.gov.lyg.enforcement.inspection.InspectionApi.hzAuxiliary;
import static cn.gov.lyg.enforcement.inspection.InspectionApi.hzOfficer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.lyg.enforcement.events.personnel.CertificateIssued;
import cn.gov.lyg.enforcement.events.personnel.CertificateSnapshot;
import cn.gov.lyg.enforcement.events.Topics;
import cn.gov.lyg.enforcement.events.inspection.SpotCheckDrawn;
import cn.gov.lyg.enforcement.inspection.InspectionApi;
import cn.gov.lyg.enforcement.inspection.item.ItemFixtures;
import cn.gov.lyg.enforcement.inspection.item.ItemService;
import cn.gov.lyg.enforcement.platform.test.KafkaProbe;
import cn.gov.lyg.enforcement.inspection.draw.DrawCommitment;
import cn.gov.lyg.enforcement.inspection.draw.DrawHashing;
import cn.gov.lyg.enforcement.inspection.eligibility.EligibilityService;
import cn.gov.lyg.enforcement.platform.identifier.UnifiedSocialCreditCode;
import cn.gov.lyg.enforcement.platform.kafka.CloudEventHeaders;
import cn.gov.lyg.enforcement.platform.outbox.OutboxMessage;
import cn.gov.lyg.enforcement.platform.test.ServiceTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A 双随机 task end to end: commitment, draw from the directory and the projection, log, public verification. */
@ServiceTest
class SpotCheckApiIT {

    private static final String A12 = "11320706300200020C";
    private static final String PATH = "/api/inspections/v1/spot-checks";
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.ofHours(8));

    @Autowired
    MockMvc mvc;
    @Autowired
    ItemService items;
    @Autowired
    JsonMapper json;
    @Autowired
    EligibilityService eligibility;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;
    InspectionApi api;

    @BeforeEach
    void setUp() {
        api = new InspectionApi(mvc, json);
        ItemFixtures.publishMarketInspection(items, InspectionApi.HZ_MARKET, InspectionApi.DH_MARKET);
    }

    private void officers(int n) {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", bootstrap),
                new StringSerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < n; i++) {
                String officer = UUID.randomUUID().toString();
                String cert = UUID.randomUUID().toString();
                OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));
                var event = new CertificateIssued(UUID.randomUUID().toString(), now, cert, 3, "320706", A12, officer,
                        now, "judicial-bureau", null, null, new CertificateSnapshot(cert, "JSZF-" + i, "ENFORCEMENT",
                        officer, A12, "320706", List.of("MARKET"), List.of("320706"), "《行政处罚法》",
                        TODAY.minusYears(1).withDayOfYear(1), TODAY.plusYears(3), "ACTIVE", TODAY.getYear() - 1,
                        LocalDate.of(TODAY.getYear() + 1, 3, 31)));
                producer.send(CloudEventHeaders.toRecord(OutboxMessage.ofEvent(event, "/enforcement/personnel", null,
                        json))).get();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> entities(int n, String cls) throws Exception {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String body = String.format("91320706MA%07d", 8_000_000 + (int) (Math.random() * 1_000_000));
            String code = body + UnifiedSocialCreditCode.checkDigit(body);
            Map<String, Object> b = new HashMap<>();
            b.put("uscc", code);
            b.put("name", "抽查对象" + i);
            b.put("entityType", "ENTERPRISE");
            b.put("regionCode", "320706");
            b.put("industryCode", "F5221");
            b.put("creditClass", cls);
            b.put("classSource", "SAMR");
            // the class comes from the credit system (DOMAIN.md I11), not from an agency admin
            int s = api.perform(post("/api/inspections/v1/entities"), InspectionApi.creditSystem(), b).andReturn()
                    .getResponse()
                    .getStatus();
            if (s == 201) {
                codes.add(code);
            }
        }
        return codes;
    }

    private Map<String, Object> task() {
        Map<String, Object> t = new HashMap<>();
        t.put("name", "2025年海州区食品经营双随机抽查");
        t.put("itemIds", List.of("3207-MKT-INS-0001"));
        t.put("itemDomains", List.of("MARKET"));
        t.put("regionCodes", List.of("320706"));
        t.put("industryPrefixes", List.of("F52"));
        t.put("baseRatio", "0.25");
        t.put("classMinimums", Map.of("D", 2));
        return t;
    }

    @Test
    void aTaskCommitsDrawsOnceAndCanBeVerifiedWithoutAToken() throws Exception {
        entities(8, "B");
        entities(2, "D");
        officers(4);
        Awaitility.await().atMost(Duration.ofSeconds(15))
                .until(() -> eligibility.candidates(A12, TODAY, false).stream().filter(c -> c.assignable()).count() >= 4);

        JsonNode created = api.read(api.perform(post(PATH), hzAdmin(), task()).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("PENDING_DRAW")));
        String id = created.get("id").asString();
        String nonceHash = created.get("nonceHash").asString();
        assertThat(created.get("taskCode").asString()).startsWith("SC-320706-");
        assertThat(created.has("nonce")).isFalse();
        // before the draw the public sees the commitment and nothing else
        api.perform(get(PATH.replace("spot-checks", "public/spot-checks") + "/{id}/draw-verification", id), null, null)
                .andExpect(status().isOk()).andExpect(jsonPath("$.nonceHash").value(nonceHash))
                .andExpect(jsonPath("$.nonce").doesNotExist()).andExpect(jsonPath("$.seed").doesNotExist());

        api.perform(post(PATH + "/{id}/draw", id), hzOfficer(), Map.of()).andExpect(status().isForbidden());
        KafkaProbe probe = new KafkaProbe(bootstrap, Topics.INSPECTION_SPOT_CHECKS);
        JsonNode log = api.read(api.perform(post(PATH + "/{id}/draw", id), hzAdmin(), Map.of("witness", "hz-supervisor"))
                .andExpect(status().isOk()));
        assertThat(log.get("nonceHash").asString()).isEqualTo(nonceHash);
        assertThat(new DrawCommitment(nonceHash).matches(log.get("nonce").asString())).isTrue();
        assertThat(log.get("algorithm").asString()).isEqualTo("SHA256-RANK-v1");
        int population = log.get("populationCount").asInt();
        assertThat(population).isGreaterThanOrEqualTo(10);
        JsonNode drawn = log.get("drawn");
        // D: 4 × 25 % = 100 % of its stratum; B: 25 % rounded up
        int strataD = log.get("strata").get("D").asInt();
        int strataB = log.get("strata").get("B").asInt();
        assertThat(strataD).isGreaterThanOrEqualTo(2);
        assertThat(log.get("sampleSizes").get("D").asInt()).isEqualTo(strataD);
        assertThat(log.get("sampleSizes").get("B").asInt()).isEqualTo((strataB + 3) / 4);
        assertThat(drawn.size()).isEqualTo(strataD + (strataB + 3) / 4);
        for (JsonNode e : drawn) {
            assertThat(e.get("inspectorIds").size()).isEqualTo(2);
        }
        api.perform(post(PATH + "/{id}/draw", id), hzAdmin(), Map.of()).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("ALREADY_DRAWN"));
        JsonNode event = api.events(probe, SpotCheckDrawn.class, id, 1).get(0);
        probe.close();
        assertThat(event.get("seed").asString()).isEqualTo(log.get("seed").asString());
        assertThat(event.get("drawnCount").asInt()).isEqualTo(drawn.size());
        assertThat(event.toString()).doesNotContain("creditClass", "strata");
        api.perform(put(PATH + "/{id}/draw-log", id), hzAdmin(), Map.of("seed", "0")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("IMMUTABLE_RECORD"));
        api.perform(delete(PATH + "/{id}/draw-log", id), hzAdmin(), null).andExpect(status().isConflict());

        // public: verified, and no credit class or stratum anywhere
        String pub = api.perform(get("/api/inspections/v1/public/spot-checks/{id}/draw-verification", id), null, null)
                .andExpect(status().isOk()).andExpect(jsonPath("$.verified").value(true))
                .andExpect(jsonPath("$.seed").value(log.get("seed").asString()))
                .andReturn().getResponse().getContentAsString();
        assertThat(pub).doesNotContain("creditClass", "strata", "sampleSizes", "strataHash");
        String list = api.perform(get("/api/inspections/v1/public/spot-checks"), null, null)
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains(id).doesNotContain("creditClass", "baseRatio");

        // audit export: the frozen population hashes to the published population hash
        JsonNode audit = api.read(api.perform(get(PATH + "/{id}/draw-log/audit", id), citySupervisor(), null)
                .andExpect(status().isOk()));
        StringBuilder lines = new StringBuilder();
        audit.get("population").forEach(p -> lines.append(p.get("uscc").asString()).append('\n'));
        assertThat(DrawHashing.sha256Hex(lines.toString())).isEqualTo(log.get("populationHash").asString());
        assertThat(audit.get("eligibleInspectors").size()).isEqualTo(drawn.size());

        // a drawn entity inspected by its drawn team, the result publicised: public, without credit class
        JsonNode first = drawn.get(0);
        Map<String, Object> inspection = new HashMap<>();
        inspection.put("kind", "DUAL_RANDOM");
        inspection.put("spotCheckTaskId", id);
        inspection.put("uscc", first.get("uscc").asString());
        inspection.put("itemIds", List.of("3207-MKT-INS-0001"));
        inspection.put("itemDomains", List.of("MARKET"));
        inspection.put("plannedDate", TODAY.toString());
        inspection.put("team", List.of(Map.of("personId", first.get("inspectorIds").get(0).asString()),
                Map.of("personId", first.get("inspectorIds").get(1).asString())));
        String inspectionId = api.read(api.perform(post("/api/inspections/v1/inspections"), hzAdmin(), inspection)
                .andExpect(status().isCreated())).get("id").asString();
        api.perform(post("/api/inspections/v1/inspections/{id}/start", inspectionId), hzOfficer(), null)
                .andExpect(status().isOk());
        api.perform(post("/api/inspections/v1/inspections/{id}/records", inspectionId), hzOfficer(), Map.of(
                "deviceRecordId", "sc-1", "capturedAt", java.time.Instant.now().minusSeconds(60).toString(),
                "locationReason", "登记住所无坐标", "inspectionCodeScanned", true, "resultCodes", List.of("1")))
                .andExpect(status().isOk());
        api.perform(post("/api/inspections/v1/inspections/{id}/confirm", inspectionId), hzAdmin(), null)
                .andExpect(status().isOk());
        api.perform(post("/api/inspections/v1/inspections/{id}/publicize", inspectionId), hzAdmin(), null)
                .andExpect(status().isOk());
        String results = api.perform(get("/api/inspections/v1/public/spot-checks/{id}/results", id), null, null)
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].uscc").value(first.get("uscc").asString()))
                .andExpect(jsonPath("$[0].resultCodes[0]").value("1"))
                .andReturn().getResponse().getContentAsString();
        assertThat(results).doesNotContain("creditClass", "inspectorIds", "personId");

        // scope and roles
        api.perform(get(PATH + "/{id}", id), dhOfficer(), null).andExpect(status().isNotFound());
        api.perform(get(PATH + "/{id}/draw-log", id), hzAuxiliary(), null).andExpect(status().isForbidden());
        api.perform(get(PATH + "/{id}/draw-log", id), null, null).andExpect(status().isUnauthorized());
        api.perform(get(PATH + "/{id}/draw-log", id), citySupervisor(), null).andExpect(status().isOk());
        api.perform(get(PATH + "/{id}/draw-log/audit", id), hzOfficer(), null).andExpect(status().isForbidden());
    }

    @Test
    void badTasksAreRefused() throws Exception {
        Map<String, Object> t = task();
        t.put("baseRatio", "1.5");
        api.perform(post(PATH), hzAdmin(), t).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("SAMPLING_RATIO_INVALID"));
        t = task();
        t.put("regionCodes", List.of("320722"));
        api.perform(post(PATH), hzAdmin(), t).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("SPOT_CHECK_SCOPE_OUT_OF_REGION"));
        t = task();
        t.put("regionCodes", List.of("320705"));
        api.perform(post(PATH), hzAdmin(), t).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("REGION_OBSOLETE"));
        t = task();
        t.put("teamSize", 1);
        api.perform(post(PATH), hzAdmin(), t).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MIN_TWO_QUALIFIED_OFFICERS"));
        t = task();
        t.remove("itemIds");
        api.perform(post(PATH), hzAdmin(), t).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("SPOT_CHECK_ITEMS_REQUIRED"));
        api.perform(post(PATH), hzOfficer(), Map.of()).andExpect(status().isForbidden());
        api.perform(get("/api/inspections/v1/public/spot-checks/{id}", "nope"), null, null)
                .andExpect(status().isNotFound());
    }
}
