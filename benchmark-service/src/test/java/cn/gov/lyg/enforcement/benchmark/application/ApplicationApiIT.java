package cn.gov.lyg.enforcement.benchmark.application;

import static cn.gov.lyg.enforcement.benchmark.BenchmarkApi.dhOfficer;
import static cn.gov.lyg.enforcement.benchmark.BenchmarkApi.dhSupervisor;
import static cn.gov.lyg.enforcement.benchmark.BenchmarkApi.govSystems;
import static cn.gov.lyg.enforcement.benchmark.BenchmarkApi.hzAdmin;
import static cn.gov.lyg.enforcement.benchmark.BenchmarkApi.hzOfficer;
import static cn.gov.lyg.enforcement.benchmark.BenchmarkApi.hzReviewer;
import static cn.gov.lyg.enforcement.benchmark.BenchmarkApi.hzSupervisor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.lyg.enforcement.benchmark.BenchmarkApi;
import cn.gov.lyg.enforcement.events.EventSchemas;
import cn.gov.lyg.enforcement.events.Topics;
import cn.gov.lyg.enforcement.events.benchmark.BenchmarkApplied;
import cn.gov.lyg.enforcement.events.benchmark.BenchmarkDeviationRecorded;
import cn.gov.lyg.enforcement.platform.security.Role;
import cn.gov.lyg.enforcement.platform.test.KafkaProbe;
import cn.gov.lyg.enforcement.platform.test.ServiceTest;
import cn.gov.lyg.enforcement.platform.test.TestTokens;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** 基准适用记录 over HTTP: deviation approval, idempotency, events, data scope, the first-violation look-back. */
@ServiceTest
class ApplicationApiIT {

    static final String APPLICATIONS = "/api/benchmarks/v1/applications";
    private static String entryId;

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    MongoTemplate mongo;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;
    BenchmarkApi api;

    @BeforeEach
    void setUp() throws Exception {
        api = new BenchmarkApi(mvc, json, mongo);
        if (entryId == null) {
            String item = api.catalogItem("PENALTY", "ACTIVE", BenchmarkApi.HZ_MARKET);
            String id = api.draft(hzAdmin(), "COUNTY", null);
            entryId = api.addEntry(id, hzOfficer(), BenchmarkApi.entryBody("MKT-125-1-2-A", item));
            api.publish(id, hzOfficer(), hzReviewer(), hzAdmin());
        }
    }

    static String body(String caseId, String party, String agency, String fine, String approval, String factors) {
        return """
            {"caseId":"%s","reasoningText":"货值两万元，主动召回，依法从轻",
             "facts":{"entryId":"%s",%s"circumstanceLevel":"GENERAL","factors":[%s],"baseAmount":"20000",
                      "violationDate":"2025-03-03","discoveryDate":"2025-03-05","decisionDate":"2025-06-16","partyId":"%s"},
             "decision":{"penaltyKinds":["FINE","CONFISCATE_ILLEGAL_GAINS","CONFISCATE_ILLEGAL_PROPERTY"],
                         "fineAmount":"%s","partyType":"LEGAL_PERSON","priorNoticeDate":"2025-05-06",
                         "hearingRightNotified":true,"legalReviewerId":"lr-1","legalReviewDate":"2025-06-13"%s}}
            """.formatted(caseId, entryId, agency == null ? "" : "\"agencyCode\":\"" + agency + "\",", factors, party,
                fine, approval == null ? "" : ",\"deviationApproval\":" + approval);
    }

    static final String COLLECTIVE = """
        {"type":"COLLECTIVE_DELIBERATION","date":"2025-06-12","participants":["局长","副局长","法规科科长"],
         "minutesRef":"2025年第7次集体讨论纪要","reasoning":"货值虽小但涉及婴幼儿食品，按基准处罚明显偏轻"}
        """;

    @Test
    void as34ADeviationWithoutApprovalIsRefusedAndWithACollectiveDeliberationRecordedAndAnnounced() throws Exception {
        String caseId = "HZ-" + UUID.randomUUID();
        api.postJson(APPLICATIONS, body(caseId, "P-" + caseId, null, "150000", null, "\"ART32_ELIMINATED_HARM\""),
                        hzOfficer(), null)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("ART32_REQUIRES_LIGHTER_OR_MITIGATED"))
                .andExpect(jsonPath("$.violations[*].code", hasItem("DEVIATION_APPROVAL_REQUIRED")));
        // without an Art. 32 ground the LIGHTER recommendation comes from MINOR circumstances; 150 000 deviates
        String minor = body(caseId, "P-" + caseId, null, "150000", null, "").replace("\"GENERAL\"", "\"MINOR\"");
        api.postJson(APPLICATIONS, minor, hzOfficer(), null).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("DEVIATION_APPROVAL_REQUIRED"));
        String approved = body(caseId, "P-" + caseId, null, "150000", COLLECTIVE, "").replace("\"GENERAL\"", "\"MINOR\"");
        try (KafkaProbe probe = new KafkaProbe(bootstrap, Topics.BENCHMARK_APPLICATIONS)) {
            JsonNode created = api.read(api.postJson(APPLICATIONS, approved, hzOfficer(), null)
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.withinRecommended").value(false))
                    .andExpect(jsonPath("$.recommendedMin").value("100000.00"))
                    .andExpect(jsonPath("$.finalFine").value("150000.00"))
                    .andExpect(jsonPath("$.deviationApproval.minutesRef").value("2025年第7次集体讨论纪要")));
            String id = created.get("id").asString();
            var records = probe.await(r -> id.equals(r.key()), 2, Duration.ofSeconds(20));
            for (ConsumerRecord<String, byte[]> record : records) {
                CloudEvent event = KafkaMessageFactory.createReader(record).toEvent();
                JsonNode data = json.readTree(new String(event.getData().toBytes(), StandardCharsets.UTF_8));
                if (event.getType().endsWith("deviation-recorded.v1")) {
                    assertThat(EventSchemas.validate(BenchmarkDeviationRecorded.class, data)).isEmpty();
                    assertThat(data.get("approvalType").asString()).isEqualTo("COLLECTIVE_DELIBERATION");
                    assertThat(data.get("regionCode").asString()).isEqualTo("320706");
                } else {
                    assertThat(event.getType()).endsWith("application.applied.v1");
                    assertThat(EventSchemas.validate(BenchmarkApplied.class, data)).isEmpty();
                    assertThat(data.get("withinRecommended").asBoolean()).isFalse();
                }
            }
            assertThat(records).extracting(r -> new String(r.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))
                    .containsExactlyInAnyOrder("cn.gov.lyg.enforcement.benchmark.application.applied.v1",
                            "cn.gov.lyg.enforcement.benchmark.application.deviation-recorded.v1");
            // the supervising county bureau sees it; another county's does not
            api.perform(get(APPLICATIONS + "/" + id), hzSupervisor()).andExpect(status().isOk());
            api.perform(get(APPLICATIONS + "/" + id), dhSupervisor()).andExpect(status().isNotFound());
            api.perform(get(APPLICATIONS + "/" + id), dhOfficer()).andExpect(status().isNotFound());
            api.perform(get(APPLICATIONS).param("deviation", "true").param("caseId", caseId), hzSupervisor())
                    .andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(1));
            api.perform(get(APPLICATIONS).param("caseId", caseId), dhSupervisor())
                    .andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(0));
            // the same decision again is the same record; a different one conflicts
            api.postJson(APPLICATIONS, approved, hzOfficer(), null).andExpect(status().isOk())
                    .andExpect(jsonPath("$.id").value(id));
            api.postJson(APPLICATIONS, approved.replace("\"150000\"", "\"140000\""), hzOfficer(), null)
                    .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("APPLICATION_EXISTS"));
        }
    }

    @Test
    void aGovSystemRecordsForTheAgencyInTheBodyAndRetriesWithAnIdempotencyKey() throws Exception {
        String caseId = "HZ-" + UUID.randomUUID();
        String within = body(caseId, "P-" + caseId, BenchmarkApi.HZ_MARKET, "120000", null, "\"ART32_ELIMINATED_HARM\"");
        String key = "case-" + caseId;
        String first = api.read(api.perform(post(APPLICATIONS).contentType(MediaType.APPLICATION_JSON).content(within)
                .header("Idempotency-Key", key), govSystems()).andExpect(status().isCreated())
                .andExpect(jsonPath("$.withinRecommended").value(true))
                .andExpect(jsonPath("$.agencyCode").value(BenchmarkApi.HZ_MARKET))
                .andExpect(jsonPath("$.recordedBy").value("service-account-gov-systems"))).get("id").asString();
        api.perform(post(APPLICATIONS).contentType(MediaType.APPLICATION_JSON).content(within)
                        .header("Idempotency-Key", key), govSystems())
                .andExpect(status().isCreated()).andExpect(header().string("Idempotency-Replayed", "true"))
                .andExpect(jsonPath("$.id").value(first));
        api.perform(get(APPLICATIONS + "/" + first), govSystems()).andExpect(status().isOk());
        api.postJson(APPLICATIONS, within, hzSupervisor(), null).andExpect(status().isForbidden());
        api.postJson(APPLICATIONS, within, null, null).andExpect(status().isUnauthorized());
        api.perform(get(APPLICATIONS), null).andExpect(status().isUnauthorized());
        api.postJson(APPLICATIONS, within.replace(caseId, ""), hzOfficer(), null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("APPLICATION_INVALID"));
        // the evaluation of the agency's period: its admin and its county bureau, not another county's
        String evaluations = "/api/benchmarks/v1/evaluations";
        api.perform(get(evaluations).param("agencyCode", BenchmarkApi.HZ_MARKET).param("from", "2025-01-01")
                        .param("to", "2025-12-31"), hzSupervisor()).andExpect(status().isOk())
                .andExpect(jsonPath("$.applications").isNumber())
                .andExpect(jsonPath("$.benchmarkShare").doesNotExist());
        api.perform(get(evaluations).param("agencyCode", BenchmarkApi.HZ_MARKET).param("from", "2025-01-01")
                .param("to", "2025-12-31").param("totalDecisions", "100000"), hzAdmin()).andExpect(status().isOk())
                .andExpect(jsonPath("$.benchmarkShare").isNumber());
        api.perform(get(evaluations).param("agencyCode", BenchmarkApi.HZ_MARKET).param("from", "2025-01-01")
                .param("to", "2025-12-31"), dhSupervisor()).andExpect(status().isNotFound());
        api.perform(get(evaluations).param("agencyCode", BenchmarkApi.HZ_MARKET).param("from", "2025-12-31")
                .param("to", "2025-01-01"), hzAdmin()).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("DATES_OUT_OF_ORDER"));
        api.perform(get(evaluations).param("agencyCode", BenchmarkApi.HZ_MARKET), hzOfficer())
                .andExpect(status().isForbidden());
        api.perform(get(evaluations), null).andExpect(status().isUnauthorized());
    }

    /**
     * Row 11 of the authorization review: one application is read under the same policy as the list
     * ({@code DecisionRecordReaders}); other roles are refused with 403 even when their token names the agency, and
     * the data scope still applies to the readers (404 outside it).
     */
    @Test
    void oneApplicationIsReadByTheDecisionRecordReadersOfItsScopeOnly() throws Exception {
        String caseId = "HZ-" + UUID.randomUUID();
        // the party is a citizen, named by the ID number: displayed masked (row 7, DOMAIN.md §2.0.1 / §2.0.4)
        String id = api.read(api.postJson(APPLICATIONS, body(caseId, "32070619800512123X", null, "120000", null,
                "\"ART32_ELIMINATED_HARM\""), hzOfficer(), null).andExpect(status().isCreated())
                .andExpect(jsonPath("$.partyId").value("320706********123X"))).get("id").asString();
        String one = APPLICATIONS + "/" + id;
        for (String reader : java.util.List.of(hzOfficer(), hzReviewer(), hzAdmin(), hzSupervisor(), govSystems(),
                user("hz-leader", Role.AGENCY_LEADER, BenchmarkApi.HZ_MARKET, "320706"),
                user("city-supervisor", Role.SUPERVISOR_CITY, BenchmarkApi.CITY_JUSTICE, "320700"),
                user("province", Role.PROVINCE_READONLY, null, "320000"))) {
            api.perform(get(one), reader).andExpect(status().isOk()).andExpect(jsonPath("$.id").value(id))
                    .andExpect(jsonPath("$.partyId").value("320706********123X"));
        }
        api.perform(get(APPLICATIONS).param("caseId", caseId), hzOfficer()).andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].partyId").value("320706********123X"));
        // roles without a part in recorded decisions, even with the agency in their token
        for (Role role : java.util.List.of(Role.AUXILIARY, Role.CATALOG_ADMIN, Role.AUDITOR, Role.SPECIAL_SUPERVISOR,
                Role.HOTLINE)) {
            api.perform(get(one), user("hz-" + role.name().toLowerCase(), role, BenchmarkApi.HZ_MARKET, "320706"))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.code").value("ACCESS_DENIED"));
        }
        api.perform(get(one), null).andExpect(status().isUnauthorized());
        // readers outside the scope: as if it did not exist
        api.perform(get(one), dhOfficer()).andExpect(status().isNotFound());
        api.perform(get(one), dhSupervisor()).andExpect(status().isNotFound());
        api.perform(get(one), BenchmarkApi.govSystemsOf("320722")).andExpect(status().isNotFound());
    }

    private static String user(String name, Role role, String agency, String region) {
        var token = TestTokens.user(name).roles(role).region(region);
        return (agency == null ? token : token.agency(agency)).bearer();
    }

    @Test
    void as33APenaltyRecordedForTheSamePartyEndsTheFirstViolationExemption() throws Exception {
        String party = "P-" + UUID.randomUUID();
        String firstCase = "HZ-" + UUID.randomUUID();
        String earlier = body(firstCase, party, null, "120000", null, "\"ART32_ELIMINATED_HARM\"")
                .replace("2025-03-03", "2024-03-01").replace("2025-03-05", "2024-03-02")
                .replace("2025-06-16", "2024-05-06").replace("2025-05-06", "2024-04-01")
                .replace("2025-06-13", "2024-05-01");
        api.postJson(APPLICATIONS, earlier, hzOfficer(), null).andExpect(status().isCreated());
        String ask = """
            {"entryId":"%s","circumstanceLevel":"MINOR","factors":["MINOR_HARM","PROMPTLY_CORRECTED"],"baseAmount":"20000",
             "violationDate":"2025-03-03","decisionDate":"2025-06-16","partyId":"%s"}
            """;
        api.postJson("/api/benchmarks/v1/recommendations", ask.formatted(entryId, party), hzOfficer(), null)
                .andExpect(status().isOk()).andExpect(jsonPath("$.noPenaltyOptions.length()").value(0))
                .andExpect(jsonPath("$.tier").value("LIGHTER"));
        api.postJson("/api/benchmarks/v1/recommendations", ask.formatted(entryId, "P-" + UUID.randomUUID()),
                        hzOfficer(), null)
                .andExpect(status().isOk()).andExpect(jsonPath("$.tier").value("NO_PENALTY"))
                .andExpect(jsonPath("$.noPenaltyOptions[0].code").value("FIRST_VIOLATION"))
                .andExpect(jsonPath("$.noPenaltyOptions[0].educationMeasureRequired").value(true));
    }
}
