package cn.gov.lyg.enforcement.benchmark.check;

import static cn.gov.lyg.enforcement.benchmark.BenchmarkApi.hzAdmin;
import static cn.gov.lyg.enforcement.benchmark.BenchmarkApi.hzOfficer;
import static cn.gov.lyg.enforcement.benchmark.BenchmarkApi.hzReviewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.lyg.enforcement.benchmark.BenchmarkApi;
import cn.gov.lyg.enforcement.events.inspection.EconomicImpactAssessed;
import cn.gov.lyg.enforcement.platform.kafka.ProcessedEvents;
import cn.gov.lyg.enforcement.platform.test.ServiceTest;
import cn.gov.lyg.enforcement.platform.test.TestEvents;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * inspection.impact-assessments.v1 → the decision check: without an assessment IMPACT_ASSESSMENT_REQUIRED, submitted
 * but not approved IMPACT_ASSESSMENT_NOT_APPROVED, approved → passed; older versions and other sources change nothing.
 */
@ServiceTest
class ImpactAssessmentConsumerIT {

    private static final String INSPECTION = "/enforcement/inspection";

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ProcessedEvents processed;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;
    BenchmarkApi api;
    String entry;

    @BeforeEach
    void setUp() throws Exception {
        api = new BenchmarkApi(mvc, json, mongo);
        String item = api.catalogItem("PENALTY", "ACTIVE", BenchmarkApi.HZ_MARKET);
        String id = api.draft(hzAdmin(), "COUNTY", null);
        entry = api.addEntry(id, hzOfficer(), BenchmarkApi.entryBody("EIA-" + UUID.randomUUID().toString()
                .substring(0, 6), item));
        api.publish(id, hzOfficer(), hzReviewer(), hzAdmin());
    }

    private JsonNode impactCheck(String caseId) throws Exception {
        String body = """
            {"caseId":"%s","facts":{"entryId":"%s","circumstanceLevel":"GENERAL","baseAmount":"8000",
             "violationDate":"2025-03-03","discoveryDate":"2025-03-10","decisionDate":"2025-06-16"},
             "decision":{"penaltyKinds":["FINE","REVOKE_LICENCE","CONFISCATE_ILLEGAL_GAINS","CONFISCATE_ILLEGAL_PROPERTY"],
                         "fineAmount":"20000","partyType":"LEGAL_PERSON"}}
            """.formatted(caseId, entry);
        JsonNode view = api.read(api.postJson("/api/benchmarks/v1/decision-checks", body, hzOfficer(), null)
                .andExpect(status().isOk()));
        for (JsonNode r : view.get("results")) {
            if (r.get("rule").asString().equals("ECONOMIC_IMPACT")) {
                return r;
            }
        }
        throw new AssertionError("no ECONOMIC_IMPACT result in " + view);
    }

    private EconomicImpactAssessed assessed(String aggregateId, long version, String caseId, String status) {
        return new EconomicImpactAssessed(UUID.randomUUID().toString(), OffsetDateTime.now(), aggregateId, version,
                "320706", BenchmarkApi.HZ_MARKET, caseId, "91320722MA21TD9K6J", "MARKET", "BEFORE_DECISION",
                List.of("REVOKE_LICENCE", "FINE"), "20000.00", "HIGH", List.of("INSTALMENT_PAYMENT"), status,
                "APPROVED".equals(status) ? "hz-leader" : null,
                "APPROVED".equals(status) ? LocalDate.of(2025, 6, 10) : null);
    }

    private void deliver(EconomicImpactAssessed e, String source) {
        TestEvents.publish(bootstrap, json, e, 1, source);
    }

    private void awaitProcessed(EconomicImpactAssessed e) {
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> processed.isProcessed(ImpactAssessmentConsumer.CONSUMER, e.eventId()));
    }

    @Test
    void theCheckFollowsTheNewestAssessmentReportedByInspection() throws Exception {
        String caseId = "HZ-EIA-" + UUID.randomUUID().toString().substring(0, 8);
        String assessment = UUID.randomUUID().toString();
        JsonNode before = impactCheck(caseId);
        assertThat(before.get("outcome").asString()).isEqualTo("FAILED");
        assertThat(before.get("code").asString()).isEqualTo("IMPACT_ASSESSMENT_REQUIRED");

        EconomicImpactAssessed submitted = assessed(assessment, 1, caseId, "SUBMITTED");
        deliver(submitted, INSPECTION);
        awaitProcessed(submitted);
        assertThat(impactCheck(caseId).get("code").asString()).isEqualTo("IMPACT_ASSESSMENT_NOT_APPROVED");

        EconomicImpactAssessed approved = assessed(assessment, 2, caseId, "APPROVED");
        deliver(approved, INSPECTION);
        deliver(approved, INSPECTION);
        awaitProcessed(approved);
        assertThat(impactCheck(caseId).get("outcome").asString()).isEqualTo("PASSED");

        // a late redelivery of the older state (new event id, older version) changes nothing
        EconomicImpactAssessed stale = assessed(assessment, 1, caseId, "SUBMITTED");
        deliver(stale, INSPECTION);
        awaitProcessed(stale);
        assertThat(impactCheck(caseId).get("outcome").asString()).isEqualTo("PASSED");
    }

    @Test
    void onlyInspectionMayReportAssessments() throws Exception {
        String caseId = "HZ-EIA-" + UUID.randomUUID().toString().substring(0, 8);
        EconomicImpactAssessed forged = assessed(UUID.randomUUID().toString(), 1, caseId, "APPROVED");
        deliver(forged, "/enforcement/benchmark");
        EconomicImpactAssessed genuine = assessed(UUID.randomUUID().toString(), 1, "other-" + caseId, "APPROVED");
        deliver(genuine, INSPECTION);
        awaitProcessed(genuine);
        assertThat(processed.isProcessed(ImpactAssessmentConsumer.CONSUMER, forged.eventId())).isFalse();
        assertThat(impactCheck(caseId).get("code").asString()).isEqualTo("IMPACT_ASSESSMENT_REQUIRED");
    }
}
