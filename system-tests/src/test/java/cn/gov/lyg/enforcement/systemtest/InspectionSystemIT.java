package cn.gov.lyg.enforcement.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.lyg.enforcement.platform.identifier.UnifiedSocialCreditCode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * "No certificate, no enforcement" across services through the gateway with real Keycloak tokens and real
 * Kafka: two officers certified in personnel-service form an inspection team in inspection-service; the county
 * judicial bureau revokes one certificate in personnel; inspection-service marks the team TEAM_INVALID and refuses
 * a new assignment of that officer with CERTIFICATE_NOT_ASSIGNABLE naming personnel's reason. The inspection item is
 * published in catalog-service first: inspection-service accepts it once catalog's event has reached it.
 */
class InspectionSystemIT {

    private static final String BASE = Stack.GATEWAY + "/api/inspections/v1";
    private static final SecureRandom RANDOM = new SecureRandom();

    private static HttpResponse<String> send(String method, String path, ObjectNode body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(java.net.URI.create(BASE + path))
                .timeout(Duration.ofSeconds(15)).header("Authorization", PersonnelSystemIT.admin())
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body == null ? "{}" : body.toString()));
        return Stack.send(request);
    }

    private static ObjectNode team(String... officerIds) {
        ObjectNode body = Stack.JSON.createObjectNode();
        var members = body.putArray("members");
        for (String id : officerIds) {
            members.addObject().put("personId", id);
        }
        return body;
    }

    @Test
    void aCertificateRevokedInPersonnelInvalidatesTheTeamAndBlocksAssignments() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String[] o1 = PersonnelSystemIT.officerWithCertificate(today.minusDays(1));
        String[] o2 = PersonnelSystemIT.officerWithCertificate(today.minusDays(1));

        String body17 = String.format("91320706MA%07d", 5_000_000 + RANDOM.nextInt(999_999));
        String uscc = body17 + UnifiedSocialCreditCode.checkDigit(body17);
        ObjectNode entity = Stack.JSON.createObjectNode().put("uscc", uscc).put("name", "系统测试食品有限公司")
                .put("entityType", "ENTERPRISE").put("regionCode", "320706");
        PersonnelSystemIT.ok(send("POST", "/entities", entity), 201);

        ObjectNode inspection = Stack.JSON.createObjectNode().put("kind", "CASE_TRIGGERED")
                .put("triggerRef", "12345-SYS-" + RANDOM.nextInt(99999)).put("uscc", uscc)
                .put("plannedDate", today.toString());
        ObjectNode item = Catalog.item("INSPECTION", "INS");
        Catalog.published(item);
        inspection.putArray("itemIds").add(item.get("itemCode").asString());
        inspection.putArray("itemDomains").add("MARKET");
        // catalog's ItemPublished reaches inspection-service over Kafka: until then the item is ITEM_NOT_PUBLISHED
        AtomicReference<String> created = new AtomicReference<>();
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            HttpResponse<String> response = send("POST", "/inspections", inspection);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            created.set(Stack.json(response).get("id").asString());
        });
        String first = created.get();
        String second = PersonnelSystemIT.ok(send("POST", "/inspections", inspection), 201).get("id").asString();

        // the certificates reach inspection-service over Kafka: the team is accepted once both are known
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                send("PUT", "/inspections/" + first + "/team", team(o1[0], o2[0])).statusCode()).isEqualTo(200));

        PersonnelSystemIT.ok(PersonnelSystemIT.post("/certificates/" + o2[1] + "/revoke",
                PersonnelSystemIT.supervisor(), PersonnelSystemIT.reason("严重违法执法")), 200);

        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode read = PersonnelSystemIT.ok(Stack.send(Stack.get(BASE + "/inspections/" + first)
                    .header("Authorization", PersonnelSystemIT.admin())), 200);
            assertThat(read.get("teamInvalid").asBoolean()).isTrue();
            assertThat(read.get("teamProblems").get(0).get("personId").asString()).isEqualTo(o2[0]);
        });
        HttpResponse<String> refused = send("PUT", "/inspections/" + second + "/team", team(o1[0], o2[0]));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        JsonNode problem = Stack.json(refused);
        assertThat(problem.get("code").asString()).isEqualTo("CERTIFICATE_NOT_ASSIGNABLE");
        assertThat(problem.get("reasons").get(0).asString()).isEqualTo("CERTIFICATE_REVOKED");
        HttpResponse<String> start = send("POST", "/inspections/" + first + "/start", null);
        assertThat(start.statusCode()).as(start.body()).isEqualTo(409);
        assertThat(start.body()).contains("TEAM_INVALID");
    }
}
