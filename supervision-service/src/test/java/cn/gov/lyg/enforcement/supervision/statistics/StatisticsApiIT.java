package cn.gov.lyg.enforcement.supervision.statistics;

import static cn.gov.lyg.enforcement.supervision.SupervisionApi.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.lyg.enforcement.events.Topics;
import cn.gov.lyg.enforcement.events.inspection.InspectionRecordSubmitted;
import cn.gov.lyg.enforcement.events.personnel.CertificateIssued;
import cn.gov.lyg.enforcement.events.personnel.CertificateSnapshot;
import cn.gov.lyg.enforcement.events.personnel.CertificateSuspended;
import cn.gov.lyg.enforcement.events.personnel.OfficerLeftService;
import cn.gov.lyg.enforcement.events.personnel.OfficerProfileChanged;
import cn.gov.lyg.enforcement.events.personnel.AuxiliaryStaffRegistered;
import cn.gov.lyg.enforcement.events.supervision.AnnualStatisticsPublished;
import cn.gov.lyg.enforcement.events.supervision.AnnualStatisticsSubmitted;
import cn.gov.lyg.enforcement.platform.security.Role;
import cn.gov.lyg.enforcement.platform.test.KafkaProbe;
import cn.gov.lyg.enforcement.platform.test.ServiceTest;
import cn.gov.lyg.enforcement.platform.test.TestEvents;
import cn.gov.lyg.enforcement.platform.test.TestTokens;
import cn.gov.lyg.enforcement.supervision.SupervisionApi;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Annual statistics through the API: decisions reported to the case register and inspection records from
 * inspection-service are counted with the national rules into the agency's report; overrides with reasons,
 * validation (400 STATS_INVALID), submission on 31 January 23:59 (SUBMITTED), publication with the whole report.
 * Counts are compared with a baseline, as the shared test database holds other tests' cases.
 */
@ServiceTest
class StatisticsApiIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;
    SupervisionApi api;

    @BeforeEach
    void setUp() {
        api = new SupervisionApi(mvc, json);
    }

    static String dhAdmin() {
        return TestTokens.user("dh-admin").roles(Role.AGENCY_ADMIN).agency(DH_MARKET).region("320722").bearer();
    }

    static String hzAdmin() {
        return TestTokens.user("hz-admin").roles(Role.AGENCY_ADMIN).agency(HZ_MARKET).region("320706").bearer();
    }

    JsonNode compute() throws Exception {
        return api.read(api.perform(post("/api/supervision/v1/statistics"), dhAdmin(), Map.of("year", 2024))
                .andExpect(status().isCreated()));
    }

    static long cell(JsonNode report, String table, String code) {
        for (JsonNode c : report.get("tables").get(table)) {
            if (code.equals(c.get("code").asString())) {
                return c.get("value").asLong();
            }
        }
        throw new AssertionError(code);
    }

    void decided(String caseNo, List<String> kinds, String fine, String confiscation) throws Exception {
        Map<String, Object> body = new HashMap<>(Map.of("agencyCode", DH_MARKET, "caseNo", caseNo, "caseType",
                "PENALTY", "milestone", "DECIDED", "occurredOn", "2024-06-03", "decisionNo", "决" + caseNo,
                "penaltyKinds", kinds));
        if (fine != null) {
            body.put("fineAmount", fine);
        }
        if (confiscation != null) {
            body.put("confiscationAmount", confiscation);
        }
        api.perform(post("/api/supervision/v1/cases/milestones"), govSystems(), body).andExpect(status().isCreated());
    }

    @Test
    void decisionsAndInspectionsAreCountedWithTheNationalRules() throws Exception {
        JsonNode before = compute();
        String p = UUID.randomUUID().toString().substring(0, 8);
        decided("S-" + p + "-1", List.of("FINE", "CONFISCATE_ILLEGAL_GAINS"), "20000.00", "1234.56");
        decided("S-" + p + "-2", List.of("WARNING"), null, null);
        decided("S-" + p + "-3", List.of("FINE", "OTHER"), "5000.00", null);
        String inspection = UUID.randomUUID().toString();
        OffsetDateTime at = OffsetDateTime.of(2024, 7, 1, 10, 0, 0, 0, ZoneOffset.ofHours(8));
        for (String device : List.of("dev-1", "dev-2")) {   // two records of one inspection count once
            TestEvents.publish(bootstrap, json, new InspectionRecordSubmitted(UUID.randomUUID().toString(), at,
                    inspection, 1, "320722", DH_MARKET, "JC-" + p, "91320722MA21TD9K6J", device, at, List.of("1"),
                    List.of("NONE_NEEDED"), List.of()), 2);
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode now = compute();
            assertThat(cell(now, "PENALTY", "PENALTY_TOTAL") - cell(before, "PENALTY", "PENALTY_TOTAL")).isEqualTo(3);
            assertThat(cell(now, "OTHER_ACTS", "INSPECTIONS") - cell(before, "OTHER_ACTS", "INSPECTIONS"))
                    .isEqualTo(1);
        });
        JsonNode now = compute();
        assertThat(cell(now, "PENALTY", "PENALTY_CONFISCATION") - cell(before, "PENALTY", "PENALTY_CONFISCATION"))
                .isEqualTo(1);
        assertThat(cell(now, "PENALTY", "PENALTY_WARNING") - cell(before, "PENALTY", "PENALTY_WARNING")).isEqualTo(1);
        assertThat(cell(now, "PENALTY", "PENALTY_FINE") - cell(before, "PENALTY", "PENALTY_FINE")).isEqualTo(1);
        assertThat(cell(now, "PENALTY", "PENALTY_OTHER") - cell(before, "PENALTY", "PENALTY_OTHER")).isZero();
        assertThat(new java.math.BigDecimal(now.get("finesAndConfiscationsYuan").asString())
                .subtract(new java.math.BigDecimal(before.get("finesAndConfiscationsYuan").asString())))
                .isEqualByComparingTo("26234.56");
        assertThat(now.get("unit").asString()).isEqualTo("WAN_YUAN");
        assertThat(now.get("finesAndConfiscationsWan").asString()).matches("\\d+\\.\\d{2}");
    }

    @Test
    void overridesValidationSubmissionAndPublication() throws Exception {
        try (KafkaProbe probe = new KafkaProbe(bootstrap, Topics.SUPERVISION_STATISTICS)) {
            JsonNode report = api.read(api.perform(post("/api/supervision/v1/statistics"), hzAdmin(),
                    Map.of("year", 2023)).andExpect(status().isCreated()));
            String id = report.get("id").asString();
            assertThat(id).isEqualTo(HZ_MARKET + ":2023");
            api.perform(post("/api/supervision/v1/statistics/{id}/overrides", id), hzAdmin(),
                    Map.of("cell", "PENALTY_TOTAL", "value", cell(report, "PENALTY", "PENALTY_TOTAL") + 1,
                            "reason", "纸质案卷补录")).andExpect(status().isOk());
            api.perform(post("/api/supervision/v1/statistics/{id}/validate", id), hzAdmin(), Map.of())
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("STATS_INVALID"))
                    .andExpect(jsonPath("$.errors[0].code").value("STATS_TOTAL_MISMATCH"));
            api.perform(post("/api/supervision/v1/statistics/{id}/overrides", id), hzAdmin(),
                    Map.of("cell", "FINES_AND_CONFISCATIONS", "amountWan", "386.255", "reason", "x"))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("STATS_INVALID"));
            api.perform(post("/api/supervision/v1/statistics/{id}/overrides", id), hzAdmin(),
                    Map.of("cell", "PENALTY_WARNING", "value", -1, "reason", "x"))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("STATS_INVALID"));
            api.perform(post("/api/supervision/v1/statistics/{id}/overrides", id), hzAdmin(),
                    Map.of("cell", "PENALTY_WARNING", "value", 1)).andExpect(status().isBadRequest());
            api.perform(post("/api/supervision/v1/statistics/{id}/overrides", id), hzAdmin(),
                    Map.of("cell", "PENALTY_WARNING", "value", cell(report, "PENALTY", "PENALTY_WARNING") + 1,
                            "reason", "纸质案卷补录")).andExpect(status().isOk());
            api.perform(post("/api/supervision/v1/statistics/{id}/overrides", id), hzAdmin(),
                    Map.of("cell", "LICENSING_APPLIED", "value", cell(report, "LICENSING", "LICENSING_ACCEPTED"),
                            "reason", "许可系统台账")).andExpect(status().isOk());
            String version = api.perform(post("/api/supervision/v1/statistics/{id}/validate", id), hzAdmin(),
                            Map.of("narrative", "2023 年总体情况"))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("VALIDATED"))
                    .andReturn().getResponse().getHeader("ETag");
            api.perform(post("/api/supervision/v1/statistics/{id}/submit", id).header("If-Match", "\"0\""),
                    hzAdmin(), Map.of()).andExpect(status().isConflict());
            api.perform(post("/api/supervision/v1/statistics/{id}/submit", id).header("If-Match", version), hzAdmin(),
                            Map.of("at", "2024-01-31T23:59:00+08:00"))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUBMITTED"))
                    .andExpect(jsonPath("$.late").value(false));
            api.perform(post("/api/supervision/v1/statistics/{id}/overrides", id), hzAdmin(),
                    Map.of("cell", "PENALTY_WARNING", "value", 0, "reason", "x"))
                    .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("INVALID_TRANSITION"));
            api.perform(post("/api/supervision/v1/statistics/{id}/publish", id), hzAdmin(),
                            Map.of("url", "https://www.lyg.gov.cn/hz/tjnb/2023", "at", "2024-02-01T09:00:00+08:00"))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PUBLISHED"));
            assertThat(api.events(probe, AnnualStatisticsSubmitted.class, id, 1).get(0).get("late").asBoolean())
                    .isFalse();
            JsonNode published = api.events(probe, AnnualStatisticsPublished.class, id, 1).get(0);
            assertThat(published.get("figures").get("PENALTY_WARNING").asLong())
                    .isEqualTo(cell(report, "PENALTY", "PENALTY_WARNING") + 1);
            assertThat(published.get("agencyCode").asString()).isEqualTo(HZ_MARKET);
            // handed to the provincial push with the published version (idempotency key recordId:version)
            JsonNode deliveries = api.read(api.perform(get("/api/supervision/v1/exchange/deliveries")
                    .param("dataset", "ANNUAL_STATISTICS").param("recordId", "STATISTICS:" + id), hzSupervisor(), null)
                    .andExpect(status().isOk()));
            assertThat(deliveries.get("totalElements").asLong()).isPositive();
            // the county bureau reads it, another county's bureau does not
            api.perform(get("/api/supervision/v1/statistics/{id}", id), hzSupervisor(), null)
                    .andExpect(status().isOk()).andExpect(jsonPath("$.overrides.length()").value(3));
            api.perform(get("/api/supervision/v1/statistics/{id}", id), gySupervisor(), null)
                    .andExpect(status().isNotFound());
        }
    }

    @Test
    void aReportSubmittedAfter31JanuaryIsLate() throws Exception {
        String id = api.read(api.perform(post("/api/supervision/v1/statistics"), dhAdmin(), Map.of("year", 2025))
                .andExpect(status().isCreated())).get("id").asString();
        JsonNode r = api.read(api.perform(get("/api/supervision/v1/statistics/{id}", id), dhAdmin(), null));
        api.perform(post("/api/supervision/v1/statistics/{id}/overrides", id), dhAdmin(), Map.of("cell",
                "LICENSING_APPLIED", "value", cell(r, "LICENSING", "LICENSING_ACCEPTED"), "reason", "台账"));
        api.perform(post("/api/supervision/v1/statistics/{id}/validate", id), dhAdmin(), Map.of())
                .andExpect(status().isOk());
        api.perform(post("/api/supervision/v1/statistics/{id}/submit", id), dhAdmin(),
                        Map.of("at", "2026-02-01T00:00:00+08:00"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("LATE"));
    }

    static CertificateSnapshot certificate(String id, String officer, String status) {
        return new CertificateSnapshot(id, "JSZF-320707-2024-" + id.substring(0, 5), "ENFORCEMENT", officer,
                GY_ENFORCEMENT, "320707", List.of("MARKET"), List.of("320707"), "《食品安全法》第一百一十条",
                LocalDate.of(2024, 1, 1), LocalDate.of(2028, 12, 31), status, 2024, LocalDate.of(2025, 3, 31));
    }

    /** Sends the event as the earlier version of its contract (v1: the certificate without the review due date). */
    void publishAsV1(CertificateIssued issued) throws Exception {
        tools.jackson.databind.node.ObjectNode payload = json.valueToTree(issued);
        ((tools.jackson.databind.node.ObjectNode) payload.get("certificate")).remove("nextReviewDueDate");
        var message = cn.gov.lyg.enforcement.platform.outbox.OutboxMessage.ofEvent(issued, "/enforcement/personnel",
                null, json);
        var v1 = new cn.gov.lyg.enforcement.platform.outbox.OutboxMessage(message.messageId(), message.kind(),
                cn.gov.lyg.enforcement.events.EventContracts.readableTypes(CertificateIssued.class).get(0),
                message.topic(), message.key(), message.subject(), message.source(), message.time(), null,
                json.writeValueAsString(payload));
        assertThat(v1.type()).endsWith(".v1");
        try (var producer = new org.apache.kafka.clients.producer.KafkaProducer<>(Map.<String, Object>of(
                "bootstrap.servers", bootstrap), new org.apache.kafka.common.serialization.StringSerializer(),
                new org.apache.kafka.common.serialization.ByteArraySerializer())) {
            producer.send(cn.gov.lyg.enforcement.platform.kafka.CloudEventHeaders.toRecord(v1)).get();
        }
    }

    /**
     * 持证率 = officers on an enforcement post holding an ACTIVE enforcement certificate / officers on an enforcement
     * post (DOMAIN.md §2.1.3 P9), from personnel's events in all the versions on the topics.
     */
    @Test
    void theHoldingRateFollowsPersonnelsCertificateAndOfficerEvents() throws Exception {
        String gyAdmin = TestTokens.user("gy-admin").roles(Role.AGENCY_ADMIN).agency(GY_ENFORCEMENT).region("320707")
                .bearer();
        JsonNode before = api.read(api.perform(post("/api/supervision/v1/statistics"), gyAdmin, Map.of("year", 2025))
                .andExpect(status().isCreated()));
        OffsetDateTime at = OffsetDateTime.of(2025, 3, 1, 9, 0, 0, 0, ZoneOffset.ofHours(8));
        String[] officers = new String[6];
        String[] certs = new String[6];
        for (int i = 0; i < 6; i++) {
            officers[i] = UUID.randomUUID().toString();
            certs[i] = UUID.randomUUID().toString();
        }
        for (int i : new int[] {0, 1, 2, 5}) {
            TestEvents.publish(bootstrap, json, new CertificateIssued(UUID.randomUUID().toString(), at, certs[i], 2,
                    "320707", GY_ENFORCEMENT, officers[i], at, "gy-supervisor", null, null,
                    certificate(certs[i], officers[i], "ACTIVE")), 2);
        }
        TestEvents.publish(bootstrap, json, new CertificateSuspended(UUID.randomUUID().toString(), at, certs[1], 3,
                "320707", GY_ENFORCEMENT, officers[1], at, "gy-supervisor", "UNDER_INVESTIGATION",
                LocalDate.of(2026, 6, 30), certificate(certs[1], officers[1], "SUSPENDED")), 1);
        TestEvents.publish(bootstrap, json, new OfficerLeftService(UUID.randomUUID().toString(), at, officers[2], 3,
                "320707", GY_ENFORCEMENT, "RETIRED", LocalDate.of(2025, 3, 1), "gy-admin", null), 1);
        // registered, on an enforcement post, no certificate: in the denominator only
        TestEvents.publish(bootstrap, json, new OfficerProfileChanged(UUID.randomUUID().toString(), at, officers[3],
                0, "320707", GY_ENFORCEMENT, "吴军", "ON_DUTY", false, false, null, "gy-admin"), 1);
        // a certificate issued when personnel still wrote v1 events: counts like any other
        publishAsV1(new CertificateIssued(UUID.randomUUID().toString(), at, certs[4], 2, "320707", GY_ENFORCEMENT,
                officers[4], at, "gy-supervisor", null, null, certificate(certs[4], officers[4], "ACTIVE")));
        // an active certificate, but the officer is registered on a non-enforcement post: in neither count
        TestEvents.publish(bootstrap, json, new OfficerProfileChanged(UUID.randomUUID().toString(), at, officers[5],
                0, "320707", GY_ENFORCEMENT, "郑芳", "NON_ENFORCEMENT_POST", false, false, null, "gy-admin"), 1);
        // auxiliary staff are not enforcement officers
        TestEvents.publish(bootstrap, json, new AuxiliaryStaffRegistered(UUID.randomUUID().toString(), at,
                UUID.randomUUID().toString(), 0, "320707", GY_ENFORCEMENT, "郑刚", officers[0], List.of("PATROL_DISSUASION"),
                LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31), "ACTIVE", "gy-admin"), 1);
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode now = api.read(api.perform(post("/api/supervision/v1/statistics"), gyAdmin,
                    Map.of("year", 2025)).andExpect(status().isCreated()));
            // on duty: 0 (certified), 1 (suspended), 3 (no certificate), 4 (certified, v1); 2 retired, 5 off post
            assertThat(cell(now, "CERTIFICATES", "OFFICERS") - cell(before, "CERTIFICATES", "OFFICERS")).isEqualTo(4);
            assertThat(cell(now, "CERTIFICATES", "CERTIFIED_OFFICERS")
                    - cell(before, "CERTIFICATES", "CERTIFIED_OFFICERS")).isEqualTo(2);
            assertThat(now.get("holdingAsOf").asString()).isEqualTo("2025-12-31");
        });
    }

    @Test
    void rolesAndScope() throws Exception {
        api.perform(get("/api/supervision/v1/statistics"), null, null).andExpect(status().isUnauthorized());
        api.perform(get("/api/supervision/v1/statistics"), hzOfficer(), null).andExpect(status().isForbidden());
        api.perform(post("/api/supervision/v1/statistics"), hzSupervisor(), Map.of("year", 2024))
                .andExpect(status().isForbidden());
        api.perform(post("/api/supervision/v1/statistics"), hzOfficer(), Map.of()).andExpect(status().isForbidden());
        api.perform(post("/api/supervision/v1/statistics"), hzAdmin(), Map.of("agencyCode", DH_MARKET, "year", 2024))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("STATS_OWN_AGENCY_ONLY"));
        api.perform(post("/api/supervision/v1/statistics"), hzAdmin(), Map.of("year", 1999))
                .andExpect(status().isBadRequest());
        api.perform(post("/api/supervision/v1/statistics"), dhAdmin(), Map.of("year", 2024))
                .andExpect(status().isCreated());
        api.perform(get("/api/supervision/v1/statistics/{id}", DH_MARKET + ":2024"), hzAdmin(), null)
                .andExpect(status().isNotFound());
        JsonNode list = api.read(api.perform(get("/api/supervision/v1/statistics").param("size", "200"),
                hzSupervisor(), null).andExpect(status().isOk()));
        assertThat(list.get("content").findValuesAsString("agencyCode")).doesNotContain(DH_MARKET);
    }
}
