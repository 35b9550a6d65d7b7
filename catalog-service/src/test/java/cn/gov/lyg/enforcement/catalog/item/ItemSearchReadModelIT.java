package cn.gov.lyg.enforcement.catalog.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.lyg.enforcement.catalog.CatalogApi;
import cn.gov.lyg.enforcement.events.vocabulary.ExerciseMode;
import cn.gov.lyg.enforcement.events.vocabulary.ItemType;
import cn.gov.lyg.enforcement.platform.test.ServiceTest;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The catalog list is answered by the in-memory search model: this instance's writes are visible in the very next
 * list request; a write made behind its back (another instance, simulated by writing through the raw driver, which
 * bypasses the mapping layer and its callbacks) becomes visible after the periodic refresh.
 */
@ServiceTest
class ItemSearchReadModelIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    MongoTemplate mongo;
    CatalogApi api;

    @BeforeEach
    void setUp() {
        api = new CatalogApi(mvc, json);
    }

    private JsonNode list(String path, String token, String q) throws Exception {
        var request = get(path).param("q", q);
        return api.read(api.perform(request, token, null).andExpect(status().isOk()));
    }

    private long total(String path, String token, String q) throws Exception {
        return list(path, token, q).get("totalElements").asLong();
    }

    @Test
    void writesOfThisInstanceAreVisibleInTheNextListRequest() throws Exception {
        ObjectNode body = api.item("PENALTY");
        String code = body.get("itemCode").asString();
        String id = api.read(api.perform(post("/api/catalog/v1/items"), CatalogApi.admin(), body)
                .andExpect(status().isCreated())).get("id").asString();
        // a draft: listed for catalog admins only
        assertThat(total("/api/catalog/v1/items", CatalogApi.admin(), code)).isEqualTo(1);
        assertThat(total("/api/catalog/v1/items", CatalogApi.officer(), code)).isZero();
        assertThat(total("/api/catalog/v1/public/items", null, code)).isZero();

        api.perform(post("/api/catalog/v1/items/{id}/publish", id), CatalogApi.admin(), null).andExpect(status().isOk());
        JsonNode page = list("/api/catalog/v1/public/items", null, code);
        assertThat(page.get("totalElements").asLong()).isEqualTo(1);
        assertThat(page.at("/content/0/id").asString()).isEqualTo(id);
        assertThat(page.at("/content/0/status").asString()).isEqualTo("ACTIVE");
        assertThat(page.at("/content/0/itemTypeName").asString()).isEqualTo("行政处罚");
        assertThat(page.at("/content/0/modifiedBy").isMissingNode()).isTrue(); // public view: no audit fields
        assertThat(list("/api/catalog/v1/items", CatalogApi.officer(), code).at("/content/0/version").asLong())
                .isEqualTo(1);

        api.perform(post("/api/catalog/v1/items/{id}/suspend", id).header("If-Match", "\"1\""), CatalogApi.admin(),
                Map.of("reason", "LAW_AMENDED")).andExpect(status().isOk());
        assertThat(total("/api/catalog/v1/public/items", null, code)).isZero();
        JsonNode suspended = list("/api/catalog/v1/items", CatalogApi.officer(), code);
        assertThat(suspended.at("/content/0/status").asString()).isEqualTo("SUSPENDED");
        assertThat(suspended.at("/content/0/version").asLong()).isEqualTo(2);
    }

    @Test
    void writesOfAnotherInstanceBecomeVisibleAfterTheRefresh() throws Exception {
        String code = "3207-MKT-PEN-9" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Clock clock = Clock.systemUTC();
        EnforcementItem item = EnforcementItem.draft(ItemFixtures.with(ItemFixtures.foodLicencePenalty(),
                ItemType.PENALTY, ExerciseMode.DIRECT, code), clock);
        item.publish("other-instance", clock);
        Document document = new Document();
        mongo.getConverter().write(item, document);
        document.put("version", 0L);
        document.put("createdAt", new Date());
        document.put("createdBy", "other-instance");
        document.put("modifiedAt", new Date());
        document.put("modifiedBy", "other-instance");
        document.put("outbox", List.of());
        mongo.getCollection(EnforcementItem.COLLECTION).insertOne(document);

        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(total("/api/catalog/v1/public/items", null, code)).isEqualTo(1));
        JsonNode page = list("/api/catalog/v1/public/items", null, code);
        assertThat(page.at("/content/0/id").asString()).isEqualTo(item.getId());
        assertThat(page.at("/content/0/name").asString()).isEqualTo(ItemFixtures.foodLicencePenalty().name());

        // the other instance cancels it: it leaves the public list after the next refresh
        mongo.getCollection(EnforcementItem.COLLECTION).updateOne(Filters.eq("_id", item.getId()),
                Updates.combine(Updates.set("status", "CANCELLED"), Updates.set("version", 1L),
                        Updates.set("modifiedAt", new Date())));
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(total("/api/catalog/v1/public/items", null, code)).isZero());
        assertThat(list("/api/catalog/v1/items", CatalogApi.officer(), code).at("/content/0/status").asString())
                .isEqualTo("CANCELLED");
    }
}
