package cn.gov.lyg.enforcement.inspection.clue;

import static cn.gov.lyg.enforcement.inspection.InspectionApi.HZ_URBAN;
import static cn.gov.lyg.enforcement.inspection.InspectionApi.citySupervisor;
import static cn.gov.lyg.enforcement.inspection.InspectionApi.dhAdmin;
import static cn.gov.lyg.enforcement.inspection.InspectionApi.hzAdmin;
import static cn.gov.lyg.enforcement.inspection.InspectionApi.hzOfficer;
import static cn.gov.lyg.enforcement.inspection.InspectionApi.hzUrbanAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.lyg.enforcement.events.Topics;
import cn.gov.lyg.enforcement.events.inspection.ClueTransferred;
import cn.gov.lyg.enforcement.events.personnel.CertificateIssued;
import cn.gov.lyg.enforcement.events.personnel.CertificateSnapshot;
import cn.gov.lyg.enforcement.inspection.InspectionApi;
import cn.gov.lyg.enforcement.inspection.eligibility.EligibilityService;
import cn.gov.lyg.enforcement.inspection.item.ItemFixtures;
import cn.gov.lyg.enforcement.inspection.item.ItemService;
import cn.gov.lyg.enforcement.platform.identifier.UnifiedSocialCreditCode;
import cn.gov.lyg.enforcement.platform.test.KafkaProbe;
import cn.gov.lyg.enforcement.platform.test.ServiceTest;
import cn.gov.lyg.enforcement.platform.test.TestEvents;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A clue found in a submitted inspection goes to another department, which accepts or returns it. */
@ServiceTest
class ClueApiIT {

    private static final String A12 = InspectionApi.HZ_MARKET;
    private static final String PATH = "/api/inspections/v1/clue-transfers";
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.ofHours(8));
    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    ItemService items;
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

    private String officer() {
        String officer = UUID.randomUUID().toString();
        String cert = UUID.randomUUID().toString();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));
        TestEvents.publish(bootstrap, json, new CertificateIssued(UUID.randomUUID().toString(), now, cert, 3, "320706",
                A12, officer, now, "judicial-bureau", null, null, new CertificateSnapshot(cert, "JSZF-C-" + cert
                .substring(0, 6), "ENFORCEMENT", officer, A12, "320706", List.of("MARKET"), List.of("320706"),
                "《行政处罚法》", TODAY.minusYears(1).withDayOfYear(1), TODAY.plusYears(3), "ACTIVE",
                TODAY.getYear() - 1, java.time.LocalDate.of(TODAY.getYear() + 1, 3, 31))), 1, "/enforcement/personnel");
        Awaitility.await().atMost(Duration.ofSeconds(15))
                .until(() -> eligibility.officer(officer, TODAY, Set.of("MARKET"), "320706").assignable());
        return officer;
    }

    private String submittedInspection(List<String> codes, List<String> followUps) throws Exception {
        String body = String.format("91320706MA%07d", 7_800_000 + SEQ.incrementAndGet() * 47 + (int) (Math.random() * 40));
        String uscc = body + UnifiedSocialCreditCode.checkDigit(body);
        api.perform(post("/api/inspections/v1/entities"), hzAdmin(), Map.of("uscc", uscc, "name", "线索移送对象",
                "entityType", "ENTERPRISE", "regionCode", "320706", "latitude", 34.5960, "longitude", 119.1790))
                .andExpect(status().isCreated());
        Map<String, Object> r = new HashMap<>();
        r.put("kind", "CASE_TRIGGERED");
        r.put("triggerRef", "12345-clue-" + SEQ.get());
        r.put("uscc", uscc);
        r.put("itemIds", List.of(ItemFixtures.MARKET_INSPECTION));
        r.put("itemDomains", List.of("MARKET"));
        r.put("plannedDate", TODAY.toString());
        r.put("team", List.of(Map.of("personId", officer()), Map.of("personId", officer())));
        String id = api.read(api.perform(post("/api/inspections/v1/inspections"), hzAdmin(), r)
                .andExpect(status().isCreated())).get("id").asString();
        Map<String, Object> s = new HashMap<>();
        s.put("deviceId", "pad-09");
        s.put("deviceRecordId", "clue-" + id);
        s.put("capturedAt", Instant.now().minusSeconds(600).toString());
        s.put("location", Map.of("latitude", 34.5962, "longitude", 119.1792, "accuracyMeters", 8.0));
        s.put("inspectionCodeScanned", true);
        s.put("evidence", List.of(Map.of("kind", "PHOTO", "sha256", "CD".repeat(32))));
        s.put("resultCodes", codes);
        s.put("followUpActions", followUps);
        api.perform(post("/api/inspections/v1/inspections/" + id + "/records"), hzOfficer(), s)
                .andExpect(status().isOk());
        return id;
    }

    @Test
    void aProblemFoundIsTransferredWithItsEvidenceAndAnsweredByTheReceiver() throws Exception {
        String inspection = submittedInspection(List.of("A", "5"), List.of("TRANSFER_CASE_CLUE"));
        try (KafkaProbe probe = new KafkaProbe(bootstrap, Topics.INSPECTION_COORDINATION)) {
            api.perform(post(PATH), hzAdmin(), Map.of("inspectionId", inspection, "toAgencyCode", HZ_URBAN))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("CLUE_DESCRIPTION_REQUIRED"));
            api.perform(post(PATH), dhAdmin(), Map.of("inspectionId", inspection, "toAgencyCode", HZ_URBAN,
                    "description", "x")).andExpect(status().isNotFound());
            JsonNode clue = api.read(api.perform(post(PATH), hzAdmin(), Map.of("inspectionId", inspection,
                    "toAgencyCode", HZ_URBAN, "description", "占道经营、违规搭建，移送城管"))
                    .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("SENT"))
                    .andExpect(jsonPath("$.late").value(false))
                    .andExpect(jsonPath("$.evidenceHashes[0]").value("cd".repeat(32))));
            String id = clue.get("id").asString();
            api.perform(get(PATH + "/" + id), hzUrbanAdmin(), null).andExpect(status().isOk());
            api.perform(get(PATH + "/" + id), dhAdmin(), null).andExpect(status().isNotFound());
            api.perform(get(PATH + "/" + id), citySupervisor(), null).andExpect(status().isOk());
            api.perform(post(PATH + "/" + id + "/accept"), hzAdmin(), null).andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("NOT_CLUE_RECEIVER"));
            api.perform(post(PATH + "/" + id + "/reject"), hzUrbanAdmin(), Map.of()).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("REJECT_REASON_REQUIRED"));
            api.perform(post(PATH + "/" + id + "/accept"), hzUrbanAdmin(), null).andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("ACCEPTED"));
            List<JsonNode> events = api.events(probe, ClueTransferred.class, id, 2);
            assertThat(events).extracting(e -> e.get("status").asString()).containsExactly("SENT", "ACCEPTED");
            assertThat(events.get(0).get("toAgencyCode").asString()).isEqualTo(HZ_URBAN);
            assertThat(api.read(api.perform(get(PATH + "?direction=RECEIVED&size=200"), hzUrbanAdmin(), null))
                    .get("content").toString()).contains(id);
        }
    }

    @Test
    void aResultWithoutAProblemHasNoClue() throws Exception {
        String inspection = submittedInspection(List.of("1"), List.of());
        api.perform(post(PATH), hzAdmin(), Map.of("inspectionId", inspection, "toAgencyCode", HZ_URBAN,
                "description", "x")).andExpect(status().isConflict()).andExpect(jsonPath("$.code")
                .value("CLUE_NOT_IN_RESULT"));
        api.perform(post(PATH), hzOfficer(), Map.of("inspectionId", inspection)).andExpect(status().isForbidden());
    }
}
