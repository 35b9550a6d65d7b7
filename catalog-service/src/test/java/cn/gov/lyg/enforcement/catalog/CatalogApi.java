package cn.gov.lyg.enforcement.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.lyg.enforcement.catalog.item.ItemFixtures;
import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.events.EventContracts;
import cn.gov.lyg.enforcement.events.EventSchemas;
import cn.gov.lyg.enforcement.platform.security.Role;
import cn.gov.lyg.enforcement.platform.test.KafkaProbe;
import cn.gov.lyg.enforcement.platform.test.TestTokens;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.common.header.Header;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Tokens, item bodies and event checks shared by the catalog integration tests. */
public final class CatalogApi {

    /** Fresh four-digit sequence numbers (5000+) so that the tests' item codes never collide. */
    private static final AtomicInteger SEQ = new AtomicInteger(5000);

    public static final String CITY_MARKET = "1132070030010002XW";
    public static final String HZ_MARKET = "11320706300200020C";
    public static final String DH_MARKET = "11320722300400022W";
    public static final String NIUSHAN = "11320722300401017J";
    public static final String CITY_JUSTICE = "113207003001000115";
    public static final String HZ_JUSTICE = "11320706300200012H";

    private final MockMvc mvc;
    private final JsonMapper json;

    public CatalogApi(MockMvc mvc, JsonMapper json) {
        this.mvc = mvc;
        this.json = json;
    }

    public static String admin() {
        return TestTokens.user("catalog-admin").roles(Role.CATALOG_ADMIN, Role.AUDITOR).agency(CITY_JUSTICE)
                .region("320700").bearer();
    }

    public static String officer() {
        return TestTokens.user("hz-officer").roles(Role.OFFICER).agency(HZ_MARKET).region("320706").bearer();
    }

    public static String hzAgencyAdmin() {
        return TestTokens.user("hz-agency-admin").roles(Role.AGENCY_ADMIN, Role.OFFICER).agency(HZ_MARKET)
                .region("320706").bearer();
    }

    public static String dhAgencyAdmin() {
        return TestTokens.user("dh-agency-admin").roles(Role.AGENCY_ADMIN).agency(DH_MARKET).region("320722")
                .bearer();
    }

    public static String hzSupervisor() {
        return TestTokens.user("hz-supervisor").roles(Role.SUPERVISOR_COUNTY).agency(HZ_JUSTICE).region("320706")
                .bearer();
    }

    public static String dhSupervisor() {
        return TestTokens.user("dh-supervisor").roles(Role.SUPERVISOR_COUNTY).agency("113207223004000000")
                .region("320722").bearer();
    }

    public static String citySupervisor() {
        return TestTokens.user("city-supervisor").roles(Role.SUPERVISOR_CITY).agency(CITY_JUSTICE).region("320700")
                .bearer();
    }

    public static int nextSeq() {
        return SEQ.incrementAndGet();
    }

    /** The sample food-licence penalty with a fresh code of the given type. */
    public ObjectNode item(String type) {
        ObjectNode node = json.valueToTree(ItemFixtures.foodLicencePenalty());
        String segment = switch (type) {
            case "COERCION" -> "COE";
            case "LICENSING" -> "LIC";
            case "INSPECTION" -> "INS";
            default -> "PEN";
        };
        node.put("itemCode", "3207-MKT-" + segment + "-" + nextSeq());
        node.put("itemType", type);
        return node;
    }

    public ResultActions perform(AbstractMockHttpServletRequestBuilder<?> request, String token, Object body) throws Exception {
        if (token != null) {
            request.header("Authorization", token);
        }
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body instanceof String s ? s : json.writeValueAsString(body));
        }
        return mvc.perform(request);
    }

    public JsonNode read(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    /** Creates and publishes an item; returns its id. */
    public String published(ObjectNode body) throws Exception {
        String id = read(perform(post("/api/catalog/v1/items"), admin(), body).andExpect(status().isCreated()))
                .get("id").asString();
        perform(post("/api/catalog/v1/items/{id}/publish", id), admin(), null).andExpect(status().isOk());
        return id;
    }

    /**
     * Waits for {@code count} events of the class for the aggregate on the probe's topic; each must carry the
     * CloudEvent type of the contract and validate against its JSON Schema. Returns the payloads in order.
     */
    public List<JsonNode> events(KafkaProbe probe, Class<? extends DomainEvent> type, String aggregateId, int count) {
        String ceType = EventContracts.of(type).type();
        var records = probe.await(r -> aggregateId.equals(r.key()) && ceType.equals(header(r.headers()
                .lastHeader("ce_type"))), count, Duration.ofSeconds(15));
        return records.stream().map(r -> {
            JsonNode data = json.readTree(new String(r.value(), StandardCharsets.UTF_8));
            assertThat(EventSchemas.validate(type, data)).as(data.toString()).isEmpty();
            return data;
        }).toList();
    }

    private static String header(Header header) {
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
