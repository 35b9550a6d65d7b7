package cn.gov.lyg.enforcement.systemtest;

import cn.gov.lyg.enforcement.platform.test.KafkaProbe;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.lyg.enforcement.events.EventSchemas;
import cn.gov.lyg.enforcement.events.catalog.EnforcementItemPublished;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The first catalog slice through the gateway with real Keycloak tokens, with its event read from real Kafka. */
class CatalogSystemIT {

    private static final String ITEMS = Stack.GATEWAY + "/api/catalog/v1/items";

    static String admin() {
        return Tokens.bearer(Tokens.user("catalog-admin"));
    }

    static HttpResponse<String> create(ObjectNode body, String bearer) {
        var request = Stack.postJson(ITEMS, body.toString());
        if (bearer != null) {
            request.header("Authorization", bearer);
        }
        return Stack.send(request);
    }

    @Test
    void catalogAdminCreatesAndPublishesThroughTheGatewayAndTheCloudEventIsOnKafka() {
        ObjectNode body = Items.foodPenalty();
        HttpResponse<String> created = create(body, admin());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = Stack.json(created).get("id").asString();
        assertThat(created.headers().firstValue("Location")).hasValue("/api/catalog/v1/items/" + id);

        try (KafkaProbe reader = new KafkaProbe(Stack.KAFKA, "catalog.items.v1")) {
            HttpResponse<String> published = Stack.send(Stack.postJson(ITEMS + "/" + id + "/publish", "")
                    .header("Authorization", admin()));
            assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
            assertThat(Stack.json(published).get("status").asString()).isEqualTo("ACTIVE");

            List<ConsumerRecord<String, byte[]>> records = reader.await(r -> id.equals(r.key()), 1,
                    Duration.ofSeconds(30));
            ConsumerRecord<String, byte[]> record = records.get(0);
            CloudEvent event = KafkaMessageFactory.createReader(record).toEvent();
            assertThat(event.getSpecVersion().toString()).isEqualTo("1.0");
            assertThat(event.getType()).isEqualTo("cn.gov.lyg.enforcement.catalog.item.published.v1");
            assertThat(event.getSource().toString()).isEqualTo("/enforcement/catalog");
            assertThat(event.getSubject()).isEqualTo(id);
            assertThat(event.getTime()).isNotNull();
            assertThat(event.getDataContentType()).isEqualTo("application/json");
            assertThat(record.headers().lastHeader("traceparent")).isNotNull();
            JsonNode data = Stack.JSON.readTree(new String(event.getData().toBytes(), StandardCharsets.UTF_8));
            assertThat(EventSchemas.validate(EnforcementItemPublished.class, data)).isEmpty();
            assertThat(data.get("eventId").asString()).isEqualTo(event.getId());
            assertThat(data.at("/item/itemCode").asString()).isEqualTo(body.get("itemCode").asString());
            assertThat(data.get("publishedBy").asString()).isEqualTo("catalog-admin");
        }

        HttpResponse<String> read = Stack.send(Stack.get(ITEMS + "/" + id)
                .header("Authorization", Tokens.bearer(Tokens.user("hz-officer"))));
        assertThat(read.statusCode()).isEqualTo(200);
        HttpResponse<String> disclosed = Stack.send(Stack.get(Stack.GATEWAY + "/api/catalog/v1/public/items/" + id));
        assertThat(disclosed.statusCode()).isEqualTo(200);
    }

    @Test
    void anOfficerMayReadButNotWriteTheCatalog() {
        HttpResponse<String> denied = create(Items.foodPenalty(), Tokens.bearer(Tokens.user("hz-officer")));
        assertThat(denied.statusCode()).isEqualTo(403);
        assertThat(denied.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(Stack.json(denied).get("code").asString()).isEqualTo("ACCESS_DENIED");
        HttpResponse<String> list = Stack.send(Stack.get(ITEMS + "?size=5")
                .header("Authorization", Tokens.bearer(Tokens.user("hz-officer"))));
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(Stack.json(list).get("size").asInt()).isEqualTo(5);
    }

    @Test
    void aGovernmentSystemReadsWithClientCredentialsButCannotWrite() {
        String bearer = Tokens.bearer(Tokens.client("gov-systems", Stack.env("KC_GOV_SYSTEMS_CLIENT_SECRET",
                "gov-systems-dev-secret")));
        assertThat(Stack.send(Stack.get(ITEMS).header("Authorization", bearer)).statusCode()).isEqualTo(200);
        assertThat(create(Items.foodPenalty(), bearer).statusCode()).isEqualTo(403);
    }

    @Test
    void malformedJsonAndInvalidFieldsAnswer400Problems() {
        HttpResponse<String> malformed = Stack.send(Stack.postJson(ITEMS, "{\"itemCode\": ")
                .header("Authorization", admin()));
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(Stack.json(malformed).get("code").asString()).isEqualTo("MALFORMED_JSON");

        ObjectNode wrongType = Items.foodPenalty();
        wrongType.put("itemType", "FINE");
        HttpResponse<String> invalidEnum = create(wrongType, admin());
        assertThat(invalidEnum.statusCode()).isEqualTo(400);
        assertThat(Stack.json(invalidEnum).get("code").asString()).isEqualTo("INVALID_FIELD_VALUE");

        ObjectNode missingBasis = Items.foodPenalty();
        missingBasis.putArray("implementingBasis");
        missingBasis.remove("name");
        HttpResponse<String> missing = create(missingBasis, admin());
        assertThat(missing.statusCode()).isEqualTo(400);
        JsonNode problem = Stack.json(missing);
        assertThat(problem.get("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(problem.get("errors").findValuesAsString("field")).contains("name", "implementingBasis");
        assertThat(problem.get("traceId").asString()).isNotBlank();

        ObjectNode entrusted = Items.foodPenalty();
        entrusted.put("itemCode", Items.uniqueCode("3207-MKT-COE-"));
        entrusted.put("itemType", "COERCION");
        entrusted.put("exerciseMode", "ENTRUSTED");
        HttpResponse<String> coercion = create(entrusted, admin());
        assertThat(coercion.statusCode()).isEqualTo(400);
        assertThat(Stack.json(coercion).get("code").asString()).isEqualTo("COERCION_NOT_ENTRUSTABLE");

        ObjectNode badAgency = Items.foodPenalty();
        badAgency.putArray("implementingAgencyCodes").add("1132070030010002XX");
        assertThat(Stack.json(create(badAgency, admin())).at("/errors/0/code").asString()).isEqualTo("USCC_CHECKSUM");
    }

    @Test
    void unknownIdsAnswer404Problems() {
        HttpResponse<String> missing = Stack.send(Stack.get(ITEMS + "/00000000-0000-0000-0000-000000000000")
                .header("Authorization", admin()));
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(Stack.json(missing).get("code").asString()).isEqualTo("NOT_FOUND");
    }
}
