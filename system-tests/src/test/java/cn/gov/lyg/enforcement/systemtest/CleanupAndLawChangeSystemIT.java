package cn.gov.lyg.enforcement.systemtest;

import cn.gov.lyg.enforcement.platform.test.KafkaProbe;
import static cn.gov.lyg.enforcement.systemtest.Catalog.ADMIN;
import static cn.gov.lyg.enforcement.systemtest.Catalog.OFFICER;
import static cn.gov.lyg.enforcement.systemtest.Catalog.get;
import static cn.gov.lyg.enforcement.systemtest.Catalog.ok;
import static cn.gov.lyg.enforcement.systemtest.Catalog.post;
import static cn.gov.lyg.enforcement.systemtest.Catalog.problem;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.lyg.enforcement.events.Topics;
import cn.gov.lyg.enforcement.events.catalog.EnforcementItemCancelled;
import cn.gov.lyg.enforcement.events.catalog.EnforcementItemReviewRequired;
import cn.gov.lyg.enforcement.events.catalog.EnforcementItemSuspended;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * 立改废 (a law change flags the items citing the provision, with the review-required event on Kafka) and 事项清理
 * (海州区市场监督管理局's agency admin proposes, 海州区司法局 reviews and approves, the catalog admin publishes; a
 * supervisor of another region does not see the batch).
 */
class CleanupAndLawChangeSystemIT {

    private static final String AGENCY_ADMIN = "hz-agency-admin";
    private static final String SUPERVISOR = "hz-supervisor";

    private static ObjectNode citing(String law, String article) {
        ObjectNode body = Catalog.item("PENALTY", "PEN");
        ObjectNode ref = Stack.JSON.createObjectNode().put("lawName", law).put("article", article);
        body.putArray("settingBasis").add(ref);
        body.putArray("implementingBasis").add(ref.deepCopy());
        return body;
    }

    @Test
    void aLawChangeFlagsTheActiveItemsCitingTheProvisionAndAnnouncesIt() {
        String law = "连云港市系统测试条例" + Items.uniqueCode("");
        String citingItem = Catalog.published(citing(law, "第十条"));
        String otherArticle = Catalog.published(citing(law, "第十一条"));
        Map<String, Object> change = Map.of("lawName", law, "article", "第十条", "changeType", "AMENDED",
                "effectiveDate", "2025-10-01");
        problem(post("/law-changes", OFFICER, change), 403, "ACCESS_DENIED");
        problem(post("/law-changes", null, change), 401, "UNAUTHENTICATED");
        problem(post("/law-changes", ADMIN, Map.of("lawName", law, "changeType", "RENAMED",
                "effectiveDate", "2025-10-01")), 400, "INVALID_FIELD_VALUE");
        JsonNode noDate = problem(post("/law-changes", ADMIN, Map.of("lawName", law, "changeType", "AMENDED")),
                400, "VALIDATION_FAILED");
        assertThat(noDate.at("/errors/0/field").asString()).isEqualTo("effectiveDate");

        try (KafkaProbe reader = new KafkaProbe(Stack.KAFKA, Topics.CATALOG_ITEMS)) {
            JsonNode recorded = Stack.json(post("/law-changes", ADMIN, change));
            assertThat(recorded.get("completed").asBoolean()).as(recorded.toString()).isTrue();
            List<String> affected = new ArrayList<>();
            recorded.get("affectedItemIds").forEach(n -> affected.add(n.asString()));
            assertThat(affected).containsExactly(citingItem);

            JsonNode event = Catalog.events(reader, EnforcementItemReviewRequired.class, citingItem, 1).get(0);
            assertThat(event.get("lawChangeId").asString()).isEqualTo(recorded.get("id").asString());
            assertThat(event.get("changeType").asString()).isEqualTo("AMENDED");
            assertThat(event.get("citedAs").toString()).contains("SETTING", "IMPLEMENTING");
            assertThat(reader.drain(r -> otherArticle.equals(r.key()), java.time.Duration.ZERO)).allSatisfy(r ->
                    assertThat(new String(r.headers().lastHeader("ce_type").value())).doesNotContain("review"));
        }
        JsonNode flagged = ok(get("/items/" + citingItem, OFFICER));
        assertThat(flagged.get("reviewRequired").asBoolean()).isTrue();
        assertThat(flagged.at("/reviewFlags/0/lawName").asString()).isEqualTo(law);
        assertThat(ok(get("/items/" + otherArticle, OFFICER)).get("reviewRequired").asBoolean()).isFalse();
    }

    private static Map<String, Object> change(String action, String itemId, String date) {
        Map<String, Object> c = new HashMap<>();
        c.put("action", action);
        c.put("itemId", itemId);
        c.put("reason", "INSTITUTIONAL_REFORM");
        c.put("basis", "海政办发〔2025〕12号");
        if (date != null) {
            c.put("effectiveDate", date);
        }
        return c;
    }

    @Test
    void anAgencyProposesTheJudicialBureauReviewsAndApprovesTheCatalogAdminPublishes() {
        String toCancel = Catalog.published(Catalog.item("PENALTY", "PEN"));
        String toSuspend = Catalog.published(Catalog.item("PENALTY", "PEN"));
        ObjectNode foreign = Catalog.item("PENALTY", "PEN");
        foreign.putArray("implementingAgencyCodes").add(Catalog.CITY_MARKET).add(Catalog.DH_MARKET);
        String foreignId = Catalog.published(foreign);

        // only the agency's own items, only agency admins
        Map<String, Object> body = Map.of("reason", "2025年度事项清理", "changes",
                List.of(change("CANCEL", toCancel, "2025-10-01"), change("SUSPEND", toSuspend, null)));
        problem(post("/cleanup-batches", OFFICER, body), 403, "ACCESS_DENIED");
        problem(post("/cleanup-batches", SUPERVISOR, body), 403, "ACCESS_DENIED");
        JsonNode notOwn = problem(post("/cleanup-batches", AGENCY_ADMIN, Map.of("reason", "清理", "changes",
                List.of(change("CANCEL", toCancel, null), change("CANCEL", foreignId, null)))), 400,
                "CLEANUP_ITEM_NOT_OF_AGENCY");
        assertThat(notOwn.at("/errors/0/field").asString()).isEqualTo("changes[1].itemId");
        problem(post("/cleanup-batches", AGENCY_ADMIN, Map.of("reason", "清理", "changes", List.of())), 400,
                "VALIDATION_FAILED");

        JsonNode draft = Stack.json(post("/cleanup-batches", AGENCY_ADMIN, body));
        assertThat(draft.get("status").asString()).as(draft.toString()).isEqualTo("DRAFT");
        String id = draft.get("id").asString();
        problem(post("/cleanup-batches/" + id + "/review", SUPERVISOR, Map.of("approve", true)), 409,
                "INVALID_TRANSITION");
        assertThat(ok(post("/cleanup-batches/" + id + "/submit", AGENCY_ADMIN, null)).get("status").asString())
                .isEqualTo("SUBMITTED");

        // a county supervisor of another region (东海县) does not see the batch at all
        problem(get("/cleanup-batches/" + id, "dh-supervisor"), 404, "NOT_FOUND");
        problem(post("/cleanup-batches/" + id + "/review", "dh-supervisor", Map.of("approve", true)), 404,
                "NOT_FOUND");
        problem(post("/cleanup-batches/" + id + "/review", AGENCY_ADMIN, Map.of("approve", true)), 403,
                "ACCESS_DENIED");
        JsonNode reviewed = ok(post("/cleanup-batches/" + id + "/review", SUPERVISOR,
                Map.of("approve", true, "opinion", "依据充分")));
        assertThat(reviewed.get("status").asString()).isEqualTo("REVIEWED");
        assertThat(reviewed.get("reviewedBy").asString()).isEqualTo(SUPERVISOR);
        assertThat(ok(post("/cleanup-batches/" + id + "/approve", SUPERVISOR, Map.of("approve", true)))
                .get("status").asString()).isEqualTo("APPROVED");
        problem(post("/cleanup-batches/" + id + "/publish", AGENCY_ADMIN, null), 403, "ACCESS_DENIED");
        // nothing applied before publication
        assertThat(Catalog.item(toCancel).get("status").asString()).isEqualTo("ACTIVE");

        try (KafkaProbe reader = new KafkaProbe(Stack.KAFKA, Topics.CATALOG_ITEMS)) {
            JsonNode published = ok(post("/cleanup-batches/" + id + "/publish", ADMIN, null));
            assertThat(published.get("status").asString()).isEqualTo("PUBLISHED");
            published.get("changes").forEach(c -> assertThat(c.get("applied").asBoolean()).isTrue());
            JsonNode cancelled = Catalog.events(reader, EnforcementItemCancelled.class, toCancel, 1).get(0);
            assertThat(cancelled.get("effectiveDate").asString()).isEqualTo("2025-10-01");
            Catalog.events(reader, EnforcementItemSuspended.class, toSuspend, 1);
        }
        assertThat(Catalog.item(toCancel).get("status").asString()).isEqualTo("CANCELLED");
        assertThat(Catalog.item(toCancel).get("cancelledFrom").asString()).isEqualTo("2025-10-01");
        assertThat(Catalog.item(toSuspend).get("status").asString()).isEqualTo("SUSPENDED");
        assertThat(Catalog.item(foreignId).get("status").asString()).isEqualTo("ACTIVE");
        problem(post("/cleanup-batches/" + id + "/publish", ADMIN, null), 409, "INVALID_TRANSITION");
    }

    @Test
    void aRejectedBatchChangesNothing() {
        String item = Catalog.published(Catalog.item("PENALTY", "PEN"));
        String id = Stack.json(post("/cleanup-batches", AGENCY_ADMIN, Map.of("reason", "清理", "changes",
                List.of(change("CANCEL", item, null))))).get("id").asString();
        ok(post("/cleanup-batches/" + id + "/submit", AGENCY_ADMIN, null));
        assertThat(ok(post("/cleanup-batches/" + id + "/review", SUPERVISOR,
                Map.of("approve", false, "opinion", "依据不足"))).get("status").asString()).isEqualTo("REJECTED");
        problem(post("/cleanup-batches/" + id + "/publish", ADMIN, null), 409, "INVALID_TRANSITION");
        assertThat(Catalog.item(item).get("status").asString()).isEqualTo("ACTIVE");
    }
}
