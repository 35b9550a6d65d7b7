package cn.gov.lyg.enforcement.systemtest;

import cn.gov.lyg.enforcement.platform.test.KafkaProbe;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.events.EventContracts;
import cn.gov.lyg.enforcement.events.EventSchemas;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.common.header.Header;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Catalog calls through the gateway as a named realm user, problem and event checks for the catalog system tests. */
final class Catalog {

    static final String API = Stack.GATEWAY + "/api/catalog/v1";
    static final String CITY_MARKET = "1132070030010002XW";
    static final String HZ_MARKET = "11320706300200020C";
    static final String DH_MARKET = "11320722300400022W";
    /** 东海县牛山街道办事处, a township of 东海县 (320722). */
    static final String NIUSHAN = "11320722300401017J";
    static final String ADMIN = "catalog-admin";
    static final String OFFICER = "hz-officer";

    private Catalog() {
    }

    static HttpRequest.Builder authorized(HttpRequest.Builder request, String user) {
        return user == null ? request : request.header("Authorization", Tokens.bearer(Tokens.user(user)));
    }

    /** POST {@code /api/catalog/v1<path>} with a JSON body (none when {@code body} is null) as {@code user}. */
    static HttpResponse<String> post(String path, String user, Object body) {
        String json = body == null ? "" : body instanceof String s ? s : Stack.JSON.writeValueAsString(body);
        return Stack.send(authorized(Stack.postJson(API + path, json), user));
    }

    static HttpResponse<String> get(String pathAndQuery, String user) {
        return Stack.send(authorized(Stack.get(API + pathAndQuery), user));
    }

    static JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as("%s %s: %s", response.request().method(), response.uri(),
                response.body()).isBetween(200, 299);
        return Stack.json(response);
    }

    /** Asserts an RFC 9457 problem with the status and code; returns it. */
    static JsonNode problem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as("%s %s: %s", response.request().method(), response.uri(),
                response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/problem+json");
        JsonNode problem = Stack.json(response);
        assertThat(problem.get("code").asString()).as(response.body()).isEqualTo(code);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        return problem;
    }

    /** Creates (as catalog admin) and publishes an item; returns its id. */
    static String published(ObjectNode body) {
        String id = created(body);
        assertThat(ok(post("/items/" + id + "/publish", ADMIN, null)).get("status").asString()).isEqualTo("ACTIVE");
        return id;
    }

    static String created(ObjectNode body) {
        HttpResponse<String> created = post("/items", ADMIN, body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Stack.json(created).get("id").asString();
    }

    static JsonNode item(String id) {
        return ok(get("/items/" + id, ADMIN));
    }

    /** The sample penalty with a fresh code of the given type segment (PEN, COE, LIC, INS). */
    static ObjectNode item(String type, String segment) {
        ObjectNode body = Items.foodPenalty();
        body.put("itemCode", Items.uniqueCode("3207-MKT-" + segment + "-"));
        body.put("itemType", type);
        return body;
    }

    static String query(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * Waits for {@code count} events of the class for the aggregate (record key) on the reader's topic; each must
     * carry the CloudEvent type of its contract and validate against its JSON Schema. Returns the payloads.
     */
    static List<JsonNode> events(KafkaProbe reader, Class<? extends DomainEvent> type, String aggregateId,
                                 int count) {
        String ceType = EventContracts.of(type).type();
        return reader.await(r -> aggregateId.equals(r.key()) && ceType.equals(header(r.headers()
                        .lastHeader("ce_type"))), count, Duration.ofSeconds(30)).stream()
                .map(r -> {
                    JsonNode data = Stack.JSON.readTree(new String(r.value(), StandardCharsets.UTF_8));
                    assertThat(EventSchemas.validate(type, data)).as(data.toString()).isEmpty();
                    return data;
                }).toList();
    }

    private static String header(Header header) {
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    static URI uri(String path) {
        return URI.create(API + path);
    }
}
