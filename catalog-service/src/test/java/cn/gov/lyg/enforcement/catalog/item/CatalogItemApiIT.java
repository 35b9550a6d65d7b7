package cn.gov.lyg.enforcement.catalog.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.lyg.enforcement.catalog.CatalogApi;
import cn.gov.lyg.enforcement.events.EventSchemas;
import cn.gov.lyg.enforcement.events.Topics;
import cn.gov.lyg.enforcement.events.catalog.EnforcementItemPublished;
import cn.gov.lyg.enforcement.events.vocabulary.ItemType;
import cn.gov.lyg.enforcement.platform.audit.AuditEntry;
import cn.gov.lyg.enforcement.platform.security.Role;
import cn.gov.lyg.enforcement.platform.test.KafkaProbe;
import cn.gov.lyg.enforcement.platform.test.ServiceTest;
import cn.gov.lyg.enforcement.platform.test.TestTokens;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.message.MessageReader;
import io.cloudevents.kafka.KafkaMessageFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The catalog slice end to end inside one service: real MongoDB-wire server, real (embedded) Kafka broker, real
 * token validation against the test key endpoint.
 */
@ServiceTest
class CatalogItemApiIT {

    private static final AtomicInteger SEQ = new AtomicInteger(1000);

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    MongoTemplate mongo;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    static String admin() {
        return TestTokens.user("catalog-admin").roles(Role.CATALOG_ADMIN, Role.AUDITOR)
                .agency("113207003001000115").region("320700").bearer();
    }

    static String officer() {
        return TestTokens.user("hz-officer").roles(Role.OFFICER).agency("11320706300200020C").region("320706").bearer();
    }

    /** A valid body with a fresh item code, so that tests do not collide in the shared database. */
    ObjectNode body() {
        ObjectNode node = json.valueToTree(ItemFixtures.foodLicencePenalty());
        node.put("itemCode", "3207-MKT-PEN-" + SEQ.incrementAndGet());
        return node;
    }

    ResultActions create(ObjectNode body, String token) throws Exception {
        var request = post("/api/catalog/v1/items").contentType(MediaType.APPLICATION_JSON).content(body.toString());
        if (token != null) {
            request.header("Authorization", token);
        }
        return mvc.perform(request);
    }

    String createdId(ObjectNode body) throws Exception {
        String response = create(body, admin()).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString();
        return json.readTree(response).get("id").asString();
    }

    @Test
    void catalogAdminCreatesAndPublishesAndTheEventReachesKafka() throws Exception {
        ObjectNode body = body();
        String id = createdId(body);
        try (KafkaProbe probe = new KafkaProbe(bootstrap, Topics.CATALOG_ITEMS)) {
            mvc.perform(post("/api/catalog/v1/items/{id}/publish", id).header("Authorization", admin())
                            .header("If-Match", "\"0\""))
                    .andExpect(status().isOk())
                    .andExpect(header().string("ETag", "\"1\""))
                    .andExpect(jsonPath("$.status").value("ACTIVE"))
                    .andExpect(jsonPath("$.statusName").value("有效"))
                    .andExpect(jsonPath("$.allowedActions[0]").value("adjust"));

            ConsumerRecord<String, byte[]> record = probe.await(r -> id.equals(r.key()), 1, Duration.ofSeconds(20)).get(0);
            StringBuilder headers = new StringBuilder();
            record.headers().forEach(h -> headers.append(h.key()).append('=')
                    .append(new String(h.value(), StandardCharsets.UTF_8)).append(' '));
            assertThat(record.headers().lastHeader("ce_id")).as(headers.toString()).isNotNull();
            MessageReader reader = KafkaMessageFactory.createReader(record);
            CloudEvent event = reader.toEvent();
            assertThat(event.getSpecVersion().toString()).isEqualTo("1.0");
            assertThat(event.getType()).isEqualTo("cn.gov.lyg.enforcement.catalog.item.published.v1");
            assertThat(event.getSource().toString()).isEqualTo("/enforcement/catalog");
            assertThat(event.getSubject()).isEqualTo(id);
            assertThat(event.getDataContentType()).isEqualTo("application/json");
            assertThat(record.headers().lastHeader("traceparent")).isNotNull();
            JsonNode data = json.readTree(new String(event.getData().toBytes(), StandardCharsets.UTF_8));
            assertThat(EventSchemas.validate(EnforcementItemPublished.class, data)).isEmpty();
            assertThat(data.get("eventId").asString()).isEqualTo(event.getId());
            assertThat(data.at("/item/itemCode").asString()).isEqualTo(body.get("itemCode").asString());
            assertThat(data.get("aggregateVersion").asLong()).isEqualTo(1);
        }
        // the outbox is emptied once the broker acknowledged, and the audit trail has both steps
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(mongo.findById(id, org.bson.Document.class, EnforcementItem.COLLECTION).getList("outbox", Object.class))
                    .isEmpty();
            assertThat(mongo.find(new Query(Criteria.where("aggregateId").is(id)), AuditEntry.class))
                    .extracting(AuditEntry::action).containsExactlyInAnyOrder("ITEM_DRAFTED", "ITEM_PUBLISHED");
        });
        assertThat(mongo.find(new Query(Criteria.where("aggregateId").is(id)), AuditEntry.class))
                .allSatisfy(entry -> assertThat(entry.actor()).isEqualTo("catalog-admin"));

        // publishing twice is an invalid transition with the allowed actions
        mvc.perform(post("/api/catalog/v1/items/{id}/publish", id).header("Authorization", admin()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("INVALID_TRANSITION"))
                .andExpect(jsonPath("$.currentStatus").value("ACTIVE"))
                .andExpect(jsonPath("$.allowedActions.length()").value(3));
    }

    /**
     * Authorization is decided before the body is read and validated: a caller without the role learns nothing about
     * the body's fields (403, not a 400 listing them), whether the body is empty, invalid or not JSON at all.
     */
    @Test
    void aCallerWithoutTheRoleIsDeniedBeforeTheBodyIsValidated() throws Exception {
        create(json.createObjectNode(), officer()).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("ACCESS_DENIED"))
                .andExpect(jsonPath("$.errors").isEmpty());
        ObjectNode invalid = body();
        invalid.put("itemType", "NOT_A_TYPE");
        create(invalid, CatalogApi.hzAgencyAdmin()).andExpect(status().isForbidden());
        mvc.perform(put("/api/catalog/v1/items/{id}", "unknown").header("Authorization", officer())
                        .contentType(MediaType.APPLICATION_JSON).content("{not json"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("ACCESS_DENIED"));
        create(json.createObjectNode(), admin()).andExpect(status().isBadRequest());
    }

    @Test
    void writesNeedATokenAndTheCatalogAdminRole() throws Exception {
        create(body(), null).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
        create(body(), officer()).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("ACCESS_DENIED"));
        create(body(), TestTokens.system("gov-systems").region("320700").bearer()).andExpect(status().isForbidden());
        create(body(), TestTokens.user("catalog-admin").roles(Role.CATALOG_ADMIN).expiredSince(Duration.ofMinutes(2))
                .bearer()).andExpect(status().isUnauthorized());
        create(body(), TestTokens.user("catalog-admin").roles(Role.CATALOG_ADMIN).audience("account").bearer())
                .andExpect(status().isUnauthorized());
        create(body(), TestTokens.user("catalog-admin").roles(Role.CATALOG_ADMIN).tampered().bearer())
                .andExpect(status().isUnauthorized());
    }

    @Test
    void draftsAreVisibleOnlyToCatalogAdmins() throws Exception {
        String id = createdId(body());
        mvc.perform(get("/api/catalog/v1/items/{id}", id).header("Authorization", admin()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.createdBy").value("catalog-admin"));
        mvc.perform(get("/api/catalog/v1/items/{id}", id).header("Authorization", officer()))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("NOT_FOUND"));
        mvc.perform(get("/api/catalog/v1/public/items/{id}", id)).andExpect(status().isNotFound());
        mvc.perform(post("/api/catalog/v1/items/{id}/publish", id).header("Authorization", admin()))
                .andExpect(status().isOk());
        mvc.perform(get("/api/catalog/v1/items/{id}", id).header("Authorization", officer()))
                .andExpect(status().isOk());
        mvc.perform(get("/api/catalog/v1/public/items/{id}", id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.createdBy").doesNotExist());
    }

    @Test
    void badInputAnswersProblemsWithStableCodes() throws Exception {
        mvc.perform(post("/api/catalog/v1/items").header("Authorization", admin())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"itemCode\": \"3207-"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("MALFORMED_JSON"));

        ObjectNode wrongType = body();
        wrongType.put("itemType", "FINE");
        create(wrongType, admin()).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_FIELD_VALUE"))
                .andExpect(jsonPath("$.errors[0].field").value("itemType"));

        ObjectNode missing = body();
        missing.remove("name");
        missing.putArray("implementingBasis");
        create(missing, admin()).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.errors[?(@.field == 'name')].code").value("FIELD_REQUIRED"))
                .andExpect(jsonPath("$.errors[?(@.field == 'implementingBasis')].code").value("FIELD_REQUIRED"));

        ObjectNode badAgency = body();
        badAgency.putArray("implementingAgencyCodes").add("1132070030010002XX");
        create(badAgency, admin()).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("USCC_CHECKSUM"));

        ObjectNode entrusted = body();
        entrusted.put("itemCode", "3207-MKT-COE-" + SEQ.incrementAndGet());
        entrusted.put("itemType", "COERCION");
        entrusted.put("exerciseMode", "ENTRUSTED");
        create(entrusted, admin()).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("COERCION_NOT_ENTRUSTABLE"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("行政强制法")));

        ObjectNode unknownField = body();
        unknownField.put("colour", "red");
        create(unknownField, admin()).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("UNKNOWN_FIELD"));

        mvc.perform(post("/api/catalog/v1/items").header("Authorization", admin()).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content(entrusted.toString()))
                .andExpect(jsonPath("$.title").value("Bad request"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("cannot be entrusted")));

        assertThat(mongo.count(new Query(Criteria.where("definition.itemCode").is(entrusted.get("itemCode").asString())),
                EnforcementItem.class)).isZero();
    }

    @Test
    void duplicateCodesConflictAndStaleVersionsAreRejected() throws Exception {
        ObjectNode body = body();
        String id = createdId(body);
        create(body, admin()).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("ITEM_CODE_DUPLICATE"));
        ObjectNode changed = body.deepCopy();
        changed.put("name", "对未取得食品经营许可从事食品经营活动的行政处罚（修订）");
        mvc.perform(put("/api/catalog/v1/items/{id}", id).header("Authorization", admin()).header("If-Match", "\"7\"")
                        .contentType(MediaType.APPLICATION_JSON).content(changed.toString()))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("VERSION_CONFLICT"));
        mvc.perform(put("/api/catalog/v1/items/{id}", id).header("Authorization", admin()).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(changed.toString()))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.name").value(changed.get("name").asString()));
    }

    @Test
    void unknownIdsAnswer404() throws Exception {
        mvc.perform(get("/api/catalog/v1/items/{id}", "no-such-item").header("Authorization", officer()))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("NOT_FOUND"));
        mvc.perform(post("/api/catalog/v1/items/{id}/publish", "no-such-item").header("Authorization", admin()))
                .andExpect(status().isNotFound());
    }

    @Test
    void listsArePagedFilteredAndTheDisclosureIsPublic() throws Exception {
        ObjectNode inspection = body();
        inspection.put("itemCode", "3207-MKT-INS-" + SEQ.incrementAndGet());
        inspection.put("itemType", "INSPECTION");
        String uniqueName = "食品经营者监督检查" + SEQ.get();
        inspection.put("name", uniqueName);
        inspection.put("randomCheckItem", true);
        String id = createdId(inspection);
        mvc.perform(post("/api/catalog/v1/items/{id}/publish", id).header("Authorization", admin()))
                .andExpect(status().isOk());
        createdId(body());

        mvc.perform(get("/api/catalog/v1/items").param("itemType", "INSPECTION").param("q", uniqueName)
                        .header("Authorization", officer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].id").value(id))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(20));
        mvc.perform(get("/api/catalog/v1/items").param("status", "DRAFT").header("Authorization", officer()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/catalog/v1/items").param("size", "201").header("Authorization", officer()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("PAGE_SIZE_TOO_LARGE"));
        mvc.perform(get("/api/catalog/v1/items").param("sort", "secret").header("Authorization", officer()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("SORT_FIELD_NOT_ALLOWED"));
        mvc.perform(get("/api/catalog/v1/items").param("level", "GALAXY").header("Authorization", officer()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("INVALID_PARAMETER"));
        mvc.perform(get("/api/catalog/v1/items").header("Authorization", admin()).param("size", "1")
                        .param("sort", "itemCode,desc"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.content.length()").value(1));

        mvc.perform(get("/api/catalog/v1/public/items").param("agencyCode", "11320706300200020C")
                        .param("itemType", "INSPECTION").param("level", "COUNTY"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[?(@.id == '" + id + "')]").exists())
                .andExpect(jsonPath("$.content[?(@.status != 'ACTIVE')]").isEmpty());
    }

    @Test
    void dictionariesNeedATokenAndListEveryCode() throws Exception {
        mvc.perform(get("/api/catalog/v1/dictionaries")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/catalog/v1/dictionaries").header("Authorization", officer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.itemTypes.length()").value(ItemType.values().length))
                .andExpect(jsonPath("$.itemTypes[?(@.code == 'COERCION')].name").value("行政强制"));
    }
}
