package cn.gov.lyg.enforcement.systemtest;

import cn.gov.lyg.enforcement.platform.test.KafkaProbe;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.lyg.enforcement.events.EventSchemas;
import cn.gov.lyg.enforcement.events.personnel.CertificateRevoked;
import cn.gov.lyg.enforcement.events.personnel.CertificateSuspended;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * "No certificate, no enforcement" through the gateway with real Keycloak tokens: an agency admin registers an
 * officer and applies for a certificate, the county judicial bureau issues, suspends, reinstates and revokes it; the
 * eligibility answer follows each step, the events are on Kafka, ID numbers are masked, other agencies see 404.
 */
class PersonnelSystemIT {

    private static final String BASE = Stack.GATEWAY + "/api/personnel/v1";
    private static final String HZ_MARKET = "11320706300200020C";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    static String admin() {
        return Tokens.bearer(Tokens.user("hz-agency-admin"));
    }

    static String supervisor() {
        return Tokens.bearer(Tokens.user("hz-supervisor"));
    }

    /** A valid GB 11643 number of a man born in 海州区 in 1985 (fresh per call). */
    static String citizenId() {
        String first17 = "320706" + "1985" + String.format("%02d%02d", 1 + RANDOM.nextInt(12), 1 + RANDOM.nextInt(28))
                + String.format("%03d", RANDOM.nextInt(500) * 2 + 1);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return first17 + CHECK.charAt(sum % 11);
    }

    /**
     * An agency that hz-supervisor registers in personnel-service can implement catalog items as soon as the catalog
     * has read its AgencyRegistered event (personnel.agencies.v1); before, the catalog did not know it (AGENCY_UNKNOWN).
     */
    @Test
    void anAgencyRegisteredInPersonnelCanImplementCatalogItems() {
        String first17 = String.format("11320706MB%07d", RANDOM.nextInt(10_000_000));
        String code = first17 + cn.gov.lyg.enforcement.platform.identifier.UnifiedSocialCreditCode.checkDigit(first17);
        ObjectNode item = Items.foodPenalty();
        item.putArray("implementingAgencyCodes").add(code);
        String catalogAdmin = Tokens.bearer(Tokens.user("catalog-admin"));
        HttpResponse<String> before = Stack.send(Stack.postJson(Stack.GATEWAY + "/api/catalog/v1/items", item.toString())
                .header("Authorization", catalogAdmin));
        assertThat(before.statusCode()).as(before.body()).isEqualTo(400);
        assertThat(before.body()).contains("AGENCY_UNKNOWN");

        ObjectNode agency = Stack.JSON.createObjectNode().put("name", "海州区系统测试执法局" + code.substring(10, 17))
                .put("uscc", code).put("agencyKind", "ADMIN_ORGAN").put("adminLevel", "COUNTY")
                .put("regionCode", "320706");
        agency.putArray("domains").add("MARKET");
        ok(post("/agencies", supervisor(), agency), 201);

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() -> {
            item.put("itemCode", Items.uniqueCode("3207-MKT-PEN-"));
            HttpResponse<String> created = Stack.send(Stack.postJson(Stack.GATEWAY + "/api/catalog/v1/items",
                    item.toString()).header("Authorization", catalogAdmin));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        });
    }

    static HttpResponse<String> post(String path, String bearer, ObjectNode body) {
        return Stack.send(Stack.postJson(BASE + path, body == null ? "{}" : body.toString())
                .header("Authorization", bearer));
    }

    static JsonNode ok(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return Stack.json(response);
    }

    static ObjectNode officer(String idCardNo) {
        ObjectNode body = Stack.JSON.createObjectNode();
        body.put("name", "系统测试执法员");
        body.put("idCardNo", idCardNo);
        body.put("agencyCode", HZ_MARKET);
        body.put("staffType", "CIVIL_SERVANT");
        body.put("post", "执法一科科员");
        body.put("education", "BACHELOR");
        body.put("mobile", "13912345678");
        return body;
    }

    static JsonNode eligibility(String officerId, LocalDate date) {
        return ok(Stack.send(Stack.get(BASE + "/officers/" + officerId + "/eligibility?date=" + date
                + "&domain=MARKET&region=320706").header("Authorization", admin())), 200);
    }

    static ObjectNode reason(String text) {
        return Stack.JSON.createObjectNode().put("reason", text);
    }

    @Test
    void issueSuspendReinstateRevokeFollowedByEligibilityAndEvents() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String idCardNo = citizenId();
        String officerId = ok(post("/officers", admin(), officer(idCardNo)), 201).get("id").asString();

        ObjectNode application = Stack.JSON.createObjectNode().put("officerId", officerId)
                .put("authoritySource", "《中华人民共和国食品安全法》第一百一十条");
        application.putArray("enforcementDomains").add("MARKET");
        application.putArray("enforcementArea").add("320706");
        String certificateId = ok(post("/certificates", admin(), application), 201).get("id").asString();
        assertThat(eligibility(officerId, today).get("assignable").asBoolean()).isFalse();

        ok(post("/certificates/" + certificateId + "/approve", supervisor(), null), 200);
        ObjectNode issue = Stack.JSON.createObjectNode()
                .put("certificateNo", "JSZF-320706-" + today.getYear() + "-" + (10000 + RANDOM.nextInt(89999)))
                .put("validFrom", today.toString());
        assertThat(ok(post("/certificates/" + certificateId + "/issue", supervisor(), issue), 200)
                .get("status").asString()).isEqualTo("ACTIVE");
        assertThat(eligibility(officerId, today).get("assignable").asBoolean()).isTrue();

        try (KafkaProbe reader = new KafkaProbe(Stack.KAFKA, "personnel.certificates.v1")) {
            ok(post("/certificates/" + certificateId + "/suspend", supervisor(), reason("立案调查期间暂扣")), 200);
            JsonNode suspended = eligibility(officerId, today);
            assertThat(suspended.get("assignable").asBoolean()).isFalse();
            assertThat(suspended.get("reasons").valueStream().map(JsonNode::asString))
                    .contains("CERTIFICATE_SUSPENDED");
            assertEvent(reader, certificateId, "cn.gov.lyg.enforcement.personnel.certificate.suspended.v2",
                    CertificateSuspended.class);

            ok(post("/certificates/" + certificateId + "/reinstate", supervisor(), reason("调查结束")), 200);
            assertThat(eligibility(officerId, today).get("assignable").asBoolean()).isTrue();

            ok(post("/certificates/" + certificateId + "/revoke", supervisor(), reason("严重违法执法")), 200);
            assertEvent(reader, certificateId, "cn.gov.lyg.enforcement.personnel.certificate.revoked.v2",
                    CertificateRevoked.class);
        }
        JsonNode revoked = eligibility(officerId, today);
        assertThat(revoked.get("assignable").asBoolean()).isFalse();
        JsonNode terminal = Stack.json(post("/certificates/" + certificateId + "/reinstate", supervisor(),
                reason("x")));
        assertThat(terminal.get("code").asString()).isEqualTo("INVALID_TRANSITION");
        assertThat(terminal.get("allowedActions").isArray()).isTrue();
    }

    private static void assertEvent(KafkaProbe reader, String certificateId, String type,
                                    Class<? extends cn.gov.lyg.enforcement.events.DomainEvent> eventClass) {
        List<ConsumerRecord<String, byte[]>> records = reader.await(r -> certificateId.equals(r.key())
                && type.equals(new String(r.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8)), 1,
                Duration.ofSeconds(30));
        JsonNode data = Stack.JSON.readTree(new String(records.get(0).value(), StandardCharsets.UTF_8));
        assertThat(EventSchemas.validate(eventClass, data)).isEmpty();
    }

    /** Registers an officer of 海州区市场监管局 with an ACTIVE certificate valid from {@code validFrom}: ids. */
    static String[] officerWithCertificate(LocalDate validFrom) {
        String officerId = ok(post("/officers", admin(), officer(citizenId())), 201).get("id").asString();
        ObjectNode application = Stack.JSON.createObjectNode().put("officerId", officerId)
                .put("authoritySource", "《中华人民共和国食品安全法》第一百一十条");
        application.putArray("enforcementDomains").add("MARKET");
        application.putArray("enforcementArea").add("320706");
        String certificateId = ok(post("/certificates", admin(), application), 201).get("id").asString();
        ok(post("/certificates/" + certificateId + "/approve", supervisor(), null), 200);
        ObjectNode issue = Stack.JSON.createObjectNode()
                .put("certificateNo", "JSZF-320706-" + validFrom.getYear() + "-" + (10000 + RANDOM.nextInt(89999)))
                .put("validFrom", validFrom.toString());
        ok(post("/certificates/" + certificateId + "/issue", supervisor(), issue), 200);
        return new String[] {officerId, certificateId};
    }

    static List<String> reasons(JsonNode eligibility) {
        return eligibility.get("reasons").valueStream().map(JsonNode::asString).toList();
    }

    /**
     * The jobs by {@code asOf} and a transfer: a certificate issued five years ago ends today; the expiry job run
     * for tomorrow expires it (once: a second run changes nothing) with the event on Kafka, and eligibility for
     * tomorrow says CERTIFICATE_EXPIRED while today it is still valid; its annual reviews are overdue (listed by the overdue job, reason
     * ANNUAL_REVIEW_OVERDUE). A transferred officer's certificate is withdrawn, the old agency loses sight of them
     * (404), the new agency's supervisor reads them, and OfficerTransferred is on Kafka.
     */
    @Test
    void expiryAndOverdueReviewsByAsOfAndATransfer() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String[] old = officerWithCertificate(today.minusYears(5).plusDays(1));
        JsonNode before = eligibility(old[0], today);
        assertThat(before.get("certificate").get("validTo").asString()).isEqualTo(today.toString());
        assertThat(reasons(before)).contains("ANNUAL_REVIEW_OVERDUE").doesNotContain("CERTIFICATE_EXPIRED");
        JsonNode overdue = ok(post("/jobs/review-overdue?asOf=" + today, supervisor(), null), 200);
        assertThat(overdue.get("certificateIds").valueStream().map(JsonNode::asString)).contains(old[1]);

        // the expiry job runs as of today at the latest: a future date would expire certificates still valid
        assertThat(post("/jobs/certificate-expiry?asOf=" + today, admin(), null).statusCode()).isEqualTo(403);
        HttpResponse<String> ahead = post("/jobs/certificate-expiry?asOf=" + today.plusDays(1), supervisor(), null);
        assertThat(ahead.statusCode()).as(ahead.body()).isEqualTo(400);
        assertThat(Stack.json(ahead).get("code").asString()).isEqualTo("AS_OF_IN_FUTURE");
        JsonNode expired = ok(post("/jobs/certificate-expiry?asOf=" + today, supervisor(), null), 200);
        // valid to the end of today: not expired by today's run, but no longer valid tomorrow
        assertThat(expired.get("certificateIds").valueStream().map(JsonNode::asString)).doesNotContain(old[1]);
        assertThat(ok(Stack.send(Stack.get(BASE + "/certificates/" + old[1]).header("Authorization", admin())), 200)
                .get("status").asString()).isEqualTo("ACTIVE");
        assertThat(reasons(eligibility(old[0], today.plusDays(1)))).contains("CERTIFICATE_EXPIRED");
        assertThat(reasons(eligibility(old[0], today))).doesNotContain("CERTIFICATE_EXPIRED");

        String[] moving = officerWithCertificate(today);
        assertThat(eligibility(moving[0], today).get("assignable").asBoolean()).isTrue();
        try (KafkaProbe reader = new KafkaProbe(Stack.KAFKA, "personnel.officers.v1")) {
            ObjectNode transfer = Stack.JSON.createObjectNode().put("toAgencyCode", "11320722300400022W")
                    .put("effectiveDate", today.toString()).put("reason", "工作调动");
            ok(post("/officers/" + moving[0] + "/transfer", admin(), transfer), 200);
            List<ConsumerRecord<String, byte[]>> records = reader.await(r -> moving[0].equals(r.key())
                    && "cn.gov.lyg.enforcement.personnel.officer.transferred.v1".equals(new String(
                    r.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8)), 1, Duration.ofSeconds(30));
            JsonNode data = Stack.JSON.readTree(new String(records.get(0).value(), StandardCharsets.UTF_8));
            assertThat(EventSchemas.validate(cn.gov.lyg.enforcement.events.personnel.OfficerTransferred.class, data))
                    .isEmpty();
        }
        assertThat(Stack.send(Stack.get(BASE + "/officers/" + moving[0]).header("Authorization", admin()))
                .statusCode()).isEqualTo(404);
        JsonNode atNewAgency = ok(Stack.send(Stack.get(BASE + "/officers/" + moving[0] + "/eligibility?date=" + today)
                .header("Authorization", Tokens.bearer(Tokens.user("dh-supervisor")))), 200);
        assertThat(atNewAgency.get("assignable").asBoolean()).isFalse();
        assertThat(reasons(atNewAgency)).containsAnyOf("AGENCY_MISMATCH", "CERTIFICATE_WITHDRAWN");
    }

    @Test
    void idNumbersAreMaskedAndOtherAgenciesSeeNothing() {
        String idCardNo = citizenId();
        String officerId = ok(post("/officers", admin(), officer(idCardNo)), 201).get("id").asString();

        JsonNode read = ok(Stack.send(Stack.get(BASE + "/officers/" + officerId).header("Authorization", admin())), 200);
        assertThat(read.get("idCardNo").asString()).isNotEqualTo(idCardNo)
                .startsWith(idCardNo.substring(0, 6)).endsWith(idCardNo.substring(14)).contains("*");
        JsonNode identity = ok(Stack.send(Stack.get(BASE + "/officers/" + officerId + "/identity?purpose="
                + java.net.URLEncoder.encode("证件制作", java.nio.charset.StandardCharsets.UTF_8))
                .header("Authorization", admin())), 200);
        assertThat(identity.get("idCardNo").asString()).isEqualTo(idCardNo);

        HttpResponse<String> otherAgency = Stack.send(Stack.get(BASE + "/officers/" + officerId)
                .header("Authorization", Tokens.bearer(Tokens.user("dh-officer"))));
        assertThat(otherAgency.statusCode()).isEqualTo(404);
        assertThat(Stack.json(otherAgency).get("code").asString()).isEqualTo("NOT_FOUND");
        assertThat(Stack.send(Stack.get(BASE + "/officers/" + officerId + "/identity")
                .header("Authorization", supervisor())).statusCode()).isIn(403, 404);
        assertThat(Stack.send(Stack.get(BASE + "/officers/" + officerId)
                .header("Authorization", supervisor())).statusCode()).isEqualTo(200);
    }

    @Test
    void invalidIdNumbersAndWrongRolesAreRefused() {
        String valid = citizenId();
        String broken = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
        JsonNode checksum = Stack.json(post("/officers", admin(), officer(broken)));
        assertThat(checksum.get("status").asInt()).isEqualTo(400);
        assertThat(checksum.toString()).contains("ID_CARD_CHECKSUM");
        HttpResponse<String> officerWriting = post("/officers", Tokens.bearer(Tokens.user("hz-officer")),
                officer(citizenId()));
        assertThat(officerWriting.statusCode()).isEqualTo(403);
        assertThat(Stack.send(Stack.get(BASE + "/officers")).statusCode()).isEqualTo(401);
    }
}
