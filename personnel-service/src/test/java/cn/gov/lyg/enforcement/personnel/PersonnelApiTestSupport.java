package cn.gov.lyg.enforcement.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.events.EventSchemas;
import cn.gov.lyg.enforcement.events.personnel.AnnualReviewFailed;
import cn.gov.lyg.enforcement.events.personnel.AnnualReviewPassed;
import cn.gov.lyg.enforcement.events.personnel.CertificateCancelled;
import cn.gov.lyg.enforcement.events.personnel.CertificateExpired;
import cn.gov.lyg.enforcement.events.personnel.CertificateIssued;
import cn.gov.lyg.enforcement.events.personnel.CertificateReinstated;
import cn.gov.lyg.enforcement.events.personnel.CertificateRenewed;
import cn.gov.lyg.enforcement.events.personnel.CertificateReportedLost;
import cn.gov.lyg.enforcement.events.personnel.CertificateRevoked;
import cn.gov.lyg.enforcement.events.personnel.CertificateSuspended;
import cn.gov.lyg.enforcement.events.personnel.CertificateWithdrawn;
import cn.gov.lyg.enforcement.platform.security.Role;
import cn.gov.lyg.enforcement.platform.test.KafkaProbe;
import cn.gov.lyg.enforcement.platform.test.TestTokens;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the API tests of personnel-service share: the injected MockMvc, JSON mapper, MongoTemplate and broker address,
 * tokens of the sample users, request and body helpers, the apply → approve → issue path and the check of the events
 * on Kafka. The subclasses carry {@code @ServiceTest} themselves (and nothing else), so they share one Spring context.
 */
abstract class PersonnelApiTestSupport {

    static final String HZ_MARKET = Fixtures.HZ_MARKET;
    static final String HZ_JUSTICE = Fixtures.HZ_JUSTICE;
    static final String CITY_JUSTICE = Fixtures.CITY_JUSTICE;
    static final String CITY_MARKET = Fixtures.CITY_MARKET;
    static final String DH_MARKET = "11320722300400022W";
    static final String CITY_HEALTH = "113207003001000970";
    static final String BASE = "/api/personnel/v1";

    static final Map<String, Class<? extends DomainEvent>> CERTIFICATE_EVENTS = Map.ofEntries(
            Map.entry("cn.gov.lyg.enforcement.personnel.certificate.issued.v1", CertificateIssued.class),
            Map.entry("cn.gov.lyg.enforcement.personnel.certificate.suspended.v1", CertificateSuspended.class),
            Map.entry("cn.gov.lyg.enforcement.personnel.certificate.reinstated.v1", CertificateReinstated.class),
            Map.entry("cn.gov.lyg.enforcement.personnel.certificate.revoked.v1", CertificateRevoked.class),
            Map.entry("cn.gov.lyg.enforcement.personnel.certificate.withdrawn.v1", CertificateWithdrawn.class),
            Map.entry("cn.gov.lyg.enforcement.personnel.certificate.cancelled.v1", CertificateCancelled.class),
            Map.entry("cn.gov.lyg.enforcement.personnel.certificate.expired.v1", CertificateExpired.class),
            Map.entry("cn.gov.lyg.enforcement.personnel.certificate.renewed.v1", CertificateRenewed.class),
            Map.entry("cn.gov.lyg.enforcement.personnel.certificate.reported-lost.v1", CertificateReportedLost.class),
            Map.entry("cn.gov.lyg.enforcement.personnel.annual-review.passed.v1", AnnualReviewPassed.class),
            Map.entry("cn.gov.lyg.enforcement.personnel.annual-review.failed.v1", AnnualReviewFailed.class));

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    MongoTemplate mongo;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    final LocalDate today = LocalDate.now(Fixtures.SHANGHAI);

    // ---------------------------------------------------------------- tokens

    static String hzAdmin() {
        return TestTokens.user("hz-agency-admin").roles(Role.AGENCY_ADMIN, Role.OFFICER).agency(HZ_MARKET)
                .region("320706").bearer();
    }

    static String dhAdmin() {
        return TestTokens.user("dh-agency-admin").roles(Role.AGENCY_ADMIN, Role.OFFICER).agency(DH_MARKET)
                .region("320722").bearer();
    }

    /** The admin of another 海州区 agency (a judicial office, for example). */
    static String adminOf(String agency) {
        return TestTokens.user("office-admin").roles(Role.AGENCY_ADMIN).agency(agency).region("320706").bearer();
    }

    static String hzSupervisor() {
        return TestTokens.user("hz-supervisor").roles(Role.SUPERVISOR_COUNTY).agency(HZ_JUSTICE).region("320706")
                .bearer();
    }

    static String dhSupervisor() {
        return TestTokens.user("dh-supervisor").roles(Role.SUPERVISOR_COUNTY).agency(CITY_JUSTICE).region("320722")
                .bearer();
    }

    static String citySupervisor() {
        return TestTokens.user("city-supervisor").roles(Role.SUPERVISOR_CITY).agency(CITY_JUSTICE).region("320700")
                .bearer();
    }

    static String officer(String username) {
        return TestTokens.user(username).roles(Role.OFFICER).agency(HZ_MARKET).region("320706").bearer();
    }

    // ---------------------------------------------------------------- requests and bodies

    ResultActions postJson(String path, String token, Object body, Object... vars) throws Exception {
        var request = post(path, vars).contentType(MediaType.APPLICATION_JSON)
                .content(body == null ? "{}" : body.toString());
        if (token != null) {
            request.header("Authorization", token);
        }
        return mvc.perform(request);
    }

    JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    /** A new officer of 海州区市场监管局 without a username (a fresh ID card number each time). */
    ObjectNode officerBody() {
        return officerBody(HZ_MARKET);
    }

    /** A new officer of {@code agency} without a username (a fresh ID card number each time). */
    ObjectNode officerBody(String agency) {
        ObjectNode body = json.createObjectNode();
        body.put("name", "张海涛");
        body.put("idCardNo", TestIds.citizenId());
        body.put("agencyCode", agency);
        body.put("staffType", "CIVIL_SERVANT");
        body.put("post", "执法一科科员");
        body.put("education", "BACHELOR");
        body.put("mobile", "13912345678");
        return body;
    }

    /** A 海州区 county agency (no parent) of the MARKET domain with a fresh code. */
    ObjectNode agencyBody(String region) {
        ObjectNode body = json.createObjectNode();
        body.put("name", "海州区测试执法局" + TestIds.next());
        body.put("uscc", TestIds.uscc(region));
        body.put("agencyKind", "ADMIN_ORGAN");
        body.put("adminLevel", "COUNTY");
        body.put("regionCode", region);
        body.putArray("domains").add("MARKET");
        return body;
    }

    // ---------------------------------------------------------------- records through the API

    /** Registers an officer of 海州区市场监管局 without a username; returns the id. */
    String registerOfficer() throws Exception {
        return registerOfficer(null);
    }

    /** Registers an officer of 海州区市场监管局 who signs in as {@code username} (null: none); returns the id. */
    String registerOfficer(String username) throws Exception {
        ObjectNode body = officerBody();
        if (username != null) {
            body.put("username", username);
        }
        return body(postJson(BASE + "/officers", hzAdmin(), body).andExpect(status().isCreated())).get("id")
                .asString();
    }

    /** apply → approve → issue (MARKET in 320706, five years from {@code validFrom}); returns the certificate id. */
    String activeCertificate(String officerId, LocalDate validFrom) throws Exception {
        ObjectNode application = json.createObjectNode();
        application.put("officerId", officerId);
        application.putArray("enforcementDomains").add("MARKET");
        application.putArray("enforcementArea").add("320706");
        application.put("authoritySource", "《中华人民共和国食品安全法》第一百一十条");
        String id = body(postJson(BASE + "/certificates", hzAdmin(), application).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("APPLIED"))).get("id").asString();
        postJson(BASE + "/certificates/{id}/approve", hzSupervisor(), null, id).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"));
        ObjectNode issue = json.createObjectNode();
        issue.put("certificateNo", "JSZF-320706-" + validFrom.getYear() + "-" + TestIds.next());
        issue.put("validFrom", validFrom.toString());
        postJson(BASE + "/certificates/{id}/issue", hzSupervisor(), issue, id).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.validTo").value(validFrom.plusYears(5).minusDays(1).toString()));
        return id;
    }

    // ---------------------------------------------------------------- events on Kafka

    /**
     * Waits until at least {@code count} distinct events (by ce_id: delivery is at least once, consumers dedupe on
     * the event id, so does this check) with {@code key} arrived, checks their CloudEvent attributes and schemas, and
     * returns their payloads by short type ({@code certificate.issued}), in order.
     */
    List<Map.Entry<String, JsonNode>> events(KafkaProbe probe, String key, int count,
                                             Map<String, Class<? extends DomainEvent>> types) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> distinct(probe.await(r -> key.equals(r.key()), 1,
                Duration.ofSeconds(20))).size() >= count);
        return decode(distinct(probe.seen().stream().filter(r -> key.equals(r.key())).toList()), key, types);
    }

    /** The short types of {@link #events}. */
    List<String> eventTypes(KafkaProbe probe, String key, int count, Map<String, Class<? extends DomainEvent>> types) {
        return typesOf(events(probe, key, count, types));
    }

    /** Everything of {@code key} after 2 s more polling (no event may be missing nor extra). */
    List<Map.Entry<String, JsonNode>> drained(KafkaProbe probe, String key,
                                              Map<String, Class<? extends DomainEvent>> types) {
        return decode(distinct(probe.drain(r -> key.equals(r.key()), Duration.ofSeconds(2))), key, types);
    }

    List<Map.Entry<String, JsonNode>> decode(List<ConsumerRecord<String, byte[]>> records, String key,
                                             Map<String, Class<? extends DomainEvent>> types) {
        return records.stream().map(record -> {
            CloudEvent event = KafkaMessageFactory.createReader(record).toEvent();
            assertThat(event.getSource().toString()).isEqualTo("/enforcement/personnel");
            assertThat(event.getSubject()).isEqualTo(key);
            JsonNode data = json.readTree(new String(event.getData().toBytes(), StandardCharsets.UTF_8));
            Class<? extends DomainEvent> type = types.get(event.getType());
            assertThat(type).as("unexpected event type " + event.getType()).isNotNull();
            assertThat(EventSchemas.validate(type, data)).as(event.getType()).isEmpty();
            assertThat(data.get("eventId").asString()).isEqualTo(event.getId());
            return Map.entry(event.getType().replace("cn.gov.lyg.enforcement.personnel.", "").replace(".v1", ""),
                    data);
        }).toList();
    }

    static List<ConsumerRecord<String, byte[]>> distinct(List<ConsumerRecord<String, byte[]>> records) {
        Map<String, ConsumerRecord<String, byte[]>> byId = new LinkedHashMap<>();
        records.forEach(r -> byId.putIfAbsent(new String(r.headers().lastHeader("ce_id").value(),
                StandardCharsets.UTF_8), r));
        return List.copyOf(byId.values());
    }

    static List<String> typesOf(List<Map.Entry<String, JsonNode>> events) {
        return events.stream().map(Map.Entry::getKey).toList();
    }
}
