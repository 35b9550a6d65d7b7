package cn.gov.lyg.enforcement.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.events.EventContracts;
import cn.gov.lyg.enforcement.events.EventSchemas;
import cn.gov.lyg.enforcement.platform.security.Role;
import cn.gov.lyg.enforcement.platform.test.KafkaProbe;
import cn.gov.lyg.enforcement.platform.test.TestTokens;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.common.header.Header;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Tokens of the sample agencies (DOMAIN.md §3.2), requests and event checks shared by the integration tests. */
public final class SupervisionApi {

    public static final String CITY_JUSTICE = "113207003001000115";
    public static final String HZ_JUSTICE = "11320706300200012H";
    public static final String GY_JUSTICE = "11320707300300013M";
    public static final String HZ_MARKET = "11320706300200020C";
    public static final String HZ_URBAN = "113207063002000399";
    public static final String GY_ENFORCEMENT = "11320707300300021G";
    public static final String DH_MARKET = "11320722300400022W";
    public static final String CITY_MARKET = "1132070030010002XW";

    private final MockMvc mvc;
    private final JsonMapper json;

    public SupervisionApi(MockMvc mvc, JsonMapper json) {
        this.mvc = mvc;
        this.json = json;
    }

    public static String hotline() {
        return TestTokens.user("service-account-hotline-12345").client("hotline-12345").roles(Role.HOTLINE)
                .region("320700").bearer();
    }

    public static String citySupervisor() {
        return TestTokens.user("city-supervisor").roles(Role.SUPERVISOR_CITY).agency(CITY_JUSTICE).region("320700")
                .bearer();
    }

    public static String hzSupervisor() {
        return TestTokens.user("hz-supervisor").roles(Role.SUPERVISOR_COUNTY).agency(HZ_JUSTICE).region("320706")
                .bearer();
    }

    public static String gySupervisor() {
        return TestTokens.user("gy-supervisor").roles(Role.SUPERVISOR_COUNTY).agency(GY_JUSTICE).region("320707")
                .bearer();
    }

    public static String hzOfficer() {
        return TestTokens.user("hz-officer").roles(Role.OFFICER).agency(HZ_MARKET).region("320706").bearer();
    }

    public static String hzLeader() {
        return TestTokens.user("hz-leader").roles(Role.AGENCY_LEADER).agency(HZ_MARKET).region("320706").bearer();
    }

    public static String dhOfficer() {
        return TestTokens.user("dh-officer").roles(Role.OFFICER).agency(DH_MARKET).region("320722").bearer();
    }

    public static String govSystems() {
        return TestTokens.system("gov-systems").region("320700").bearer();
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

    public JsonNode read(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    /** Waits for {@code count} events of the type for the aggregate; each must validate against its JSON Schema. */
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
