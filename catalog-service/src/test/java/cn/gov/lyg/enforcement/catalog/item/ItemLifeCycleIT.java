package cn.gov.lyg.enforcement.catalog.item;

import static cn.gov.lyg.enforcement.catalog.CatalogApi.admin;
import static cn.gov.lyg.enforcement.catalog.CatalogApi.officer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.lyg.enforcement.catalog.CatalogApi;
import cn.gov.lyg.enforcement.events.Topics;
import cn.gov.lyg.enforcement.events.catalog.EnforcementItemAdjusted;
import cn.gov.lyg.enforcement.events.catalog.EnforcementItemCancelled;
import cn.gov.lyg.enforcement.events.catalog.EnforcementItemResumed;
import cn.gov.lyg.enforcement.events.catalog.EnforcementItemSuspended;
import cn.gov.lyg.enforcement.platform.audit.AuditEntry;
import cn.gov.lyg.enforcement.platform.test.KafkaProbe;
import cn.gov.lyg.enforcement.platform.test.ServiceTest;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Adjust, suspend, resume, cancel and the usability query through the API, with their events on Kafka. */
@ServiceTest
class ItemLifeCycleIT {

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

    @Test
    void adjustSuspendResumeCancelWithVersionsEventsAndAudit() throws Exception {
        ObjectNode body = api.item("PENALTY");
        String id = api.published(body);
        try (KafkaProbe probe = new KafkaProbe(bootstrap, Topics.CATALOG_ITEMS)) {
            ObjectNode changed = body.deepCopy();
            changed.put("name", body.get("name").asString() + "（2025年修订）");
            api.perform(post("/api/catalog/v1/items/{id}/adjust", id).header("If-Match", "\"1\""), admin(),
                            Map.of("definition", changed, "effectiveFrom", "2025-06-01", "reason", "LAW_AMENDED"))
                    .andExpect(status().isOk()).andExpect(header().string("ETag", "\"2\""))
                    .andExpect(jsonPath("$.itemVersion").value(2))
                    .andExpect(jsonPath("$.validFrom").value("2025-06-01"))
                    .andExpect(jsonPath("$.statusReason").value("LAW_AMENDED"));
            api.perform(get("/api/catalog/v1/items/{id}/versions", id), officer(), null)
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.length()").value(2))
                    .andExpect(jsonPath("$[0].itemVersion").value(2))
                    .andExpect(jsonPath("$[0].definition.name").value(changed.get("name").asString()))
                    .andExpect(jsonPath("$[1].itemVersion").value(1))
                    .andExpect(jsonPath("$[1].validFrom").value("2025-01-01"))
                    .andExpect(jsonPath("$[1].validTo").value("2025-05-31"))
                    .andExpect(jsonPath("$[1].definition.name").value(body.get("name").asString()));

            api.perform(post("/api/catalog/v1/items/{id}/suspend", id), admin(),
                            Map.of("reason", "INSTITUTIONAL_REFORM", "effectiveFrom", "2025-07-01",
                                    "until", "2025-07-31", "note", "机构改革"))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUSPENDED"))
                    .andExpect(jsonPath("$.allowedActions[0]").value("resume"));
            api.perform(post("/api/catalog/v1/items/{id}/suspend", id), admin(), Map.of("reason", "OTHER"))
                    .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("INVALID_TRANSITION"))
                    .andExpect(jsonPath("$.currentStatus").value("SUSPENDED"))
                    .andExpect(jsonPath("$.allowedActions[0]").value("resume"))
                    .andExpect(jsonPath("$.allowedActions[1]").value("cancel"));
            api.perform(post("/api/catalog/v1/items/{id}/resume", id), admin(), Map.of("effectiveFrom", "2025-07-15"))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACTIVE"))
                    .andExpect(jsonPath("$.suspensions[0].until").value("2025-07-14"));
            api.perform(post("/api/catalog/v1/items/{id}/cancel", id), admin(),
                            Map.of("reason", "LAW_REPEALED", "effectiveDate", "2025-09-01"))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CANCELLED"))
                    .andExpect(jsonPath("$.cancelledFrom").value("2025-09-01"))
                    .andExpect(jsonPath("$.allowedActions.length()").value(0));
            api.perform(post("/api/catalog/v1/items/{id}/cancel", id), admin(), Map.of("reason", "OTHER"))
                    .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("INVALID_TRANSITION"));

            JsonNode adjusted = api.events(probe, EnforcementItemAdjusted.class, id, 1).get(0);
            assertThat(adjusted.get("previousValidTo").asString()).isEqualTo("2025-05-31");
            assertThat(adjusted.at("/item/itemVersion").asInt()).isEqualTo(2);
            JsonNode suspended = api.events(probe, EnforcementItemSuspended.class, id, 1).get(0);
            assertThat(suspended.get("suspendedUntil").asString()).isEqualTo("2025-07-31");
            api.events(probe, EnforcementItemResumed.class, id, 1);
            JsonNode cancelled = api.events(probe, EnforcementItemCancelled.class, id, 1).get(0);
            assertThat(cancelled.get("effectiveDate").asString()).isEqualTo("2025-09-01");
            assertThat(cancelled.at("/item/status").asString()).isEqualTo("CANCELLED");
            assertThat(cancelled.at("/item/itemCode").asString()).isEqualTo(body.get("itemCode").asString());
        }
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(mongo.find(new Query(Criteria.where("aggregateId").is(id)), AuditEntry.class))
                        .extracting(AuditEntry::action).contains("ITEM_ADJUSTED", "ITEM_SUSPENDED", "ITEM_RESUMED",
                                "ITEM_CANCELLED"));

        // cancelled from 2025-09-01: a case of 2025-08-20 may continue, new ones from 09-01 are rejected
        api.perform(get("/api/catalog/v1/items/{id}/usability", id).param("agencyCode", CatalogApi.HZ_MARKET)
                        .param("regionCode", "320706").param("date", "2025-08-20"), officer(), null)
                .andExpect(status().isOk()).andExpect(jsonPath("$.usable").value(true))
                .andExpect(jsonPath("$.itemVersion").value(2))
                .andExpect(jsonPath("$.capacity").value("DIRECT"));
        api.perform(get("/api/catalog/v1/items/{id}/usability", id).param("agencyCode", CatalogApi.HZ_MARKET)
                        .param("regionCode", "320706").param("date", "2025-09-01"), officer(), null)
                .andExpect(jsonPath("$.usable").value(false))
                .andExpect(jsonPath("$.reasons[0]").value("ITEM_CANCELLED"));
        api.perform(get("/api/catalog/v1/items/{id}/usability", id).param("agencyCode", CatalogApi.HZ_MARKET)
                        .param("date", "2025-07-10"), officer(), null)
                .andExpect(jsonPath("$.usable").value(false))
                .andExpect(jsonPath("$.reasons[0]").value("ITEM_SUSPENDED"));
        api.perform(get("/api/catalog/v1/items/{id}/usability", id).param("agencyCode", "11320700300100038W")
                        .param("regionCode", "320722").param("date", "2024-12-31"), officer(), null)
                .andExpect(jsonPath("$.reasons.length()").value(2))
                .andExpect(jsonPath("$.reasons[0]").value("ITEM_NOT_YET_VALID"))
                .andExpect(jsonPath("$.reasons[1]").value("AGENCY_NOT_IMPLEMENTING"));
    }

    @Test
    void lifeCycleActionsNeedTheCatalogAdminAndValidInput() throws Exception {
        ObjectNode body = api.item("PENALTY");
        String id = api.published(body);
        Map<String, Object> cancel = Map.of("reason", "OTHER");
        api.perform(post("/api/catalog/v1/items/{id}/cancel", id), null, cancel)
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
        api.perform(post("/api/catalog/v1/items/{id}/cancel", id), officer(), cancel)
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("ACCESS_DENIED"));
        api.perform(post("/api/catalog/v1/items/{id}/suspend", id), CatalogApi.hzAgencyAdmin(), cancel)
                .andExpect(status().isForbidden());
        api.perform(post("/api/catalog/v1/items/{id}/cancel", "no-such-item"), admin(), cancel)
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("NOT_FOUND"));
        api.perform(post("/api/catalog/v1/items/{id}/cancel", id), admin(), Map.of("effectiveDate", "2025-09-01"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        api.perform(post("/api/catalog/v1/items/{id}/cancel", id), admin(), Map.of("reason", "BORED"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("INVALID_FIELD_VALUE"));
        api.perform(post("/api/catalog/v1/items/{id}/cancel", id), admin(),
                        Map.of("reason", "OTHER", "effectiveDate", "2024-01-01"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("EFFECTIVE_DATE_INVALID"));
        ObjectNode otherCode = body.deepCopy();
        otherCode.put("itemCode", "3207-MKT-PEN-" + CatalogApi.nextSeq());
        api.perform(post("/api/catalog/v1/items/{id}/adjust", id), admin(),
                        Map.of("definition", otherCode, "effectiveFrom", "2025-06-01"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("ITEM_CODE_IMMUTABLE"));
        ObjectNode entrusted = body.deepCopy();
        entrusted.put("exerciseMode", "ENTRUSTED");
        entrusted.put("itemType", "COERCION");
        api.perform(post("/api/catalog/v1/items/{id}/adjust", id), admin(),
                        Map.of("definition", entrusted, "effectiveFrom", "2025-06-01"))
                .andExpect(status().isBadRequest());
        api.perform(post("/api/catalog/v1/items/{id}/adjust", id).header("If-Match", "\"0\""), admin(),
                        Map.of("definition", body, "effectiveFrom", "2025-06-01"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("VERSION_CONFLICT"));
        api.perform(post("/api/catalog/v1/items/{id}/adjust", id), admin(), Map.of("effectiveFrom", "2025-06-01"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
        // the same actions with the alternative field names, on a second item
        String other = api.published(api.item("PENALTY"));
        api.perform(post("/api/catalog/v1/items/{id}/suspend", other), admin(),
                        Map.of("statusReason", "OTHER", "effectiveDate", "2025-07-01", "suspendedUntil", "2025-07-31"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.suspensions[0].from").value("2025-07-01"))
                .andExpect(jsonPath("$.suspensions[0].until").value("2025-07-31"));
        api.perform(post("/api/catalog/v1/items/{id}/cancel", other), admin(),
                        Map.of("reason", "NO_PRACTICAL_EFFECT", "effectiveFrom", "2025-08-01"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.cancelledFrom").value("2025-08-01"));
        api.perform(post("/api/catalog/v1/items/{id}/cancel", id), admin(), Map.of("reason", "OTHER", "colour", 1))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("UNKNOWN_FIELD"));
        // nothing was written by the rejected calls
        api.perform(get("/api/catalog/v1/items/{id}", id), admin(), null)
                .andExpect(jsonPath("$.status").value("ACTIVE")).andExpect(jsonPath("$.itemVersion").value(1))
                .andExpect(jsonPath("$.version").value(1));
        // a draft cannot be suspended, and to others than catalog admins it does not exist
        String draft = api.read(api.perform(post("/api/catalog/v1/items"), admin(), api.item("PENALTY"))
                .andExpect(status().isCreated())).get("id").asString();
        api.perform(post("/api/catalog/v1/items/{id}/suspend", draft), admin(), Map.of("reason", "OTHER"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.currentStatus").value("DRAFT"));
        api.perform(get("/api/catalog/v1/items/{id}/usability", draft).param("agencyCode", CatalogApi.HZ_MARKET),
                officer(), null).andExpect(status().isNotFound());
        api.perform(get("/api/catalog/v1/items/{id}/usability", draft).param("agencyCode", CatalogApi.HZ_MARKET),
                admin(), null).andExpect(jsonPath("$.reasons[0]").value("ITEM_NOT_PUBLISHED"));
        api.perform(get("/api/catalog/v1/items/{id}/usability", id).param("agencyCode", CatalogApi.HZ_MARKET), null,
                null).andExpect(status().isUnauthorized());
        api.perform(get("/api/catalog/v1/items/{id}/usability", id), officer(), null)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("PARAMETER_REQUIRED"));
        api.perform(get("/api/catalog/v1/items/{id}/usability", id).param("agencyCode", CatalogApi.HZ_MARKET)
                .param("date", "yesterday"), officer(), null)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("INVALID_PARAMETER"));
    }
}
