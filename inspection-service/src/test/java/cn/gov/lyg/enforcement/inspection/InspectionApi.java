package cn.gov.lyg.enforcement.inspection;

import cn.gov.lyg.enforcement.platform.security.Role;
import cn.gov.lyg.enforcement.platform.test.TestTokens;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Tokens and request helpers shared by the inspection integration tests. */
public final class InspectionApi {

    public static final String HZ_MARKET = "11320706300200020C";
    public static final String DH_MARKET = "11320722300400022W";
    public static final String CITY_JUSTICE = "113207003001000115";
    public static final String HZ_JUSTICE = "11320706300200012H";
    /** 海州区城市管理局 (URBAN_MGMT, 320706). */
    public static final String HZ_URBAN = "113207063002000399";

    private final MockMvc mvc;
    private final JsonMapper json;

    public InspectionApi(MockMvc mvc, JsonMapper json) {
        this.mvc = mvc;
        this.json = json;
    }

    public static String hzOfficer() {
        return TestTokens.user("hz-officer").roles(Role.OFFICER).agency(HZ_MARKET).region("320706").bearer();
    }

    public static String hzAdmin() {
        return TestTokens.user("hz-agency-admin").roles(Role.AGENCY_ADMIN, Role.OFFICER).agency(HZ_MARKET)
                .region("320706").bearer();
    }

    public static String hzLeader() {
        return TestTokens.user("hz-leader").roles(Role.AGENCY_LEADER).agency(HZ_MARKET).region("320706").bearer();
    }

    public static String hzUrbanAdmin() {
        return TestTokens.user("hz-urban-admin").roles(Role.AGENCY_ADMIN, Role.OFFICER).agency(HZ_URBAN)
                .region("320706").bearer();
    }

    public static String hzAuxiliary() {
        return TestTokens.user("hz-auxiliary").roles(Role.AUXILIARY).agency(HZ_MARKET).region("320706").bearer();
    }

    public static String dhOfficer() {
        return TestTokens.user("dh-officer").roles(Role.OFFICER).agency(DH_MARKET).region("320722").bearer();
    }

    public static String dhAdmin() {
        return TestTokens.user("dh-agency-admin").roles(Role.AGENCY_ADMIN).agency(DH_MARKET).region("320722").bearer();
    }

    public static String citySupervisor() {
        return TestTokens.user("city-supervisor").roles(Role.SUPERVISOR_CITY).agency(CITY_JUSTICE).region("320700")
                .bearer();
    }

    public static String province() {
        return TestTokens.user("province-reader").client("provincial-exchange").roles(Role.PROVINCE_READONLY).region("320000").bearer();
    }

    public static String creditSystem() {
        return TestTokens.system("gov-systems").roles(Role.INTEGRATION).bearer();
    }

    public ResultActions perform(AbstractMockHttpServletRequestBuilder<?> request, String token, Object body)
            throws Exception {
        if (token != null) {
            request.header("Authorization", token);
        }
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON)
                    .content(body instanceof String s ? s : json.writeValueAsString(body));
        }
        return mvc.perform(request);
    }

    /**
     * Waits for {@code count} events of the type for the aggregate on the probe's topic; each must carry the
     * CloudEvent type of its contract and validate against its JSON Schema. Returns the payloads.
     */
    public java.util.List<JsonNode> events(cn.gov.lyg.enforcement.platform.test.KafkaProbe probe,
                                           Class<? extends cn.gov.lyg.enforcement.events.DomainEvent> type,
                                           String aggregateId, int count) {
        String ceType = cn.gov.lyg.enforcement.events.EventContracts.of(type).type();
        var records = probe.await(r -> aggregateId.equals(r.key()) && r.headers().lastHeader("ce_type") != null
                && ceType.equals(new String(r.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8)),
                count, java.time.Duration.ofSeconds(15));
        return records.stream().map(r -> {
            JsonNode data = json.readTree(new String(r.value(), StandardCharsets.UTF_8));
            org.assertj.core.api.Assertions.assertThat(cn.gov.lyg.enforcement.events.EventSchemas.validate(type, data))
                    .as(data.toString()).isEmpty();
            return data;
        }).toList();
    }

    public JsonNode read(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
