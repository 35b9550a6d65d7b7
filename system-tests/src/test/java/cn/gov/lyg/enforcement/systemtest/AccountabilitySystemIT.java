package cn.gov.lyg.enforcement.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * AS-51 through the gateway with real Keycloak tokens and Kafka: a reconsideration that revoked a decision, reported
 * by a case-handling system (gov-systems) to supervision's case register, opens an accountability case due 15
 * working days later; the county bureau names the signing officer and decides 暂扣执法证件; personnel-service then
 * suspends the officer's certificate (read back through personnel's API).
 */
class AccountabilitySystemIT {

    private static final String SUPERVISION = Stack.GATEWAY + "/api/supervision/v1";
    private static final String PERSONNEL = Stack.GATEWAY + "/api/personnel/v1";
    private static final String HZ_MARKET = "11320706300200020C";

    static String user(String name) {
        return Tokens.bearer(Tokens.user(name));
    }

    static void report(String caseNo, String milestone, String on, String extra) {
        var response = Stack.send(Stack.postJson(SUPERVISION + "/cases/milestones", """
                {"agencyCode":"%s","caseNo":"%s","caseType":"PENALTY","milestone":"%s","occurredOn":"%s"%s}"""
                .formatted(HZ_MARKET, caseNo, milestone, on, extra))
                .header("Authorization", SupervisionSystemIT.govSystems()));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    @Test
    void aRevokedDecisionOpensAnAccountabilityCaseAndTheSuspensionReachesPersonnel() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String[] officer = PersonnelSystemIT.officerWithCertificate(today.minusYears(1));
        String officerId = officer[0];
        String certificateId = officer[1];

        String caseNo = "连海市监罚〔2025〕AS51-" + UUID.randomUUID().toString().substring(0, 6);
        report(caseNo, "FILED", "2025-08-01", "");
        report(caseNo, "DECIDED", "2025-09-01", ",\"decisionNo\":\"决-" + caseNo
                + "\",\"penaltyKinds\":[\"FINE\"],\"fineAmount\":\"150000.00\"");
        report(caseNo, "RECONSIDERATION_CONCLUDED", "2025-09-26", ",\"outcome\":\"REVOKED\"");

        JsonNode[] opened = new JsonNode[1];
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            JsonNode page = Stack.json(Stack.send(Stack.get(SUPERVISION
                    + "/accountability?trigger=RECONSIDERATION_REVOKED&size=200")
                    .header("Authorization", user("hz-supervisor"))));
            opened[0] = null;
            for (JsonNode c : page.get("content")) {
                if (caseNo.equals(c.get("caseNo").asString())) {
                    opened[0] = c;
                }
            }
            assertThat(opened[0]).isNotNull();
        });
        String id = opened[0].get("id").asString();
        assertThat(opened[0].get("status").asString()).isEqualTo("OPEN");
        assertThat(opened[0].get("dueOn").asString()).isEqualTo("2025-10-23");

        var respondents = Stack.send(Stack.postJson(SUPERVISION + "/accountability/" + id + "/respondents", """
                {"respondents":[{"officerId":"%s","role":"HANDLING_OFFICER","certificateId":"%s"}]}"""
                .formatted(officerId, certificateId)).header("Authorization", user("hz-supervisor")));
        assertThat(respondents.statusCode()).as(respondents.body()).isEqualTo(200);
        var decided = Stack.send(Stack.postJson(SUPERVISION + "/accountability/" + id + "/decide", """
                {"decisionRef":"海司追〔2025〕AS51号","outcomes":[{"officerId":"%s","outcome":"SUSPEND_CERTIFICATE",
                 "faultType":"GROSS_NEGLIGENCE"}]}""".formatted(officerId))
                .header("Authorization", user("hz-supervisor")));
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        assertThat(Stack.json(decided).get("status").asString()).isEqualTo("DECIDED");

        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            JsonNode certificate = Stack.json(Stack.send(Stack.get(PERSONNEL + "/certificates/" + certificateId)
                    .header("Authorization", user("hz-agency-admin"))));
            assertThat(certificate.get("status").asString()).isEqualTo("SUSPENDED");
        });
        // the agency cannot decide accountability itself
        assertThat(Stack.send(Stack.postJson(SUPERVISION + "/accountability/" + id + "/close", "")
                .header("Authorization", user("hz-agency-admin"))).statusCode()).isEqualTo(403);
    }
}
