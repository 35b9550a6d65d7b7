package cn.gov.lyg.enforcement.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.events.EventContracts;
import cn.gov.lyg.enforcement.events.EventSchemas;
import cn.gov.lyg.enforcement.events.personnel.OfficerProfileChanged;
import cn.gov.lyg.enforcement.events.personnel.AgencyChanged;
import cn.gov.lyg.enforcement.events.personnel.AgencyClosed;
import cn.gov.lyg.enforcement.events.personnel.AgencyRegistered;
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
import cn.gov.lyg.enforcement.events.personnel.TrainingShortfallDetected;
import cn.gov.lyg.enforcement.personnel.agency.ReferenceAgencySeeder;
import cn.gov.lyg.enforcement.personnel.certificate.Certificate;
import cn.gov.lyg.enforcement.personnel.eligibility.EligibilityReadModel;
import cn.gov.lyg.enforcement.platform.readmodel.MongoMirrorSync;
import cn.gov.lyg.enforcement.platform.security.Role;
import cn.gov.lyg.enforcement.platform.test.KafkaProbe;
import cn.gov.lyg.enforcement.platform.test.ServiceTest;
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
public abstract class PersonnelApiTestSupport {

    protected static final String HZ_MARKET = Fixtures.HZ_MARKET;
    protected static final String HZ_JUSTICE = Fixtures.HZ_JUSTICE;
    protected static final String CITY_JUSTICE = Fixtures.CITY_JUSTICE;
    protected static final String CITY_MARKET = Fixtures.CITY_MARKET;
    protected static final String DH_MARKET = "11320722300400022W";
    protected static final String CITY_HEALTH = "113207003001000970";
    protected static final String BASE = "/api/personnel/v1";

    protected static final Map<String, Class<? extends DomainEvent>> CERTIFICATE_EVENTS = Map.ofEntries(
            Map.entry("cn.gov.lyg.enforcement.personnel.certificate.issued.v2", CertificateIssued.class),
            Map.entry("cn.gov.lyg.enforcement.personnel.certificate.suspended.v2", CertificateSuspended.class),
            Map.entry("cn.gov.lyg.enforcement.personnel.certificate.reinstated.v2", CertificateReinstated.class),
            Map.entry("cn.gov.lyg.enforcement.personnel.certificate.revoked.v2", CertificateRevoked.class),
            Map.entry("cn.gov.lyg.enforcement.personnel.certificate.withdrawn.v2", CertificateWithdrawn.class),
            Map.entry("cn.gov.lyg.enforcement.personnel.certificate.cancelled.v2", CertificateCancelled.class),
            Map.entry("cn.gov.lyg.enforcement.personnel.certificate.expired.v2", CertificateExpired.class),
            Map.entry("cn.gov.lyg.enforcement.personnel.certificate.renewed.v2", CertificateRenewed.class),
            Map.entry("cn.gov.lyg.enforcement.personnel.certificate.reported-lost.v2", CertificateReportedLost.class),
            Map.entry("cn.gov.lyg.enforcement.personnel.annual-review.passed.v2", AnnualReviewPassed.class),
            Map.entry("cn.gov.lyg.enforcement.personnel.annual-review.failed.v2", AnnualReviewFailed.class));

    protected static final String PROFILE_CHANGED = EventContracts.of(OfficerProfileChanged.class).type();

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected JsonMapper json;
    @Autowired
    protected MongoTemplate mongo;
    @Value("${spring.kafka.bootstrap-servers}")
    protected String bootstrap;

    protected final LocalDate today = LocalDate.now(Fixtures.SHANGHAI);

    // ---------------------------------------------------------------- tokens

    protected static String hzAdmin() {
        return TestTokens.user("hz-agency-admin").roles(Role.AGENCY_ADMIN, Role.OFFICER).agency(HZ_MARKET)
                .region("320706").bearer();
    }

    protected static String dhAdmin() {
        return TestTokens.user("dh-agency-admin").roles(Role.AGENCY_ADMIN, Role.OFFICER).agency(DH_MARKET)
                .region("320722").bearer();
    }

    /** The admin of another 海州区 agency (a judicial office, for example). */
    protected static String adminOf(String agency) {
        return TestTokens.user("office-admin").roles(Role.AGENCY_ADMIN).agency(agency).region("320706").bearer();
    }

    protected static String hzSupervisor() {
        return TestTokens.user("hz-supervisor").roles(Role.SUPERVISOR_COUNTY).agency(HZ_JUSTICE).region("320706")
                .bearer();
    }

    protected static String dhSupervisor() {
        return TestTokens.user("dh-supervisor").roles(Role.SUPERVISOR_COUNTY).agency(CITY_JUSTICE).region("320722")
                .bearer();
    }

    protected static String citySupervisor() {
        return TestTokens.user("city-supervisor").roles(Role.SUPERVISOR_CITY).agency(CITY_JUSTICE).region("320700")
                .bearer();
    }

    protected static String officer(String username) {
        return TestTokens.user(username).roles(Role.OFFICER).agency(HZ_MARKET).region("320706").bearer();
    }

    // ---------------------------------------------------------------- requests and bodies

    protected ResultActions postJson(String path, String token, Object body, Object... vars) throws Exception {
        var request = post(path, vars).contentType(MediaType.APPLICATION_JSON)
                .content(body == null ? "{}" : body.toString());
        if (token != null) {
            request.header("Authorization", token);
        }
        return mvc.perform(request);
    }

    protected JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    /** A new officer of 海州区市场监管局 without a username (a fresh ID card number each time). */
    protected ObjectNode officerBody() {
        return officerBody(HZ_MARKET);
    }

    /** A new officer of {@code agency} without a username (a fresh ID card number each time). */
    protected ObjectNode officerBody(String agency) {
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
    protected ObjectNode agencyBody(String region) {
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
    protected String registerOfficer() throws Exception {
        return registerOfficer(null);
    }

    /** Registers an officer of 海州区市场监管局 who signs in as {@code username} (null: none); returns the id. */
    protected String registerOfficer(String username) throws Exception {
        ObjectNode body = officerBody();
        if (username != null) {
            body.put("username", username);
        }
        return body(postJson(BASE + "/officers", hzAdmin(), body).andExpect(status().isCreated())).get("id")
                .asString();
    }

    /** apply → approve → issue (MARKET in 320706, five years from {@code validFrom}); returns the certificate id. */
    protected String activeCertificate(String officerId, LocalDate validFrom) throws Exception {
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
    protected List<Map.Entry<String, JsonNode>> events(KafkaProbe probe, String key, int count,
                                             Map<String, Class<? extends DomainEvent>> types) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> distinct(probe.await(r -> key.equals(r.key()), 1,
                Duration.ofSeconds(20))).stream().filter(r -> asked(r, types)).count() >= count);
        return decode(distinct(probe.seen().stream().filter(r -> key.equals(r.key())).toList()), key, types);
    }

    /** The short types of {@link #events}. */
    protected List<String> eventTypes(KafkaProbe probe, String key, int count, Map<String, Class<? extends DomainEvent>> types) {
        return typesOf(events(probe, key, count, types));
    }

    /** Everything of {@code key} after 2 s more polling (no event may be missing nor extra). */
    protected List<Map.Entry<String, JsonNode>> drained(KafkaProbe probe, String key,
                                              Map<String, Class<? extends DomainEvent>> types) {
        return decode(distinct(probe.drain(r -> key.equals(r.key()), Duration.ofSeconds(2))), key, types);
    }

    protected List<Map.Entry<String, JsonNode>> decode(List<ConsumerRecord<String, byte[]>> records, String key,
                                             Map<String, Class<? extends DomainEvent>> types) {
        return records.stream().map(record -> KafkaMessageFactory.createReader(record).toEvent())
                // every registration and profile update publishes the profile: checked where a test asks for it
                .filter(event -> types.containsKey(event.getType()) || !PROFILE_CHANGED.equals(event.getType()))
                .map(event -> {
            assertThat(event.getSource().toString()).isEqualTo("/enforcement/personnel");
            assertThat(event.getSubject()).isEqualTo(key);
            JsonNode data = json.readTree(new String(event.getData().toBytes(), StandardCharsets.UTF_8));
            Class<? extends DomainEvent> type = types.get(event.getType());
            assertThat(type).as("unexpected event type " + event.getType()).isNotNull();
            assertThat(EventSchemas.validate(type, data)).as(event.getType()).isEmpty();
            assertThat(data.get("eventId").asString()).isEqualTo(event.getId());
            return Map.entry(event.getType().replace("cn.gov.lyg.enforcement.personnel.", "")
                    .replaceAll("\\.v\\d+$", ""), data);
        }).toList();
    }

    /** Whether a test asks for the record's type: the profile event only when named, any other type always. */
    private static boolean asked(ConsumerRecord<String, byte[]> record, Map<String, Class<? extends DomainEvent>> types) {
        var header = record.headers().lastHeader("ce_type");
        String type = header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        return types.containsKey(type) || !PROFILE_CHANGED.equals(type);
    }

    protected static List<ConsumerRecord<String, byte[]>> distinct(List<ConsumerRecord<String, byte[]>> records) {
        Map<String, ConsumerRecord<String, byte[]>> byId = new LinkedHashMap<>();
        records.forEach(r -> byId.putIfAbsent(new String(r.headers().lastHeader("ce_id").value(),
                StandardCharsets.UTF_8), r));
        return List.copyOf(byId.values());
    }

    protected static List<String> typesOf(List<Map.Entry<String, JsonNode>> events) {
        return events.stream().map(Map.Entry::getKey).toList();
    }

    protected ObjectNode reason(String text) {
        ObjectNode node = json.createObjectNode();
        node.put("reason", text);
        return node;
    }

    protected JsonNode eligibility(String officerId, String query) throws Exception {
        return body(mvc.perform(get(BASE + "/officers/{id}/eligibility" + query, officerId)
                .header("Authorization", hzAdmin())).andExpect(status().isOk()));
    }

    protected String registerOfficerOf() throws Exception {
        return body(postJson(BASE + "/officers", dhAdmin(), officerBody(DH_MARKET)).andExpect(status().isCreated()))
                .get("id").asString();
    }

    // ---------------------------------------------------------------- eligibility and time

    @Autowired
    protected EligibilityReadModel eligibilityModel;

    @Autowired
    protected MongoMirrorSync<Certificate, Certificate> certificateMirrorSync;

    @Autowired
    protected ReferenceAgencySeeder seeder;

    protected ResultActions postJob(String path, String token, String param, Object value) throws Exception {
        var request = post(BASE + "/jobs/" + path);
        if (param != null) {
            request.param(param, String.valueOf(value));
        }
        if (token != null) {
            request.header("Authorization", token);
        }
        return mvc.perform(request);
    }

    protected void suspend(String certificateId, LocalDate until) throws Exception {
        ObjectNode body = json.createObjectNode().put("reason", "UNDER_INVESTIGATION");
        if (until != null) {
            body.put("until", until.toString());
        }
        JsonNode suspended = body(postJson(BASE + "/certificates/{id}/suspend", hzSupervisor(), body, certificateId)
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUSPENDED")));
        JsonNode suspendedUntil = suspended.get("suspendedUntil");
        assertThat(suspendedUntil == null || suspendedUntil.isNull() ? null : suspendedUntil.asString())
                .isEqualTo(until == null ? null : until.toString());
    }

    /**
     * Time passes for a certificate: sets its date {@code field} ({@code validTo}, {@code suspendedUntil}) straight in
     * MongoDB, with a new version and modifiedAt so that the eligibility model takes it on its refresh. The jobs take
     * no date after today, so an expiry or the end of a suspension is reached by moving the record's dates back.
     */
    protected void backdate(String certificateId, String field, LocalDate date) {
        mongo.updateFirst(new org.springframework.data.mongodb.core.query.Query(
                        org.springframework.data.mongodb.core.query.Criteria.where("_id").is(certificateId)),
                new org.springframework.data.mongodb.core.query.Update().set(field, date).inc("version", 1)
                        .set("modifiedAt", java.time.Instant.now()), Certificate.class);
        certificateMirrorSync.refresh();
    }

    protected String certificateStatus(String id) throws Exception {
        return body(mvc.perform(get(BASE + "/certificates/{id}", id).header("Authorization", hzAdmin()))
                .andExpect(status().isOk())).get("status").asString();
    }

    protected void train(String officerId, int year, double hours) throws Exception {
        ObjectNode training = json.createObjectNode().put("officerId", officerId).put("completedOn", year + "-06-01")
                .put("category", "PUBLIC_LAW").put("classHours", hours);
        postJson(BASE + "/training-records", hzAdmin(), training).andExpect(status().isCreated());
    }

    protected static final Map<String, Class<? extends DomainEvent>> SHORTFALL_EVENTS = Map.of(
            "cn.gov.lyg.enforcement.personnel.training.shortfall-detected.v1", TrainingShortfallDetected.class);

    protected static final Map<String, Class<? extends DomainEvent>> AGENCY_EVENTS = Map.of(
            "cn.gov.lyg.enforcement.personnel.agency.registered.v1", AgencyRegistered.class,
            "cn.gov.lyg.enforcement.personnel.agency.changed.v1", AgencyChanged.class,
            "cn.gov.lyg.enforcement.personnel.agency.closed.v1", AgencyClosed.class);

    protected String registerAndCertify() throws Exception {
        return activeCertificate(registerOfficer(), today.minusYears(1));
    }

    // ---------------------------------------------------------------- 4. agency events

    /** A county agency whose parent is the city market regulator ({@code CITY_MARKET}). */
    protected ObjectNode childAgencyBody(String region) {
        return agencyBody(region).put("parentAgencyCode", CITY_MARKET);
    }

    // ---------------------------------------------------------------- 1. judicial offices 司法所

    protected ObjectNode judicialOfficeBody(String parent) {
        ObjectNode body = json.createObjectNode();
        body.put("name", "海州区测试司法所" + TestIds.next());
        body.put("uscc", TestIds.uscc("320706"));
        body.put("agencyKind", "JUSTICE_BUREAU");
        body.put("adminLevel", "TOWNSHIP");
        body.put("regionCode", "320706");
        body.put("townshipCode", "320706" + String.format("%03d", TestIds.next() % 1000));
        if (parent != null) {
            body.put("parentAgencyCode", parent);
        }
        return body;
    }

    protected String registerJudicialOffice() throws Exception {
        return body(postJson(BASE + "/agencies", hzSupervisor(), judicialOfficeBody(HZ_JUSTICE))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.judicialOffice").value(true))
                .andExpect(jsonPath("$.supervisingJusticeBureauCode").value(HZ_JUSTICE)))
                .get("uscc").asString();
    }
}
