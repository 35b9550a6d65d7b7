package cn.gov.lyg.enforcement.systemtest;

import static cn.gov.lyg.enforcement.systemtest.Catalog.ADMIN;
import static cn.gov.lyg.enforcement.systemtest.Catalog.HZ_MARKET;
import static cn.gov.lyg.enforcement.systemtest.Catalog.OFFICER;
import static cn.gov.lyg.enforcement.systemtest.Catalog.get;
import static cn.gov.lyg.enforcement.systemtest.Catalog.ok;
import static cn.gov.lyg.enforcement.systemtest.Catalog.post;
import static cn.gov.lyg.enforcement.systemtest.Catalog.problem;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.lyg.enforcement.events.Topics;
import cn.gov.lyg.enforcement.events.catalog.EnforcementItemAdjusted;
import cn.gov.lyg.enforcement.events.catalog.EnforcementItemCancelled;
import cn.gov.lyg.enforcement.events.catalog.EnforcementItemResumed;
import cn.gov.lyg.enforcement.events.catalog.EnforcementItemSuspended;
import cn.gov.lyg.enforcement.platform.test.KafkaProbe;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The item life cycle through the gateway with real tokens: publish, adjust (versions), suspend/resume, cancel
 * (terminal), the usability query before and after, each event read from Kafka and validated; bad input; the
 * public listing without a token.
 */
class CatalogLifecycleSystemIT {

    private static JsonNode usability(String id, String date) {
        return ok(get("/items/" + id + "/usability?agencyCode=" + HZ_MARKET + "&regionCode=320706&date=" + date,
                OFFICER));
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asString()));
        return values;
    }

    @Test
    void publishAdjustSuspendResumeCancelWithVersionsUsabilityAndEvents() {
        ObjectNode body = Catalog.item("PENALTY", "PEN");
        String id = Catalog.published(body);
        // before: usable by 海州区市场监督管理局 directly, first version
        JsonNode before = usability(id, "2025-08-20");
        assertThat(before.get("usable").asBoolean()).as(before.toString()).isTrue();
        assertThat(before.get("itemVersion").asInt()).isEqualTo(1);
        assertThat(before.get("capacity").asString()).isEqualTo("DIRECT");

        try (KafkaProbe reader = new KafkaProbe(Stack.KAFKA, Topics.CATALOG_ITEMS)) {
            ObjectNode changed = body.deepCopy();
            changed.put("name", body.get("name").asString() + "（2025年修订）");
            JsonNode adjusted = ok(post("/items/" + id + "/adjust", ADMIN,
                    Map.of("definition", changed, "effectiveFrom", "2025-06-01", "reason", "LAW_AMENDED")));
            assertThat(adjusted.get("itemVersion").asInt()).isEqualTo(2);
            assertThat(adjusted.get("validFrom").asString()).isEqualTo("2025-06-01");
            assertThat(adjusted.get("statusReason").asString()).isEqualTo("LAW_AMENDED");

            // the new version is listed in /versions; the old one ends the day before
            JsonNode versions = ok(get("/items/" + id + "/versions", OFFICER));
            assertThat(versions.size()).isEqualTo(2);
            assertThat(versions.at("/0/itemVersion").asInt()).isEqualTo(2);
            assertThat(versions.at("/0/validFrom").asString()).isEqualTo("2025-06-01");
            assertThat(versions.at("/0/definition/name").asString()).isEqualTo(changed.get("name").asString());
            assertThat(versions.at("/1/itemVersion").asInt()).isEqualTo(1);
            assertThat(versions.at("/1/validFrom").asString()).isEqualTo("2025-01-01");
            assertThat(versions.at("/1/validTo").asString()).isEqualTo("2025-05-31");
            assertThat(versions.at("/1/definition/name").asString()).isEqualTo(body.get("name").asString());

            JsonNode suspended = ok(post("/items/" + id + "/suspend", ADMIN, Map.of("reason", "INSTITUTIONAL_REFORM",
                    "effectiveFrom", "2025-07-01", "until", "2025-07-31", "note", "机构改革")));
            assertThat(suspended.get("status").asString()).isEqualTo("SUSPENDED");
            assertThat(texts(suspended.get("allowedActions"))).contains("resume");
            JsonNode twice = problem(post("/items/" + id + "/suspend", ADMIN, Map.of("reason", "OTHER")), 409,
                    "INVALID_TRANSITION");
            assertThat(twice.get("currentStatus").asString()).isEqualTo("SUSPENDED");
            assertThat(texts(twice.get("allowedActions"))).containsExactly("resume", "cancel");
            JsonNode whileSuspended = usability(id, "2025-07-10");
            assertThat(whileSuspended.get("usable").asBoolean()).isFalse();
            assertThat(texts(whileSuspended.get("reasons"))).containsExactly("ITEM_SUSPENDED");

            JsonNode resumed = ok(post("/items/" + id + "/resume", ADMIN, Map.of("effectiveFrom", "2025-07-15")));
            assertThat(resumed.get("status").asString()).isEqualTo("ACTIVE");
            assertThat(resumed.at("/suspensions/0/until").asString()).isEqualTo("2025-07-14");
            assertThat(usability(id, "2025-07-15").get("usable").asBoolean()).isTrue();

            JsonNode cancelled = ok(post("/items/" + id + "/cancel", ADMIN,
                    Map.of("reason", "LAW_REPEALED", "effectiveDate", "2025-09-01")));
            assertThat(cancelled.get("status").asString()).isEqualTo("CANCELLED");
            assertThat(cancelled.get("cancelledFrom").asString()).isEqualTo("2025-09-01");
            assertThat(cancelled.get("allowedActions").size()).isZero();
            // terminal: every further action is 409 INVALID_TRANSITION with the (empty) allowed actions
            for (String action : List.of("suspend", "cancel", "resume")) {
                JsonNode refused = problem(post("/items/" + id + "/" + action, ADMIN,
                        action.equals("resume") ? Map.of() : Map.of("reason", "OTHER")), 409, "INVALID_TRANSITION");
                assertThat(refused.get("currentStatus").asString()).isEqualTo("CANCELLED");
                assertThat(refused.get("allowedActions").isArray()).isTrue();
                assertThat(refused.get("allowedActions").size()).isZero();
            }
            ObjectNode again = changed.deepCopy();
            again.put("name", "再次调整");
            problem(post("/items/" + id + "/adjust", ADMIN, Map.of("definition", again, "effectiveFrom",
                    "2025-10-01")), 409, "INVALID_TRANSITION");

            JsonNode adjustedEvent = Catalog.events(reader, EnforcementItemAdjusted.class, id, 1).get(0);
            assertThat(adjustedEvent.get("previousValidTo").asString()).isEqualTo("2025-05-31");
            assertThat(adjustedEvent.at("/item/itemVersion").asInt()).isEqualTo(2);
            assertThat(adjustedEvent.at("/item/itemCode").asString()).isEqualTo(body.get("itemCode").asString());
            JsonNode suspendedEvent = Catalog.events(reader, EnforcementItemSuspended.class, id, 1).get(0);
            assertThat(suspendedEvent.get("suspendedUntil").asString()).isEqualTo("2025-07-31");
            Catalog.events(reader, EnforcementItemResumed.class, id, 1);
            JsonNode cancelledEvent = Catalog.events(reader, EnforcementItemCancelled.class, id, 1).get(0);
            assertThat(cancelledEvent.get("effectiveDate").asString()).isEqualTo("2025-09-01");
            assertThat(cancelledEvent.at("/item/status").asString()).isEqualTo("CANCELLED");
        }

        // after: a case of 2025-08-20 may continue on the adjusted version; from 2025-09-01 the item is cancelled
        JsonNode lastDay = usability(id, "2025-08-20");
        assertThat(lastDay.get("usable").asBoolean()).isTrue();
        assertThat(lastDay.get("itemVersion").asInt()).isEqualTo(2);
        JsonNode after = usability(id, "2025-09-01");
        assertThat(after.get("usable").asBoolean()).isFalse();
        assertThat(texts(after.get("reasons"))).containsExactly("ITEM_CANCELLED");
        JsonNode stored = Catalog.item(id);
        assertThat(stored.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(stored.get("itemVersion").asInt()).isEqualTo(2);
    }

    @Test
    void badInputAnswersProblemsWithCodesAndWritesNothing() {
        // a coercive measure cannot be entrusted
        ObjectNode entrusted = Catalog.item("COERCION", "COE");
        entrusted.put("exerciseMode", "ENTRUSTED");
        problem(post("/items", ADMIN, entrusted), 400, "COERCION_NOT_ENTRUSTABLE");
        assertThat(ok(get("/items?q=" + entrusted.get("itemCode").asString(), ADMIN)).get("totalElements").asInt())
                .isZero();

        ObjectNode body = Catalog.item("PENALTY", "PEN");
        String id = Catalog.published(body);
        JsonNode duplicate = problem(post("/items", ADMIN, body), 409, "ITEM_CODE_DUPLICATE");
        assertThat(duplicate.at("/errors/0/field").asString()).isEqualTo("itemCode");
        ObjectNode badRegionType = Catalog.item("PENALTY", "PEN");
        badRegionType.putArray("exerciseLevels").add("GALAXY");
        problem(post("/items", ADMIN, badRegionType), 400, "INVALID_FIELD_VALUE");

        problem(post("/items/" + id + "/cancel", null, Map.of("reason", "OTHER")), 401, "UNAUTHENTICATED");
        problem(post("/items/" + id + "/cancel", OFFICER, Map.of("reason", "OTHER")), 403, "ACCESS_DENIED");
        problem(post("/items/" + id + "/cancel", ADMIN, Map.of("reason", "BORED")), 400, "INVALID_FIELD_VALUE");
        JsonNode missing = problem(post("/items/" + id + "/cancel", ADMIN, Map.of("effectiveDate", "2025-09-01")),
                400, "VALIDATION_FAILED");
        assertThat(missing.at("/errors/0/field").asString()).isEqualTo("reason");
        problem(post("/items/" + id + "/cancel", ADMIN, Map.of("reason", "OTHER", "effectiveDate", "2024-01-01")),
                400, "EFFECTIVE_DATE_INVALID");
        ObjectNode otherCode = body.deepCopy();
        otherCode.put("itemCode", Items.uniqueCode("3207-MKT-PEN-"));
        problem(post("/items/" + id + "/adjust", ADMIN, Map.of("definition", otherCode, "effectiveFrom",
                "2025-06-01")), 400, "ITEM_CODE_IMMUTABLE");
        problem(post("/items/00000000-0000-0000-0000-000000000000/cancel", ADMIN, Map.of("reason", "OTHER")), 404,
                "NOT_FOUND");
        problem(get("/items/" + id + "/usability", OFFICER), 400, "PARAMETER_REQUIRED");
        problem(get("/items/" + id + "/usability?agencyCode=" + HZ_MARKET + "&date=yesterday", OFFICER), 400,
                "INVALID_PARAMETER");
        // nothing was written by the rejected calls
        JsonNode stored = Catalog.item(id);
        assertThat(stored.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(stored.get("itemVersion").asInt()).isEqualTo(1);
    }

    @Test
    void thePublicListsPublishedItemsWithoutATokenButNoDrafts() {
        ObjectNode publishedBody = Catalog.item("PENALTY", "PEN");
        String published = Catalog.published(publishedBody);
        ObjectNode draftBody = Catalog.item("PENALTY", "PEN");
        String draft = Catalog.created(draftBody);

        JsonNode page = ok(get("/public/items?q=" + publishedBody.get("itemCode").asString()
                + "&itemType=PENALTY&agencyCode=" + HZ_MARKET + "&level=COUNTY", null));
        assertThat(page.get("totalElements").asInt()).isEqualTo(1);
        assertThat(page.at("/content/0/id").asString()).isEqualTo(published);
        assertThat(page.at("/content/0/itemCode").asString()).isEqualTo(publishedBody.get("itemCode").asString());
        assertThat(page.at("/content/0/status").asString()).isEqualTo("ACTIVE");
        assertThat(ok(get("/public/items/" + published, null)).get("itemCode").asString())
                .isEqualTo(publishedBody.get("itemCode").asString());
        assertThat(ok(get("/public/items?q=" + draftBody.get("itemCode").asString(), null)).get("totalElements")
                .asInt()).isZero();
        assertThat(get("/public/items/" + draft, null).statusCode()).isEqualTo(404);
        // the internal API still needs a token
        problem(get("/items/" + published, null), 401, "UNAUTHENTICATED");
    }
}
