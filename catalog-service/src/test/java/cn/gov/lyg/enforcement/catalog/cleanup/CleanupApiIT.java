package cn.gov.lyg.enforcement.catalog.cleanup;

import static cn.gov.lyg.enforcement.catalog.CatalogApi.admin;
import static cn.gov.lyg.enforcement.catalog.CatalogApi.citySupervisor;
import static cn.gov.lyg.enforcement.catalog.CatalogApi.dhAgencyAdmin;
import static cn.gov.lyg.enforcement.catalog.CatalogApi.dhSupervisor;
import static cn.gov.lyg.enforcement.catalog.CatalogApi.hzAgencyAdmin;
import static cn.gov.lyg.enforcement.catalog.CatalogApi.hzSupervisor;
import static cn.gov.lyg.enforcement.catalog.CatalogApi.officer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.lyg.enforcement.catalog.CatalogApi;
import cn.gov.lyg.enforcement.catalog.item.EnforcementItem;
import cn.gov.lyg.enforcement.events.Topics;
import cn.gov.lyg.enforcement.events.catalog.EnforcementItemCancelled;
import cn.gov.lyg.enforcement.events.catalog.EnforcementItemPublished;
import cn.gov.lyg.enforcement.platform.test.KafkaProbe;
import cn.gov.lyg.enforcement.platform.test.ServiceTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** 事项清理 end to end: agency proposes, judicial bureau reviews and approves, catalog admin publishes. */
@ServiceTest
class CleanupApiIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    MongoTemplate mongo;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;
    CatalogApi api;

    @BeforeEach
    void setUp() {
        api = new CatalogApi(mvc, json);
    }

    private static Map<String, Object> change(String action, String itemId, Object definition, String date) {
        Map<String, Object> c = new HashMap<>();
        c.put("action", action);
        c.put("reason", "INSTITUTIONAL_REFORM");
        c.put("basis", "海政办发〔2025〕12号");
        if (itemId != null) {
            c.put("itemId", itemId);
        }
        if (definition != null) {
            c.put("definition", definition);
        }
        if (date != null) {
            c.put("effectiveDate", date);
        }
        return c;
    }

    private String create(String token, List<Map<String, Object>> changes) throws Exception {
        return api.read(api.perform(post("/api/catalog/v1/cleanup-batches"), token,
                        Map.of("reason", "2025年度事项清理", "changes", changes))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("DRAFT"))).get("id").asString();
    }

    private JsonNode item(String id) throws Exception {
        return api.read(api.perform(get("/api/catalog/v1/items/{id}", id), admin(), null));
    }

    @Test
    void anApprovedBatchIsPublishedWithEveryChangeAndCanBeResumed() throws Exception {
        String toCancel = api.published(api.item("PENALTY"));
        String toSuspend = api.published(api.item("PENALTY"));
        ObjectNode adjustBody = api.item("PENALTY");
        String toAdjust = api.published(adjustBody);
        ObjectNode adjusted = adjustBody.deepCopy();
        adjusted.put("name", adjustBody.get("name").asString() + "（调整）");
        ObjectNode added = api.item("INSPECTION");
        added.putArray("implementingAgencyCodes").add(CatalogApi.HZ_MARKET);
        added.putArray("exerciseLevels").add("COUNTY");

        String id = create(hzAgencyAdmin(), List.of(change("CANCEL", toCancel, null, "2025-10-01"),
                change("SUSPEND", toSuspend, null, null), change("ADJUST", toAdjust, adjusted, "2026-01-01"),
                change("ADD", null, added, "2026-01-01")));
        // scope: other agencies and regions do not see it
        api.perform(get("/api/catalog/v1/cleanup-batches/{id}", id), dhAgencyAdmin(), null)
                .andExpect(status().isNotFound());
        api.perform(get("/api/catalog/v1/cleanup-batches/{id}", id), officer(), null).andExpect(status().isOk());
        api.perform(post("/api/catalog/v1/cleanup-batches/{id}/submit", id), dhAgencyAdmin(), null)
                .andExpect(status().isNotFound());
        api.perform(post("/api/catalog/v1/cleanup-batches/{id}/review", id), hzSupervisor(), Map.of("approve", true))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("INVALID_TRANSITION"));
        api.perform(post("/api/catalog/v1/cleanup-batches/{id}/submit", id).header("If-Match", "\"0\""),
                hzAgencyAdmin(), null).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUBMITTED"));
        api.perform(post("/api/catalog/v1/cleanup-batches/{id}/review", id), dhSupervisor(), Map.of("approve", true))
                .andExpect(status().isNotFound());
        api.perform(post("/api/catalog/v1/cleanup-batches/{id}/review", id), hzAgencyAdmin(), Map.of("approve", true))
                .andExpect(status().isForbidden());
        api.perform(post("/api/catalog/v1/cleanup-batches/{id}/review", id), hzSupervisor(),
                        Map.of("approve", true, "opinion", "依据充分"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REVIEWED"))
                .andExpect(jsonPath("$.reviewedBy").value("hz-supervisor"));
        api.perform(post("/api/catalog/v1/cleanup-batches/{id}/approve", id), citySupervisor(), Map.of("approve", true))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"));
        api.perform(post("/api/catalog/v1/cleanup-batches/{id}/publish", id), hzAgencyAdmin(), null)
                .andExpect(status().isForbidden());

        JsonNode published;
        try (KafkaProbe probe = new KafkaProbe(bootstrap, Topics.CATALOG_ITEMS)) {
            published = api.read(api.perform(post("/api/catalog/v1/cleanup-batches/{id}/publish", id), admin(), null)
                    .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PUBLISHED"))
                    .andExpect(jsonPath("$.changes[?(@.applied == false)]").isEmpty()));
            api.events(probe, EnforcementItemCancelled.class, toCancel, 1);
            String addedId = published.at("/changes/3/resultItemId").asString();
            api.events(probe, EnforcementItemPublished.class, addedId, 1);
        }
        assertThat(item(toCancel).get("status").asString()).isEqualTo("CANCELLED");
        assertThat(item(toCancel).get("cancelledFrom").asString()).isEqualTo("2025-10-01");
        assertThat(item(toSuspend).get("status").asString()).isEqualTo("SUSPENDED");
        assertThat(item(toAdjust).get("itemVersion").asInt()).isEqualTo(2);
        assertThat(item(toAdjust).get("validFrom").asString()).isEqualTo("2026-01-01");
        JsonNode addedItem = item(published.at("/changes/3/resultItemId").asString());
        assertThat(addedItem.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(addedItem.get("validFrom").asString()).isEqualTo("2026-01-01");
        api.perform(post("/api/catalog/v1/cleanup-batches/{id}/publish", id), admin(), null)
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("INVALID_TRANSITION"));

        // a publication interrupted after the item writes: resuming marks the changes without applying them twice
        long cancelVersion = item(toCancel).get("version").asLong();
        long adjustVersion = item(toAdjust).get("version").asLong();
        mongo.updateFirst(new Query(Criteria.where("_id").is(id)), new Update().set("status", "APPROVED")
                .set("changes.0.applied", false).set("changes.2.applied", false).set("changes.3.applied", false),
                CleanupBatch.class);
        api.perform(post("/api/catalog/v1/cleanup-batches/{id}/publish", id), admin(), null)
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PUBLISHED"));
        assertThat(item(toCancel).get("version").asLong()).isEqualTo(cancelVersion);
        assertThat(item(toAdjust).get("version").asLong()).isEqualTo(adjustVersion);
        assertThat(item(toAdjust).get("itemVersion").asInt()).isEqualTo(2);
        assertThat(mongo.count(new Query(Criteria.where("definition.itemCode").is(added.get("itemCode").asString())),
                EnforcementItem.class)).isEqualTo(1);
    }

    @Test
    void aRejectedBatchOrOneThatCanNoLongerBeAppliedChangesNothing() throws Exception {
        String first = api.published(api.item("PENALTY"));
        String second = api.published(api.item("PENALTY"));
        String rejected = create(hzAgencyAdmin(), List.of(change("CANCEL", first, null, null)));
        api.perform(post("/api/catalog/v1/cleanup-batches/{id}/submit", rejected), hzAgencyAdmin(), null)
                .andExpect(status().isOk());
        api.perform(post("/api/catalog/v1/cleanup-batches/{id}/review", rejected), citySupervisor(),
                        Map.of("approve", false, "opinion", "依据不足"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REJECTED"));
        api.perform(post("/api/catalog/v1/cleanup-batches/{id}/publish", rejected), admin(), null)
                .andExpect(status().isConflict());
        assertThat(item(first).get("status").asString()).isEqualTo("ACTIVE");

        // decisions may also be spelled APPROVE / REJECT, a catalog admin may approve, and /reject rejects
        String spelled = create(hzAgencyAdmin(), List.of(change("CANCEL", first, null, null)));
        api.perform(post("/api/catalog/v1/cleanup-batches/{id}/submit", spelled), hzAgencyAdmin(), null);
        api.perform(post("/api/catalog/v1/cleanup-batches/{id}/review", spelled), hzSupervisor(), Map.of("opinion", "?"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
        api.perform(post("/api/catalog/v1/cleanup-batches/{id}/review", spelled), hzSupervisor(),
                Map.of("decision", "APPROVE")).andExpect(jsonPath("$.status").value("REVIEWED"))
                .andExpect(jsonPath("$.allowedActions[1]").value("reject"));
        api.perform(post("/api/catalog/v1/cleanup-batches/{id}/reject", spelled), dhSupervisor(), null)
                .andExpect(status().isNotFound());
        api.perform(post("/api/catalog/v1/cleanup-batches/{id}/reject", spelled), admin(), Map.of("opinion", "重复"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.rejectionReason").value("重复"));
        assertThat(item(first).get("status").asString()).isEqualTo("ACTIVE");

        String stale = create(hzAgencyAdmin(), List.of(change("CANCEL", first, null, null),
                change("SUSPEND", second, null, null)));
        api.perform(post("/api/catalog/v1/cleanup-batches/{id}/submit", stale), hzAgencyAdmin(), null);
        api.perform(post("/api/catalog/v1/cleanup-batches/{id}/review", stale), hzSupervisor(), Map.of("approve", true));
        api.perform(post("/api/catalog/v1/cleanup-batches/{id}/approve", stale), admin(), Map.of("decision", "APPROVED"))
                .andExpect(jsonPath("$.status").value("APPROVED"));
        api.perform(post("/api/catalog/v1/items/{id}/cancel", second), admin(), Map.of("reason", "OTHER"))
                .andExpect(status().isOk());
        long firstVersion = item(first).get("version").asLong();
        api.perform(post("/api/catalog/v1/cleanup-batches/{id}/publish", stale), admin(), null)
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("CLEANUP_CHANGE_NOT_APPLICABLE"))
                .andExpect(jsonPath("$.errors[0].field").value("changes[1]"))
                .andExpect(jsonPath("$.errors[0].code").value("ITEM_NOT_ACTIVE"));
        assertThat(item(first).get("status").asString()).isEqualTo("ACTIVE");
        assertThat(item(first).get("version").asLong()).isEqualTo(firstVersion);
        api.perform(get("/api/catalog/v1/cleanup-batches/{id}", stale), admin(), null)
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.changes[0].applied").value(false));
    }

    @Test
    void onlyAgencyAdminsProposeAndOnlyForTheirOwnItems() throws Exception {
        ObjectNode foreign = api.item("PENALTY");
        foreign.putArray("implementingAgencyCodes").add(CatalogApi.CITY_MARKET).add(CatalogApi.DH_MARKET);
        String foreignId = api.published(foreign);
        String own = api.published(api.item("PENALTY"));
        Map<String, Object> body = Map.of("reason", "清理", "changes", List.of(change("CANCEL", own, null, null)));
        api.perform(post("/api/catalog/v1/cleanup-batches"), null, body).andExpect(status().isUnauthorized());
        api.perform(post("/api/catalog/v1/cleanup-batches"), officer(), body).andExpect(status().isForbidden());
        api.perform(post("/api/catalog/v1/cleanup-batches"), hzSupervisor(), body).andExpect(status().isForbidden());
        long before = mongo.count(new Query(), CleanupBatch.class);
        api.perform(post("/api/catalog/v1/cleanup-batches"), hzAgencyAdmin(),
                        Map.of("reason", "清理", "changes", List.of(change("CANCEL", own, null, null),
                                change("CANCEL", foreignId, null, null))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("CLEANUP_ITEM_NOT_OF_AGENCY"))
                .andExpect(jsonPath("$.errors[0].field").value("changes[1].itemId"));
        api.perform(post("/api/catalog/v1/cleanup-batches"), hzAgencyAdmin(),
                        Map.of("reason", "清理", "changes", List.of(change("CANCEL", "no-such", null, null))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("ITEM_UNKNOWN"));
        api.perform(post("/api/catalog/v1/cleanup-batches"), hzAgencyAdmin(),
                        Map.of("reason", "清理", "changes", List.of(change("EXPAND", own, null, null))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("INVALID_FIELD_VALUE"));
        api.perform(post("/api/catalog/v1/cleanup-batches"), hzAgencyAdmin(), Map.of("reason", "清理", "changes", List.of()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
        ObjectNode entrusted = api.item("COERCION");
        entrusted.put("exerciseMode", "ENTRUSTED");
        api.perform(post("/api/catalog/v1/cleanup-batches"), hzAgencyAdmin(),
                        Map.of("reason", "清理", "changes", List.of(change("ADD", null, entrusted, null))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("COERCION_NOT_ENTRUSTABLE"));
        api.perform(post("/api/catalog/v1/cleanup-batches"), hzAgencyAdmin(),
                        Map.of("reason", "清理", "changes", List.of(change("SUSPEND", own, null, null),
                                change("CANCEL", own, null, null))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("CLEANUP_CHANGE_INVALID"));
        assertThat(mongo.count(new Query(), CleanupBatch.class)).isEqualTo(before);
        api.perform(get("/api/catalog/v1/cleanup-batches"), dhAgencyAdmin(), null).andExpect(status().isOk())
                .andExpect(jsonPath("$.content[?(@.agencyCode != '" + CatalogApi.DH_MARKET + "')]").isEmpty());
        api.perform(get("/api/catalog/v1/cleanup-batches/{id}", "no-such"), admin(), null)
                .andExpect(status().isNotFound());
    }
}
