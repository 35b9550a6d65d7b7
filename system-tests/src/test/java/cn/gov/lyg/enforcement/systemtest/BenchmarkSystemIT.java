package cn.gov.lyg.enforcement.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.lyg.enforcement.events.EventSchemas;
import cn.gov.lyg.enforcement.events.benchmark.BenchmarkDeviationRecorded;
import cn.gov.lyg.enforcement.platform.test.KafkaProbe;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A case-handling system's view of the benchmarks, through the gateway with real Keycloak tokens: a benchmark of
 * 海州区市场监管局 on a catalog item (the item reaches benchmark-service over Kafka), published; then the gov-systems
 * client asks for the recommendation of the worked example (DOMAIN.md §3.4), runs the pre-decision gate, and records
 * the decision — refused without, recorded with a collective deliberation, the deviation on Kafka.
 */
class BenchmarkSystemIT {

    private static final String API = Stack.GATEWAY + "/api/benchmarks/v1";
    private static final String HZ_MARKET = "11320706300200020C";

    static String user(String name) {
        return Tokens.bearer(Tokens.user(name));
    }

    static String govSystems() {
        return Tokens.bearer(Tokens.client("gov-systems", Stack.env("KC_GOV_SYSTEMS_CLIENT_SECRET",
                "gov-systems-dev-secret")));
    }

    static HttpResponse<String> post(String path, String bearer, String body) {
        var request = Stack.postJson(API + path, body);
        if (bearer != null) {
            request.header("Authorization", bearer);
        }
        return Stack.send(request);
    }

    static JsonNode expect(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return Stack.json(response);
    }

    static String entry(String code, String itemId) {
        return """
            {"violationCode":"%s","violationName":"生产经营无标签预包装食品","catalogItemId":"%s",
             "violatedProvisions":[{"lawName":"中华人民共和国食品安全法","article":"125","paragraph":"1","item":"2"}],
             "penaltyProvisions":[{"lawName":"中华人民共和国食品安全法","article":"125","paragraph":"1"}],
             "allowedPenaltyKinds":["FINE","CONFISCATE_ILLEGAL_GAINS","CONFISCATE_ILLEGAL_PROPERTY","WARNING"],
             "mandatoryPenaltyKinds":["CONFISCATE_ILLEGAL_GAINS","CONFISCATE_ILLEGAL_PROPERTY"],
             "fineFormula":{"kind":"BRANCHED","baseKind":"GOODS_VALUE","branches":[
               {"baseFrom":"0","formula":{"kind":"FIXED_RANGE","min":"5000","max":"50000"}},
               {"baseFrom":"10000","formula":{"kind":"MULTIPLE_OF_BASE","baseKind":"GOODS_VALUE","min":"5","max":"10"}}]}}
            """.formatted(code, itemId);
    }

    /**
     * A published benchmark entry of 海州区市场监管局 (MARKET) on a fresh catalog item whose penalties include licence
     * revocation (a heavy measure needing an economic impact assessment); returns the entry id.
     */
    static String publishedEntryWithRevocation() {
        ObjectNode item = Items.foodPenalty();
        String itemId = expect(Stack.send(Stack.postJson(Catalog.API + "/items", item.toString())
                .header("Authorization", user("catalog-admin"))), 201).get("id").asString();
        expect(Stack.send(Stack.postJson(Catalog.API + "/items/" + itemId + "/publish", "")
                .header("Authorization", user("catalog-admin"))), 200);
        String admin = user("hz-agency-admin");
        String id = expect(post("/benchmarks", admin, """
            {"title":"海州区市场监管行政处罚裁量基准（影响评估系统测试）","level":"COUNTY","domain":"MARKET","docNo":"海市监〔2025〕98号"}
            """), 201).get("id").asString();
        String code = "MKT-EIA-" + UUID.randomUUID().toString().substring(0, 8);
        String body = entry(code, itemId).replace("\"WARNING\"]", "\"WARNING\",\"REVOKE_LICENCE\"]");
        JsonNode[] added = new JsonNode[1];
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            HttpResponse<String> r = post("/benchmarks/" + id + "/entries", user("hz-officer"), body);
            if (r.statusCode() == 201) {
                added[0] = Stack.json(r);
                return true;
            }
            assertThat(r.statusCode()).as("until catalog.items.v1 brought the item: " + r.body()).isEqualTo(422);
            return false;
        });
        expect(post("/benchmarks/" + id + "/submit", user("hz-officer"), ""), 200);
        expect(post("/benchmarks/" + id + "/approve", user("hz-legal-reviewer"), """
            {"reviewedOn":"2024-12-01","opinion":"合法","deliberationDate":"2024-12-10","minutesRef":"2024年第13次局务会议纪要"}
            """), 200);
        expect(post("/benchmarks/" + id + "/publish", admin,
                "{\"publishedAt\":\"2024-12-20\",\"effectiveFrom\":\"2025-01-01\"}"), 200);
        return added[0].get("entryId").asString();
    }

    @Test
    void aCaseHandlingSystemGetsTheRecommendationChecksTheDecisionAndRecordsTheApprovedDeviation() {
        // a PENALTY item of 海州区市场监管局 in the catalog
        ObjectNode item = Items.foodPenalty();
        String itemId = expect(Stack.send(Stack.postJson(Catalog.API + "/items", item.toString())
                .header("Authorization", user("catalog-admin"))), 201).get("id").asString();
        expect(Stack.send(Stack.postJson(Catalog.API + "/items/" + itemId + "/publish", "")
                .header("Authorization", user("catalog-admin"))), 200);

        // the benchmark, authored, reviewed and published by the agency
        String admin = user("hz-agency-admin");
        String id = expect(post("/benchmarks", admin, """
            {"title":"海州区市场监管行政处罚裁量基准（系统测试）","level":"COUNTY","domain":"MARKET","docNo":"海市监〔2025〕99号"}
            """), 201).get("id").asString();
        String code = "MKT-125-1-2-" + UUID.randomUUID().toString().substring(0, 8);
        JsonNode[] added = new JsonNode[1];
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            HttpResponse<String> r = post("/benchmarks/" + id + "/entries", user("hz-officer"), entry(code, itemId));
            if (r.statusCode() == 201) {
                added[0] = Stack.json(r);
                return true;
            }
            assertThat(r.statusCode()).as("until catalog.items.v1 brought the item: " + r.body()).isEqualTo(422);
            return false;
        });
        String entryId = added[0].get("entryId").asString();
        expect(post("/benchmarks/" + id + "/submit", user("hz-officer"), ""), 200);
        expect(post("/benchmarks/" + id + "/approve", user("hz-legal-reviewer"), """
            {"reviewedOn":"2024-12-01","opinion":"合法","deliberationDate":"2024-12-10","minutesRef":"2024年第12次局务会议纪要"}
            """), 200);
        assertThat(expect(post("/benchmarks/" + id + "/publish", admin,
                "{\"publishedAt\":\"2024-12-20\",\"effectiveFrom\":\"2025-01-01\"}"), 200).get("status").asString())
                .isIn("PUBLISHED", "EFFECTIVE");
        expect(Stack.send(Stack.get(API + "/public/benchmarks/" + id)), 200);

        // the recommendation as the case-handling system asks for it
        String facts = """
            {"entryId":"%s","agencyCode":"%s","circumstanceLevel":"GENERAL","factors":["ART32_ELIMINATED_HARM"],
             "baseAmount":"20000","violationDate":"2025-03-03","discoveryDate":"2025-03-05","decisionDate":"2025-06-16",
             "partyId":"91320706MA1QWE3L65"}
            """.formatted(entryId, HZ_MARKET);
        JsonNode rec = expect(post("/recommendations", govSystems(), facts), 200);
        assertThat(rec.get("tier").asString()).isEqualTo("LIGHTER");
        assertThat(rec.at("/range/min").asString()).isEqualTo("100000.00");
        assertThat(rec.at("/range/max").asString()).isEqualTo("130000.00");
        assertThat(expect(post("/recommendations", null, facts), 401).get("code").asString()).isEqualTo("UNAUTHENTICATED");
        assertThat(expect(post("/recommendations", user("hz-auxiliary"), facts), 403).get("code").asString())
                .isEqualTo("ACCESS_DENIED");

        // the gate and the record: MINOR circumstances without Art. 32 → LIGHTER 100 000–130 000; 150 000 deviates
        String minorFacts = facts.replace("\"GENERAL\"", "\"MINOR\"").replace("\"ART32_ELIMINATED_HARM\"", "");
        String decision = """
            {"penaltyKinds":["FINE","CONFISCATE_ILLEGAL_GAINS","CONFISCATE_ILLEGAL_PROPERTY"],"fineAmount":"150000",
             "partyType":"LEGAL_PERSON","priorNoticeDate":"2025-05-06","hearingRightNotified":true,
             "legalReviewerId":"hz-legal-reviewer","legalReviewDate":"2025-06-13"%s}
            """;
        String caseId = "HZ-SYS-" + UUID.randomUUID();
        JsonNode gate = expect(post("/decision-checks", govSystems(), """
            {"caseId":"%s","facts":%s,"decision":%s}""".formatted(caseId, minorFacts, decision.formatted(""))), 200);
        assertThat(gate.get("verdict").asString()).isEqualTo("FAIL");
        assertThat(gate.get("breaches").findValuesAsString("code")).contains("DEVIATION_APPROVAL_REQUIRED");
        assertThat(expect(post("/applications", govSystems(), """
            {"caseId":"%s","facts":%s,"decision":%s}""".formatted(caseId, minorFacts, decision.formatted(""))), 422)
                .get("code").asString()).isEqualTo("DEVIATION_APPROVAL_REQUIRED");
        String approval = """
            ,"deviationApproval":{"type":"COLLECTIVE_DELIBERATION","date":"2025-06-12","participants":["局长","副局长"],
             "minutesRef":"2025年第7次集体讨论纪要","reasoning":"涉及婴幼儿食品，按基准处罚明显偏轻"}""";
        try (KafkaProbe reader = new KafkaProbe(Stack.KAFKA, "benchmark.applications.v1")) {
            JsonNode recorded = expect(post("/applications", govSystems(), """
                {"caseId":"%s","facts":%s,"decision":%s,"reasoningText":"集体讨论决定"}"""
                    .formatted(caseId, minorFacts, decision.formatted(approval))), 201);
            String applicationId = recorded.get("id").asString();
            assertThat(recorded.get("withinRecommended").asBoolean()).isFalse();
            var records = reader.await(r -> applicationId.equals(r.key()) && new String(r.headers()
                    .lastHeader("ce_type").value(), StandardCharsets.UTF_8).endsWith("deviation-recorded.v1"), 1,
                    Duration.ofSeconds(30));
            CloudEvent event = KafkaMessageFactory.createReader(records.get(0)).toEvent();
            assertThat(event.getSource().toString()).isEqualTo("/enforcement/benchmark");
            JsonNode data = Stack.JSON.readTree(new String(event.getData().toBytes(), StandardCharsets.UTF_8));
            assertThat(EventSchemas.validate(BenchmarkDeviationRecorded.class, data)).isEmpty();
            assertThat(data.get("finalFine").asString()).isEqualTo("150000.00");
            // the county's judicial bureau sees it through the gateway
            HttpResponse<String> seen = Stack.send(Stack.get(API + "/applications/" + applicationId)
                    .header("Authorization", user("hz-supervisor")));
            assertThat(seen.statusCode()).as(seen.body()).isEqualTo(200);
        }
    }
}
