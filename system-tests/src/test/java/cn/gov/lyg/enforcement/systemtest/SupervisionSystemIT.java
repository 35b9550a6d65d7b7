package cn.gov.lyg.enforcement.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * supervision-service through the gateway with real Keycloak tokens: a 12345 complaint registered by the hotline
 * client goes overdue by asOf and is flagged by the overdue job, without the complainant in the agency's view; a case
 * reported by a case-handling system (gov-systems) appears in the agency's three-systems figures.
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
}
