package cn.gov.lyg.enforcement.inspection.inspection;

import static cn.gov.lyg.enforcement.inspection.InspectionApi.dhAdmin;
import static cn.gov.lyg.enforcement.inspection.InspectionApi.hzAdmin;
import static cn.gov.lyg.enforcement.inspection.InspectionApi.hzAuxiliary;
import static cn.gov.lyg.enforcement.inspection.InspectionApi.hzOfficer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.events.personnel.AuxiliaryStaffRegistered;
import cn.gov.lyg.enforcement.events.personnel.CertificateIssued;
import cn.gov.lyg.enforcement.events.personnel.CertificateRevoked;
import cn.gov.lyg.enforcement.events.personnel.CertificateSnapshot;
import cn.gov.lyg.enforcement.events.personnel.CertificateSuspended;
import cn.gov.lyg.enforcement.events.Topics;
import cn.gov.lyg.enforcement.events.inspection.InspectionAssigned;
import cn.gov.lyg.enforcement.events.inspection.InspectionRecordSubmitted;
import cn.gov.lyg.enforcement.events.inspection.InspectionResultPublicized;
import cn.gov.lyg.enforcement.events.inspection.InspectionTeamInvalidated;
import cn.gov.lyg.enforcement.inspection.InspectionApi;
import cn.gov.lyg.enforcement.inspection.item.ItemFixtures;
import cn.gov.lyg.enforcement.inspection.item.ItemService;
import cn.gov.lyg.enforcement.platform.test.KafkaProbe;
import cn.gov.lyg.enforcement.inspection.eligibility.EligibilityService;
import cn.gov.lyg.enforcement.platform.identifier.UnifiedSocialCreditCode;
import cn.gov.lyg.enforcement.platform.kafka.CloudEventHeaders;
import cn.gov.lyg.enforcement.platform.outbox.OutboxMessage;
import cn.gov.lyg.enforcement.platform.test.ServiceTest;
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

/** Inspections through the API, with personnel's events on the embedded broker. */
@ServiceTest
class InspectionApiIT {

    private static final String A12 = "11320706300200020C";
    private static final String PATH = "/api/inspections/v1/inspections";
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.ofHours(8));
    private static final AtomicInteger SEQ = new AtomicInteger();

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

    private void personnel(DomainEvent event) {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", bootstrap),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(CloudEventHeaders.toRecord(OutboxMessage.ofEvent(event, "/enforcement/personnel", null,
                    json))).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.ofHours(8));
    }

    private static CertificateSnapshot snapshot(String cert, String officer, String status) {
        return new CertificateSnapshot(cert, "JSZF-" + cert.substring(0, 6), "ENFORCEMENT", officer, A12, "320706",
                List.of("MARKET"), List.of("320706"), "《行政处罚法》", TODAY.minusYears(1).withDayOfYear(1),
                TODAY.plusYears(3), status, TODAY.getYear() - 1, LocalDate.of(TODAY.getYear() + 1, 3, 31));
    }

    /** An officer of A12 with an ACTIVE MARKET certificate for 320706; returns {officerId, certificateId}. */
    private String[] officer() {
        String officer = UUID.randomUUID().toString();
        String cert = UUID.randomUUID().toString();
        personnel(new CertificateIssued(UUID.randomUUID().toString(), now(), cert, 3, "320706", A12, officer, now(),
                "judicial-bureau", null, null, snapshot(cert, officer, "ACTIVE")));
        Awaitility.await().atMost(Duration.ofSeconds(15))
                .until(() -> eligibility.officer(officer, TODAY, Set.of("MARKET"), "320706").assignable());
        return new String[] {officer, cert};
    }

    private String entity() throws Exception {
        String body = String.format("91320706MA%07d", 9_000_000 + SEQ.incrementAndGet() * 37 + (int) (Math.random() * 30));
        String code = body + UnifiedSocialCreditCode.checkDigit(body);
        Map<String, Object> b = new HashMap<>();
        b.put("uscc", code);
        b.put("name", "连云港海宁食品有限公司");
        b.put("entityType", "ENTERPRISE");
        b.put("regionCode", "320706");
        b.put("latitude", 34.5960);
        b.put("longitude", 119.1790);
        api.perform(post("/api/inspections/v1/entities"), hzAdmin(), b).andExpect(status().isCreated());
        return code;
    }

    private static Map<String, Object> member(String id) {
        return Map.of("personId", id);
    }

    private Map<String, Object> inspection(String uscc, List<Map<String, Object>> team) {
        Map<String, Object> r = new HashMap<>();
        r.put("kind", "CASE_TRIGGERED");
        r.put("triggerRef", "12345-2025-000123");
        r.put("uscc", uscc);
        r.put("itemIds", List.of("3207-MKT-INS-0001"));
        r.put("itemDomains", List.of("MARKET"));
        r.put("plannedDate", TODAY.toString());
        if (team != null) {
            r.put("team", team);
        }
        return r;
    }

    private String create(String uscc, List<Map<String, Object>> team) throws Exception {
        return api.read(api.perform(post(PATH), hzAdmin(), inspection(uscc, team)).andExpect(status().isCreated()))
                .get("id").asString();
    }

    @Test
    void aRevokedCertificateInvalidatesTheTeamAndBlocksNewAssignments() throws Exception {
        KafkaProbe probe = new KafkaProbe(bootstrap, Topics.INSPECTION_INSPECTIONS);
        String[] o1 = officer();
        String[] o2 = officer();
        String[] o3 = officer();
        String uscc = entity();
        String id = create(uscc, List.of(member(o1[0]), member(o2[0])));
        api.perform(get(PATH + "/{id}", id), hzOfficer(), null).andExpect(status().isOk())
                .andExpect(jsonPath("$.team[0].role").value("LEAD"))
                .andExpect(jsonPath("$.teamInvalid").value(false));

        personnel(new CertificateRevoked(UUID.randomUUID().toString(), now(), o2[1], 5, "320706", A12, o2[0], now(),
                "judicial-bureau", "DISMISSED", snapshot(o2[1], o2[0], "REVOKED")));
        Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                api.perform(get(PATH + "/{id}", id), hzOfficer(), null)
                        .andExpect(jsonPath("$.teamInvalid").value(true))
                        .andExpect(jsonPath("$.teamProblems[0].personId").value(o2[0]))
                        .andExpect(jsonPath("$.teamProblems[0].code").value("CERTIFICATE_NOT_ASSIGNABLE"))
                        .andExpect(jsonPath("$.teamProblems[0].reasons[0]").value("CERTIFICATE_REVOKED")));
        api.perform(post(PATH + "/{id}/start", id), hzOfficer(), null).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("TEAM_INVALID"));
        JsonNode assigned = api.events(probe, InspectionAssigned.class, id, 1).get(0);
        org.assertj.core.api.Assertions.assertThat(assigned.get("team").size()).isEqualTo(2);
        JsonNode invalidated = api.events(probe, InspectionTeamInvalidated.class, id, 1).get(0);
        org.assertj.core.api.Assertions.assertThat(invalidated.get("problems").get(0).get("reasons").get(0).asString())
                .isEqualTo("CERTIFICATE_REVOKED");
        probe.close();
        // a new assignment of the revoked officer, anywhere, names personnel's reason
        String other = create(entity(), null);
        api.perform(put(PATH + "/{id}/team", other), hzAdmin(), Map.of("members", List.of(member(o1[0]),
                        member(o2[0])))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("CERTIFICATE_NOT_ASSIGNABLE"))
                .andExpect(jsonPath("$.reasons[0]").value("CERTIFICATE_REVOKED"))
                .andExpect(jsonPath("$.personId").value(o2[0]));
        // fixed with a qualified second officer, it starts
        api.perform(put(PATH + "/{id}/team", id), hzAdmin(), Map.of("members", List.of(member(o1[0]),
                member(o3[0])))).andExpect(status().isOk()).andExpect(jsonPath("$.teamInvalid").value(false));
        api.perform(post(PATH + "/{id}/start", id), hzOfficer(), null).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"));
    }

    @Test
    void suspendedOfficersSingleOfficersAndAuxiliaryStaff() throws Exception {
        String[] o1 = officer();
        String[] o2 = officer();
        String[] o3 = officer();
        personnel(new CertificateSuspended(UUID.randomUUID().toString(), now(), o3[1], 4, "320706", A12, o3[0], now(),
                "judicial-bureau", "UNDER_INVESTIGATION", null, snapshot(o3[1], o3[0], "SUSPENDED")));
        String aux = UUID.randomUUID().toString();
        personnel(new AuxiliaryStaffRegistered(UUID.randomUUID().toString(), now(), aux, 0, "320706", A12, "钱小兵",
                o1[0], List.of("INFORMATION_COLLECTION"), TODAY.minusYears(1), TODAY.plusYears(1), "ACTIVE", "x"));
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() ->
                !eligibility.officer(o3[0], TODAY, Set.of("MARKET"), "320706").assignable()
                        && eligibility.auxiliaryActive(aux, A12));
        String id = create(entity(), null);
        String team = PATH + "/{id}/team";
        api.perform(put(team, id), hzAdmin(), Map.of("members", List.of(member(o1[0]), member(o3[0]))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("CERTIFICATE_SUSPENDED"));
        api.perform(put(team, id), hzAdmin(), Map.of("members", List.of(member(o1[0]))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("MIN_TWO_QUALIFIED_OFFICERS"));
        api.perform(put(team, id), hzAdmin(), Map.of("members", List.of(member(o1[0]),
                        Map.of("personId", aux, "kind", "AUXILIARY"))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("MIN_TWO_QUALIFIED_OFFICERS"));
        api.perform(put(team, id), hzAdmin(), Map.of("members", List.of(Map.of("personId", aux, "kind", "AUXILIARY"))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("AUXILIARY_CANNOT_LEAD"));
        api.perform(put(team, id), hzAdmin(), Map.of("members", List.of(member(o1[0]), member(o2[0]),
                        Map.of("personId", aux, "kind", "AUXILIARY", "role", "INSPECTOR"))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("AUXILIARY_NOT_PERMITTED"));
        api.perform(put(team, id), hzAdmin(), Map.of("members", List.of(member(o1[0]), member(o2[0]),
                        Map.of("personId", aux, "kind", "AUXILIARY"))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.team[2].role").value("ASSISTANT"));
        api.perform(put(team, id), hzOfficer(), Map.of("members", List.of())).andExpect(status().isForbidden());
        api.perform(put(team, id), dhAdmin(), Map.of("members", List.of())).andExpect(status().isNotFound());
        api.perform(get(PATH + "/{id}", id), hzAuxiliary(), null).andExpect(status().isForbidden());
        api.perform(get(PATH + "/{id}", id), null, null).andExpect(status().isUnauthorized());
    }

    private Map<String, Object> submission(String deviceRecordId, List<String> codes, List<String> followUps) {
        Map<String, Object> s = new HashMap<>();
        s.put("deviceId", "pad-07");
        s.put("deviceRecordId", deviceRecordId);
        s.put("capturedAt", Instant.now().minusSeconds(600).toString());
        s.put("location", Map.of("latitude", 34.5975, "longitude", 119.1801, "accuracyMeters", 8.0));
        s.put("inspectionCodeScanned", true);
        s.put("evidence", List.of(Map.of("kind", "PHOTO", "sha256", "ab".repeat(32))));
        s.put("resultCodes", codes);
        s.put("followUpActions", followUps);
        return s;
    }

    @Test
    void mobileRecordsAreCheckedAndIdempotentThenConfirmedAndPublicized() throws Exception {
        KafkaProbe probe = new KafkaProbe(bootstrap, Topics.INSPECTION_INSPECTIONS);
        String[] o1 = officer();
        String[] o2 = officer();
        String id = create(entity(), List.of(member(o1[0]), member(o2[0])));
        String records = PATH + "/{id}/records";
        api.perform(post(records, id), hzOfficer(), submission("r1", List.of("1", "A"), List.of("ORDER_CORRECTION")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("RESULT_CODES_INCONSISTENT"));
        api.perform(post(records, id), hzOfficer(), submission("r1", List.of("A"), List.of()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("FOLLOW_UP_REQUIRED"));
        Map<String, Object> future = submission("r1", List.of("1"), List.of());
        future.put("capturedAt", Instant.now().plusSeconds(3600).toString());
        api.perform(post(records, id), hzOfficer(), future).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("CAPTURE_METADATA_INVALID"));
        Map<String, Object> far = submission("r1", List.of("1"), List.of());
        far.put("location", Map.of("latitude", 34.6230, "longitude", 119.1790));
        api.perform(post(records, id), hzOfficer(), far).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("CAPTURE_METADATA_INVALID"));
        Map<String, Object> unscanned = submission("r1", List.of("1"), List.of());
        unscanned.put("inspectionCodeScanned", false);
        api.perform(post(records, id), hzOfficer(), unscanned).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INSPECTION_CODE_MISSING"));
        api.perform(post(records, id), hzOfficer(), submission("r1", List.of("X9"), List.of()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("RESULT_CODE_UNKNOWN"));

        JsonNode first = api.read(api.perform(post(records, id), hzOfficer(),
                        submission("r1", List.of("A", "2"), List.of("ORDER_CORRECTION")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUBMITTED")));
        // the device syncs the same record again (offline retry): same answer, still one record
        api.perform(post(records, id), hzOfficer(), submission("r1", List.of("A", "2"), List.of("ORDER_CORRECTION")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.records.length()").value(1))
                .andExpect(jsonPath("$.version").value(first.get("version").asLong()));
        api.perform(post(PATH + "/{id}/publicize", id), hzAdmin(), null).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("INVALID_TRANSITION"));
        api.perform(post(PATH + "/{id}/confirm", id), hzAdmin(), null).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CONFIRMED")).andExpect(jsonPath("$.publicityDue").isNotEmpty());
        api.perform(post(PATH + "/{id}/publicize", id), hzAdmin(), null).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PUBLICIZED")).andExpect(jsonPath("$.publicizedLate").value(false));
        JsonNode submitted = api.events(probe, InspectionRecordSubmitted.class, id, 1).get(0);
        org.assertj.core.api.Assertions.assertThat(submitted.get("deviceRecordId").asString()).isEqualTo("r1");
        JsonNode publicized = api.events(probe, InspectionResultPublicized.class, id, 1).get(0);
        org.assertj.core.api.Assertions.assertThat(publicized.toString()).doesNotContain("creditClass");
        org.assertj.core.api.Assertions.assertThat(probe.drain(r -> id.equals(r.key()), Duration.ofSeconds(1)).stream()
                .filter(r -> new String(r.headers().lastHeader("ce_type").value()).contains("record-submitted")))
                .hasSize(1);
        probe.close();
    }

    @Test
    void badPlansAreRefused() throws Exception {
        String uscc = entity();
        Map<String, Object> r = inspection(uscc, null);
        r.remove("triggerRef");
        api.perform(post(PATH), hzAdmin(), r).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("TRIGGER_REF_REQUIRED"));
        r = inspection("91320706MA1XK7C380", null);
        api.perform(post(PATH), hzAdmin(), r).andExpect(status().isNotFound());
        api.perform(post(PATH), dhAdmin(), inspection(uscc, null)).andExpect(status().isNotFound());
        api.perform(post(PATH), hzOfficer(), inspection(uscc, null)).andExpect(status().isForbidden());
    }
}
