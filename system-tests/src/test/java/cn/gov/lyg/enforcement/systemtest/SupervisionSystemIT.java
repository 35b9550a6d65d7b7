package cn.gov.lyg.enforcement.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.lyg.enforcement.events.EventSchemas;
import cn.gov.lyg.enforcement.events.supervision.CaseFileReviewCompleted;
import cn.gov.lyg.enforcement.platform.test.KafkaProbe;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * supervision-service through the gateway with real Keycloak tokens: a 12345 complaint registered by the hotline
 * client goes overdue by asOf and is flagged by the overdue job, without the complainant in the agency's view; a case
 * reported by a case-handling system (gov-systems) appears in the agency's three-systems figures; a case-file review
 * batch drawn from reported closed cases is scored and published, CaseFileReviewCompleted reaches Kafka, and the
 * reviewed agency reads its own result while another agency gets 404.
 */
class SupervisionSystemIT {

    private static final String BASE = Stack.GATEWAY + "/api/supervision/v1";
    private static final String HZ_MARKET = "11320706300200020C";

    static String hotline() {
        return Tokens.bearer(Tokens.client("hotline-12345", Stack.env("KC_HOTLINE_CLIENT_SECRET", "hotline-dev-secret")));
    }

    static String govSystems() {
        return Tokens.bearer(Tokens.client("gov-systems", Stack.env("KC_GOV_SYSTEMS_CLIENT_SECRET",
                "gov-systems-dev-secret")));
    }

    static String user(String name) {
        return Tokens.bearer(Tokens.user(name));
    }

    @Test
    void aHotlineComplaintGoesOverdueByAsOfAndTheAgencyNeverSeesTheComplainant() {
        String order = "GD-" + UUID.randomUUID().toString().substring(0, 8);
        var created = Stack.send(Stack.postJson(BASE + "/complaints", """
                {"channel":"HOTLINE_12345","externalOrderNo":"%s","receivedAt":"2025-09-30T09:00:00+08:00",
                 "complainant":{"name":"王某","phone":"13800001111","anonymous":false,"contactConsent":true,
                 "disclosureConsent":false},
                 "respondentAgencyCode":"%s","category":"NO_CERT_SHOWN","content":"执法人员未出示证件"}"""
                .formatted(order, HZ_MARKET)).header("Authorization", hotline()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = Stack.json(created).get("id").asString();

        var routed = Stack.send(Stack.postJson(BASE + "/complaints/" + id + "/route",
                "{\"toAgencyCode\":\"" + HZ_MARKET + "\",\"at\":\"2025-09-30T10:00:00+08:00\"}")
                .header("Authorization", user("hz-supervisor")));
        assertThat(routed.statusCode()).as(routed.body()).isEqualTo(200);
        assertThat(Stack.json(routed).get("currentDueOn").asString()).isEqualTo("2025-10-09");

        JsonNode onDueDay = Stack.json(Stack.send(Stack.get(BASE + "/complaints/" + id + "?asOf=2025-10-09")
                .header("Authorization", user("hz-supervisor"))));
        assertThat(onDueDay.get("overdue").asBoolean()).isFalse();
        assertThat(onDueDay.at("/complainant/name").asString()).isEqualTo("王某");
        JsonNode agencyView = Stack.json(Stack.send(Stack.get(BASE + "/complaints/" + id + "?asOf=2025-10-10")
                .header("Authorization", user("hz-officer"))));
        assertThat(agencyView.get("overdue").asBoolean()).isTrue();
        assertThat(agencyView.get("complainantHidden").asBoolean()).isTrue();
        assertThat(agencyView.toString()).doesNotContain("王某").doesNotContain("13800001111");
        assertThat(Stack.send(Stack.get(BASE + "/complaints/" + id).header("Authorization", user("dh-supervisor")))
                .statusCode()).isEqualTo(404);

        var job = Stack.send(Stack.postJson(BASE + "/complaints/jobs/overdue?asOf=2025-10-10", "")
                .header("Authorization", user("city-supervisor")));
        assertThat(job.statusCode()).as(job.body()).isEqualTo(200);
        JsonNode flagged = Stack.json(Stack.send(Stack.get(BASE + "/complaints/" + id)
                .header("Authorization", user("hz-supervisor"))));
        assertThat(flagged.get("overdueFlags").size()).isEqualTo(1);
        assertThat(flagged.at("/overdueFlags/0/stage").asString()).isEqualTo("TRANSFERRED");
    }

    @Test
    void aCaseReportedToTheRegisterAppearsInTheAgencysThreeSystemsFigures() {
        String figuresUrl = BASE + "/three-systems?agencyCode=" + HZ_MARKET
                + "&from=2025-09-01&to=2025-09-30&asOf=2025-10-20";
        JsonNode before = Stack.json(Stack.send(Stack.get(figuresUrl).header("Authorization", user("hz-supervisor"))));
        long decided = before.at("/total/decided").asLong();
        long overdue = before.at("/total/disclosure/overdue").asLong();

        String caseNo = "连海市监罚〔2025〕ST" + UUID.randomUUID().toString().substring(0, 6) + "号";
        var reported = Stack.send(Stack.postJson(BASE + "/cases/milestones", """
                {"agencyCode":"%s","caseNo":"%s","caseType":"PENALTY","milestone":"DECIDED",
                 "occurredOn":"2025-09-26","decisionNo":"决-%s","penaltyKinds":["FINE"],"fineAmount":"5000"}"""
                .formatted(HZ_MARKET, caseNo, caseNo)).header("Authorization", govSystems()));
        assertThat(reported.statusCode()).as(reported.body()).isEqualTo(201);
        assertThat(Stack.json(reported).at("/threeSystems/disclosureDueOn").asString()).isEqualTo("2025-10-13");

        JsonNode after = Stack.json(Stack.send(Stack.get(figuresUrl).header("Authorization", user("hz-supervisor"))));
        assertThat(after.at("/total/decided").asLong()).isEqualTo(decided + 1);
        assertThat(after.at("/total/disclosure/overdue").asLong()).isEqualTo(overdue + 1);
        String id = URLEncoder.encode(HZ_MARKET + ":" + caseNo, StandardCharsets.UTF_8).replace("+", "%20");
        assertThat(Stack.send(Stack.get(BASE + "/cases/" + id).header("Authorization", user("hz-officer")))
                .statusCode()).isEqualTo(200);
        assertThat(Stack.send(Stack.get(BASE + "/cases/" + id).header("Authorization", user("dh-officer")))
                .statusCode()).isEqualTo(404);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static HttpResponse<String> post(String path, String token, String body, String ifMatch) {
        var request = Stack.postJson(BASE + path, body).header("Authorization", token);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return Stack.send(request);
    }

    @Test
    void aReviewBatchDrawnFromReportedCasesIsScoredAndPublishedAndTheAgencySeesOnlyItsOwnResult() {
        // a closing day of its own, so that the population is the three cases reported here
        LocalDate closedOn = LocalDate.of(2023, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(360));
        List<String> caseIds = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String caseNo = "连海市监罚〔2023〕RV" + UUID.randomUUID().toString().substring(0, 8) + "号";
            var reported = Stack.send(Stack.postJson(BASE + "/cases/milestones", """
                    {"agencyCode":"%s","caseNo":"%s","caseType":"PENALTY","milestone":"CLOSED","occurredOn":"%s"}"""
                    .formatted(HZ_MARKET, caseNo, closedOn)).header("Authorization", govSystems()));
            assertThat(reported.statusCode()).as(reported.body()).isEqualTo(201);
            caseIds.add(HZ_MARKET + ":" + caseNo);
        }
        String city = user("city-supervisor");
        var created = post("/review-batches", city, """
                {"name":"系统测试案卷评查","year":2023,"regionCode":"320706","caseTypes":["PENALTY"],
                 "closedFrom":"%s","closedTo":"%s","sampling":{"mode":"AUTO_TOTAL","count":2,"seed":42}}"""
                .formatted(closedOn, closedOn), null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String batchId = Stack.json(created).get("id").asString();
        var drawn = post("/review-batches/" + batchId + "/draw", city, "", created.headers().firstValue("ETag")
                .orElseThrow());
        assertThat(drawn.statusCode()).as(drawn.body()).isEqualTo(200);
        JsonNode draw = Stack.json(drawn).get("draw");
        assertThat(draw.get("populationSize").asInt()).isEqualTo(3);
        List<String> sampled = draw.get("caseIds").valueStream().map(JsonNode::asString).toList();
        assertThat(sampled).hasSize(2).isSubsetOf(caseIds);
        JsonNode record = Stack.json(Stack.send(Stack.get(BASE + "/review-batches/" + batchId + "/draw")
                .header("Authorization", city)));
        assertThat(record.get("reproduced").asBoolean()).isTrue();

        var assigned = post("/review-batches/" + batchId + "/assignments", city, """
                {"reviewers":[{"reviewerId":"city-supervisor","agencyCode":"113207003001000115"},
                              {"reviewerId":"dh-supervisor","agencyCode":"11320722300400001P"}]}""", null);
        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
        List<String> reviewIds = sampled.stream().map(id -> batchId + ":" + id).toList();
        for (String reviewId : reviewIds) {
            var scored = post("/reviews/" + encode(reviewId) + "/score", city, """
                    {"findings":[{"itemCode":"D09","occurrences":3}],"problems":["文书填写不完整"],
                     "at":"2023-12-20T10:00:00+08:00"}""", null);
            assertThat(scored.statusCode()).as(scored.body()).isEqualTo(200);
            assertThat(Stack.json(scored).get("score").asString()).isEqualTo("97.0");
        }
        assertThat(Stack.send(Stack.get(BASE + "/reviews/" + encode(reviewIds.get(0)))
                .header("Authorization", user("hz-officer"))).statusCode()).as("not published yet").isEqualTo(404);

        try (KafkaProbe reader = new KafkaProbe(Stack.KAFKA, "supervision.reviews.v1")) {
            var published = post("/review-batches/" + batchId + "/publish", city,
                    "{\"at\":\"2023-12-22T10:00:00+08:00\"}", null);
            assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
            var records = reader.await(r -> reviewIds.contains(r.key()), 2, Duration.ofSeconds(30));
            for (var r : records) {
                CloudEvent event = KafkaMessageFactory.createReader(r).toEvent();
                assertThat(event.getSource().toString()).isEqualTo("/enforcement/supervision");
                assertThat(event.getType()).isEqualTo("cn.gov.lyg.enforcement.supervision.review.completed.v1");
                JsonNode data = Stack.JSON.readTree(new String(event.getData().toBytes(), StandardCharsets.UTF_8));
                assertThat(EventSchemas.validate(CaseFileReviewCompleted.class, data)).isEmpty();
                assertThat(data.get("grade").asString()).isEqualTo("EXCELLENT");
            }
        }
        var own = Stack.send(Stack.get(BASE + "/reviews/" + encode(reviewIds.get(0)))
                .header("Authorization", user("hz-officer")));
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
        assertThat(Stack.json(own).at("/rectification/status").asString()).isEqualTo("REQUIRED");
        assertThat(Stack.send(Stack.get(BASE + "/reviews/" + encode(reviewIds.get(0)))
                .header("Authorization", user("dh-officer"))).statusCode()).isEqualTo(404);
    }
}
