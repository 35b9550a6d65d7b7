package cn.gov.lyg.enforcement.systemtest;

import static cn.gov.lyg.enforcement.systemtest.Catalog.ADMIN;
import static cn.gov.lyg.enforcement.systemtest.Catalog.DH_MARKET;
import static cn.gov.lyg.enforcement.systemtest.Catalog.NIUSHAN;
import static cn.gov.lyg.enforcement.systemtest.Catalog.OFFICER;
import static cn.gov.lyg.enforcement.systemtest.Catalog.get;
import static cn.gov.lyg.enforcement.systemtest.Catalog.ok;
import static cn.gov.lyg.enforcement.systemtest.Catalog.post;
import static cn.gov.lyg.enforcement.systemtest.Catalog.problem;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.lyg.enforcement.events.Topics;
import cn.gov.lyg.enforcement.events.catalog.TownshipDelegationGranted;
import cn.gov.lyg.enforcement.events.catalog.TownshipDelegationRecalled;
import cn.gov.lyg.enforcement.platform.test.KafkaProbe;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * 乡镇赋权 through the gateway: a county penalty item of 东海县市场监督管理局 delegated to 牛山街道 (grant → approve →
 * publish → recall), "who holds the power" on dates around the recall, the events on Kafka, the public listing,
 * and that a city-level licensing item cannot be delegated.
 */
class DelegationSystemIT {

    private static final SecureRandom RANDOM = new SecureRandom();

    private static Map<String, Object> grant(String itemId) {
        Map<String, Object> body = new HashMap<>();
        body.put("itemId", itemId);
        body.put("townshipAgencyCode", NIUSHAN);
        body.put("decisionDocNo", "东政发〔2025〕" + (1000 + RANDOM.nextInt(9000)) + "号");
        return body;
    }

    private static JsonNode holder(String itemId, String date) {
        return ok(get("/delegations/holder?itemId=" + itemId + "&townshipAgencyCode=" + NIUSHAN + "&date=" + date,
                OFFICER));
    }

    @Test
    void grantApprovePublishRecallAndWhoHoldsThePowerOnWhichDate() {
        String penalty = Catalog.published(Catalog.item("PENALTY", "PEN"));
        JsonNode proposed = Stack.json(post("/delegations", ADMIN, grant(penalty)));
        assertThat(proposed.get("status").asString()).as(proposed.toString()).isEqualTo("PROPOSED");
        assertThat(proposed.get("fromAgencyCode").asString()).isEqualTo(DH_MARKET);
        assertThat(proposed.get("regionCode").asString()).isEqualTo("320722");
        String id = proposed.get("id").asString();
        // proposals are internal; a second proposal for the same item and township is a duplicate
        assertThat(get("/delegations/" + id, OFFICER).statusCode()).isEqualTo(404);
        assertThat(ok(get("/public/delegations?itemId=" + penalty, null)).get("totalElements").asInt()).isZero();
        problem(post("/delegations", ADMIN, grant(penalty)), 409, "DELEGATION_DUPLICATE");
        problem(post("/delegations", OFFICER, grant(penalty)), 403, "ACCESS_DENIED");

        try (KafkaProbe reader = new KafkaProbe(Stack.KAFKA, Topics.CATALOG_DELEGATIONS)) {
            assertThat(ok(post("/delegations/" + id + "/approve", ADMIN, null)).get("status").asString())
                    .isEqualTo("APPROVED");
            assertThat(ok(post("/delegations/" + id + "/publish", ADMIN, Map.of("effectiveFrom", "2025-02-01")))
                    .get("status").asString()).isEqualTo("EFFECTIVE");
            JsonNode granted = Catalog.events(reader, TownshipDelegationGranted.class, id, 1).get(0);
            assertThat(granted.get("townshipAgencyCode").asString()).isEqualTo(NIUSHAN);
            assertThat(granted.get("coveredItemIds").toString()).contains(penalty);

            // while effective the township holds the power, exclusively
            JsonNode during = holder(penalty, "2025-05-01");
            assertThat(during.get("holder").asString()).as(during.toString()).isEqualTo("TOWNSHIP");
            assertThat(during.at("/agencyCodes/0").asString()).isEqualTo(NIUSHAN);
            JsonNode beforeGrant = holder(penalty, "2025-01-31");
            assertThat(beforeGrant.get("holder").asString()).isEqualTo("DEPARTMENT");
            assertThat(beforeGrant.at("/agencyCodes/0").asString()).isEqualTo(DH_MARKET);
            JsonNode department = ok(get("/items/" + penalty + "/usability?agencyCode=" + DH_MARKET
                    + "&regionCode=320722&townshipAgencyCode=" + NIUSHAN + "&date=2025-05-01", OFFICER));
            assertThat(department.get("usable").asBoolean()).isFalse();
            assertThat(department.at("/reasons/0").asString()).isEqualTo("DELEGATED_TO_TOWNSHIP");
            JsonNode township = ok(get("/items/" + penalty + "/usability?agencyCode=" + NIUSHAN + "&date=2025-05-01",
                    OFFICER));
            assertThat(township.get("usable").asBoolean()).isTrue();
            assertThat(township.get("capacity").asString()).isEqualTo("DELEGATED");
            // published delegations are public
            JsonNode disclosed = ok(get("/public/delegations?itemId=" + penalty + "&townshipAgencyCode=" + NIUSHAN,
                    null));
            assertThat(disclosed.get("totalElements").asInt()).isEqualTo(1);
            assertThat(disclosed.at("/content/0/status").asString()).isEqualTo("EFFECTIVE");

            JsonNode recalled = ok(post("/delegations/" + id + "/recall", ADMIN,
                    Map.of("recallDate", "2025-07-31", "reason", "东司函〔2025〕15号")));
            assertThat(recalled.get("status").asString()).isEqualTo("RECALLED");
            assertThat(recalled.get("effectiveTo").asString()).isEqualTo("2025-07-31");
            JsonNode recalledEvent = Catalog.events(reader, TownshipDelegationRecalled.class, id, 1).get(0);
            assertThat(recalledEvent.get("recallDate").asString()).isEqualTo("2025-07-31");
        }
        // after the recall date the department holds the power again; on or before it the township still does
        JsonNode later = holder(penalty, "2025-08-01");
        assertThat(later.get("holder").asString()).isEqualTo("DEPARTMENT");
        assertThat(later.at("/agencyCodes/0").asString()).isEqualTo(DH_MARKET);
        assertThat(later.get("basis").asString()).isEqualTo("DELEGATION_RECALLED");
        assertThat(ok(get("/items/" + penalty + "/holder?townshipAgencyCode=" + NIUSHAN + "&date=2025-08-01",
                OFFICER)).get("holder").asString()).isEqualTo("DEPARTMENT");
        assertThat(holder(penalty, "2025-07-31").get("holder").asString()).isEqualTo("TOWNSHIP");
        assertThat(holder(penalty, "2025-06-15").get("holder").asString()).isEqualTo("TOWNSHIP");
        problem(post("/delegations/" + id + "/recall", ADMIN, Map.of("recallDate", "2025-08-31")), 409,
                "INVALID_TRANSITION");
        JsonNode listed = ok(get("/public/delegations?itemId=" + penalty, null));
        assertThat(listed.get("totalElements").asInt()).isEqualTo(1);
        assertThat(listed.at("/content/0/status").asString()).isEqualTo("RECALLED");
    }

    @Test
    void as29ACityLevelLicensingItemCannotBeDelegatedAndNothingIsWritten() {
        ObjectNode licensing = Catalog.item("LICENSING", "LIC");
        licensing.putArray("implementingAgencyCodes").add(Catalog.CITY_MARKET);
        licensing.putArray("exerciseLevels").add("CITY");
        String cityLicensing = Catalog.published(licensing);
        JsonNode refused = problem(post("/delegations", ADMIN, grant(cityLicensing)), 400,
                "DELEGATION_TYPE_NOT_ALLOWED");
        assertThat(refused.get("detail").asString()).isNotBlank();
        assertThat(ok(get("/delegations?itemId=" + cityLicensing, ADMIN)).get("totalElements").asInt()).isZero();
        assertThat(ok(get("/public/delegations?itemId=" + cityLicensing, null)).get("totalElements").asInt())
                .isZero();

        String penalty = Catalog.published(Catalog.item("PENALTY", "PEN"));
        Map<String, Object> notTownship = grant(penalty);
        notTownship.put("townshipAgencyCode", Catalog.HZ_MARKET);
        problem(post("/delegations", ADMIN, notTownship), 400, "TOWNSHIP_REQUIRED");
        Map<String, Object> noDecision = grant(penalty);
        noDecision.remove("decisionDocNo");
        JsonNode missing = problem(post("/delegations", ADMIN, noDecision), 400, "VALIDATION_FAILED");
        assertThat(missing.at("/errors/0/field").asString()).isEqualTo("decisionDocNo");
        problem(post("/delegations", ADMIN, grant("no-such-item")), 400, "ITEM_UNKNOWN");
        problem(get("/delegations/holder?itemId=" + penalty + "&townshipAgencyCode=" + NIUSHAN, null), 401,
                "UNAUTHENTICATED");
        assertThat(ok(get("/delegations?itemId=" + penalty, ADMIN)).get("totalElements").asInt()).isZero();
    }
}
