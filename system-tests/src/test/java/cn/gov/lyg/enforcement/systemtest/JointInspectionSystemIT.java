package cn.gov.lyg.enforcement.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.lyg.enforcement.events.EventContracts;
import cn.gov.lyg.enforcement.events.EventSchemas;
import cn.gov.lyg.enforcement.events.Topics;
import cn.gov.lyg.enforcement.events.inspection.RepeatedInspectionDetected;
import cn.gov.lyg.enforcement.platform.identifier.UnifiedSocialCreditCode;
import cn.gov.lyg.enforcement.platform.test.KafkaProbe;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * 综合查一次 and the economic impact assessment gate across services, through the gateway with real Keycloak tokens
 * of two agencies (海州区市场监管局 and 海州区城市管理局) and real Kafka:
 * <ul>
 *   <li>the second agency's inspection of the same enterprise in the same month raises RepeatedInspectionDetected on
 *       inspection.coordination.v1 (for supervision) and a merge proposal; the participants see the joint
 *       inspection, another agency's officer gets 404;</li>
 *   <li>benchmark's decision check answers IMPACT_ASSESSMENT_REQUIRED for a licence revocation of an enterprise
 *       until inspection-service has an approved economic impact assessment of the case, then passes the rule.</li>
 * </ul>
 */
class JointInspectionSystemIT {

    private static final String BASE = Stack.GATEWAY + "/api/inspections/v1";
    private static final String HZ_MARKET = "11320706300200020C";
    private static final String HZ_URBAN = "113207063002000399";
    private static final SecureRandom RANDOM = new SecureRandom();

    private static String user(String name) {
        return Tokens.bearer(Tokens.user(name));
    }

    private static HttpResponse<String> send(String method, String path, String bearer, ObjectNode body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(java.net.URI.create(BASE + path))
                .timeout(Duration.ofSeconds(15)).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body.toString()));
        if (bearer != null) {
            request.header("Authorization", bearer);
        }
        return Stack.send(request);
    }

    private static String inspectionItem(String domain, String segment, String agency, String level) {
        ObjectNode item = Catalog.item("INSPECTION", "INS");
        item.put("itemCode", Items.uniqueCode("3207-" + segment + "-INS-"));
        item.put("domain", domain);
        item.put("name", "系统测试检查事项（" + domain + "）");
        item.putArray("implementingAgencyCodes").add(agency);
        item.putArray("exerciseLevels").add(level);
        Catalog.published(item);
        return item.get("itemCode").asString();
    }

    /** Plans a DUAL_RANDOM inspection, retrying while the catalog item has not reached inspection-service. */
    private static String plan(String bearer, String uscc, String item, String domain, LocalDate day) {
        ObjectNode inspection = Stack.JSON.createObjectNode().put("kind", "DUAL_RANDOM")
                .put("spotCheckTaskId", "SC-SYS-" + RANDOM.nextInt(99999)).put("uscc", uscc)
                .put("plannedDate", day.toString());
        inspection.putArray("itemIds").add(item);
        inspection.putArray("itemDomains").add(domain);
        AtomicReference<String> created = new AtomicReference<>();
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            HttpResponse<String> response = send("POST", "/inspections", bearer, inspection);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            created.set(Stack.json(response).get("id").asString());
        });
        return created.get();
    }

    @Test
    void aSecondAgencysInspectionRaisesTheDetectionAndAMergeProposalSeenByParticipantsOnly() {
        String market = user("hz-agency-admin");
        String urban = user("hz-urban-admin");
        String body17 = String.format("91320706MA%07d", 6_000_000 + RANDOM.nextInt(999_999));
        String uscc = body17 + UnifiedSocialCreditCode.checkDigit(body17);
        ObjectNode entity = Stack.JSON.createObjectNode().put("uscc", uscc).put("name", "系统测试餐饮有限公司")
                .put("entityType", "ENTERPRISE").put("regionCode", "320706").put("industryCode", "H6210");
        PersonnelSystemIT.ok(send("POST", "/entities", market, entity), 201);
        String marketItem = inspectionItem("MARKET", "MKT", HZ_MARKET, "COUNTY");
        String urbanItem = inspectionItem("URBAN_MGMT", "URB", HZ_URBAN, "COUNTY");
        LocalDate day = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusMonths(1).withDayOfMonth(3);

        String first = plan(market, uscc, marketItem, "MARKET", day);
        try (KafkaProbe coordination = new KafkaProbe(Stack.KAFKA, Topics.INSPECTION_COORDINATION)) {
            String second = plan(urban, uscc, urbanItem, "URBAN_MGMT", day.plusDays(12));
            String ceType = EventContracts.of(RepeatedInspectionDetected.class).type();
            var records = coordination.await(r -> r.headers().lastHeader("ce_type") != null
                    && ceType.equals(new String(r.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))
                    && new String(r.value(), StandardCharsets.UTF_8).contains(uscc), 1, Duration.ofSeconds(30));
            JsonNode detected = Stack.JSON.readTree(new String(records.get(0).value(), StandardCharsets.UTF_8));
            assertThat(EventSchemas.validate(RepeatedInspectionDetected.class, detected)).isEmpty();
            assertThat(detected.get("agencyCodes").toString()).contains(HZ_MARKET, HZ_URBAN);
            assertThat(detected.get("inspections").findValuesAsString("inspectionId")).contains(first, second);
        }

        JsonNode proposals = PersonnelSystemIT.ok(send("GET", "/merge-proposals?size=200", urban, null), 200);
        String joint = null;
        for (JsonNode p : proposals.get("content")) {
            if (uscc.equals(p.get("uscc").asString())) {
                joint = p.get("id").asString();
                assertThat(p.get("leadAgencyCode").asString()).isEqualTo(HZ_MARKET);
            }
        }
        assertThat(joint).as(proposals.toString()).isNotNull();
        PersonnelSystemIT.ok(send("GET", "/joint-inspections/" + joint, market, null), 200);
        PersonnelSystemIT.ok(send("GET", "/joint-inspections/" + joint, urban, null), 200);
        HttpResponse<String> stranger = send("GET", "/joint-inspections/" + joint, user("dh-officer"), null);
        assertThat(stranger.statusCode()).as(stranger.body()).isEqualTo(404);
        assertThat(send("GET", "/joint-inspections/" + joint, null, null).statusCode()).isEqualTo(401);
        HttpResponse<String> twice = send("POST", "/inspections", market, Stack.JSON.createObjectNode()
                .put("kind", "DUAL_RANDOM").put("spotCheckTaskId", "SC-SYS-2").put("uscc", uscc)
                .put("plannedDate", day.plusDays(5).toString()).set("itemIds", Stack.JSON.createArrayNode()
                        .add(marketItem)));
        assertThat(twice.statusCode()).as(twice.body()).isEqualTo(409);
        assertThat(Stack.json(twice).get("code").asString()).isEqualTo("MUST_MERGE_SAME_AGENCY");
    }

    @Test
    void theDecisionCheckRequiresAnApprovedImpactAssessmentRecordedInInspection() {
        String entryId = BenchmarkSystemIT.publishedEntryWithRevocation();
        String caseId = "HZ-EIA-SYS-" + UUID.randomUUID().toString().substring(0, 8);
        String check = """
            {"caseId":"%s","facts":{"entryId":"%s","agencyCode":"%s","circumstanceLevel":"GENERAL","baseAmount":"8000",
             "violationDate":"2025-03-03","discoveryDate":"2025-03-05","decisionDate":"2025-06-16"},
             "decision":{"penaltyKinds":["FINE","REVOKE_LICENCE","CONFISCATE_ILLEGAL_GAINS","CONFISCATE_ILLEGAL_PROPERTY"],
                         "fineAmount":"20000","partyType":"LEGAL_PERSON"}}
            """.formatted(caseId, entryId, HZ_MARKET);
        assertThat(impact(check).get("code").asString()).isEqualTo("IMPACT_ASSESSMENT_REQUIRED");

        ObjectNode assessment = Stack.JSON.createObjectNode().put("caseId", caseId).put("uscc", "91320722MA21TD9K6J")
                .put("domain", "MARKET").put("stage", "BEFORE_DECISION").put("fineAmount", "20000.00")
                .put("riskLevel", "HIGH");
        assessment.putArray("proposedMeasures").add("REVOKE_LICENCE").add("FINE");
        assessment.putObject("indicators").put("employeesAffected", 320).put("productionDaysLost", 30)
                .put("revenueShareAffected", "35.0");
        assessment.putArray("mitigations").add("INSTALMENT_PAYMENT");
        String id = PersonnelSystemIT.ok(send("POST", "/impact-assessments", user("hz-officer"), assessment), 201)
                .get("id").asString();
        PersonnelSystemIT.ok(send("POST", "/impact-assessments/" + id + "/submit", user("hz-officer"), null), 200);
        assertThat(send("POST", "/impact-assessments/" + id + "/approve", user("hz-officer"), null).statusCode())
                .isEqualTo(403);
        PersonnelSystemIT.ok(send("POST", "/impact-assessments/" + id + "/approve", user("hz-leader"), null), 200);

        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(impact(check).get("outcome").asString()).isEqualTo("PASSED"));
    }

    private static JsonNode impact(String check) {
        JsonNode view = BenchmarkSystemIT.expect(BenchmarkSystemIT.post("/decision-checks",
                BenchmarkSystemIT.govSystems(), check), 200);
        for (JsonNode r : view.get("results")) {
            if ("ECONOMIC_IMPACT".equals(r.get("rule").asString())) {
                return r;
            }
        }
        throw new AssertionError("no ECONOMIC_IMPACT result: " + view);
    }
}
