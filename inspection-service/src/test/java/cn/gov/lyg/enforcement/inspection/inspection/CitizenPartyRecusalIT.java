package cn.gov.lyg.enforcement.inspection.inspection;

import static cn.gov.lyg.enforcement.inspection.InspectionApi.hzAdmin;
import static cn.gov.lyg.enforcement.inspection.InspectionApi.hzOfficer;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.lyg.enforcement.events.personnel.CertificateIssued;
import cn.gov.lyg.enforcement.events.personnel.CertificateSnapshot;
import cn.gov.lyg.enforcement.inspection.InspectionApi;
import cn.gov.lyg.enforcement.inspection.eligibility.EligibilityService;
import cn.gov.lyg.enforcement.inspection.item.ItemFixtures;
import cn.gov.lyg.enforcement.inspection.item.ItemService;
import cn.gov.lyg.enforcement.platform.identifier.UnifiedSocialCreditCode;
import cn.gov.lyg.enforcement.platform.kafka.CloudEventHeaders;
import cn.gov.lyg.enforcement.platform.outbox.OutboxMessage;
import cn.gov.lyg.enforcement.platform.test.ServiceTest;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.json.JsonMapper;

/**
 * An inspection of a citizen party: the team's recusals from that citizen are asked from personnel (a WireMock
 * stand-in with its token endpoint) at assignment, start and submission, the ID number in the POST body only. A
 * conflict refuses the team ({@code RECUSAL_CONFLICT}); personnel not answering refuses the step with 503
 * {@code PERSONNEL_UNAVAILABLE} and nothing is assigned, started or submitted unchecked. Its own context (personnel's
 * URL differs), closed after the class.
 */
@ServiceTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class CitizenPartyRecusalIT {

    private static final String A12 = InspectionApi.HZ_MARKET;
    private static final String PATH = "/api/inspections/v1/inspections";
    private static final String CHECK = "/api/personnel/v1/recusals/check";
    private static final String CITIZEN = "320706199001010414";
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.ofHours(8));
    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final WireMockServer PERSONNEL = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());

    /**
     * The embedded broker of this class's own context overwrites these system properties (they point every test at
     * the broker of the shared {@code @ServiceTest} context); they are put back when this class is done, and its
     * context (with its broker) is closed.
     */
    private static final List<String> BROKER_PROPERTIES = List.of("spring.kafka.bootstrap-servers",
            "spring.embedded.kafka.brokers");
    private static final Map<String, String> SHARED_BROKER = new HashMap<>();

    static {
        BROKER_PROPERTIES.forEach(p -> SHARED_BROKER.put(p, System.getProperty(p)));
        PERSONNEL.start();
    }

    @DynamicPropertySource
    static void personnel(DynamicPropertyRegistry registry) {
        registry.add("inspection.personnel.base-url", PERSONNEL::baseUrl);
        registry.add("inspection.personnel.token-uri", () -> PERSONNEL.baseUrl() + "/token");
        registry.add("inspection.personnel.client-secret", () -> "test-secret");
    }

    @AfterAll
    static void stopPersonnelAndRestoreTheSharedBroker() {
        PERSONNEL.stop();
        SHARED_BROKER.forEach((property, value) -> {
            if (value == null) {
                System.clearProperty(property);
            } else {
                System.setProperty(property, value);
            }
        });
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    ItemService items;
    @Autowired
    JsonMapper json;
    @Autowired
    EligibilityService eligibility;
    @Autowired
    CircuitBreakerRegistry breakers;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;
    InspectionApi api;

    @BeforeEach
    void setUp() {
        api = new InspectionApi(mvc, json);
        ItemFixtures.publishMarketInspection(items, InspectionApi.HZ_MARKET, InspectionApi.DH_MARKET);
        PERSONNEL.resetAll();
        PERSONNEL.stubFor(post(urlPathEqualTo("/token")).willReturn(okJson(
                "{\"access_token\":\"service-token\",\"expires_in\":300,\"token_type\":\"Bearer\"}")));
        breakers.circuitBreaker("personnel-recusals").reset();
    }

    /** personnel answers "no conflict" for everybody but {@code recused}. */
    private static void personnelKnowsRecusal(String recused) {
        PERSONNEL.stubFor(post(urlPathEqualTo(CHECK)).atPriority(5).willReturn(okJson(
                "{\"date\":\"" + TODAY + "\",\"conflict\":false,\"recusalIds\":[]}")));
        if (recused != null) {
            PERSONNEL.stubFor(post(urlPathEqualTo(CHECK)).atPriority(1)
                    .withRequestBody(matchingJsonPath("$.officerId", equalTo(recused)))
                    .withRequestBody(matchingJsonPath("$.partyIdCardNo", equalTo(CITIZEN)))
                    .willReturn(okJson("{\"officerId\":\"" + recused + "\",\"date\":\"" + TODAY
                            + "\",\"conflict\":true,\"recusalIds\":[\"r-1\"]}")));
        }
    }

    private static void personnelDown() {
        PERSONNEL.stubFor(post(urlPathEqualTo(CHECK)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    }

    private void publish(CertificateIssued event) {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", bootstrap),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(CloudEventHeaders.toRecord(OutboxMessage.ofEvent(event, "/enforcement/personnel", null,
                    json))).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** An officer of A12 with an ACTIVE MARKET certificate for 320706 in the projection. */
    private String officer() {
        String officer = UUID.randomUUID().toString();
        String cert = UUID.randomUUID().toString();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));
        publish(new CertificateIssued(UUID.randomUUID().toString(), now, cert, 3, "320706", A12, officer, now,
                "judicial-bureau", null, null, new CertificateSnapshot(cert, "JSZF-" + cert.substring(0, 6),
                "ENFORCEMENT", officer, A12, "320706", List.of("MARKET"), List.of("320706"), "《行政处罚法》",
                TODAY.minusYears(1).withDayOfYear(1), TODAY.plusYears(3), "ACTIVE", TODAY.getYear() - 1,
                LocalDate.of(TODAY.getYear() + 1, 3, 31))));
        Awaitility.await().atMost(Duration.ofSeconds(15))
                .until(() -> eligibility.officer(officer, TODAY, Set.of("MARKET"), "320706").assignable());
        return officer;
    }

    private String entity() throws Exception {
        String body = String.format("91320706MA%07d", 5_300_000 + SEQ.incrementAndGet() * 41 + (int) (Math.random() * 30));
        String code = body + UnifiedSocialCreditCode.checkDigit(body);
        Map<String, Object> b = new HashMap<>();
        b.put("uscc", code);
        b.put("name", "连云港海州区王记小吃店");
        b.put("entityType", "INDIVIDUAL_BUSINESS");
        b.put("regionCode", "320706");
        b.put("latitude", 34.5960);
        b.put("longitude", 119.1790);
        api.perform(MockMvcRequestBuilders.post("/api/inspections/v1/entities"), hzAdmin(), b)
                .andExpect(status().isCreated());
        return code;
    }

    private Map<String, Object> inspection(String uscc, String partyIdCardNo, List<String> team) {
        Map<String, Object> r = new HashMap<>();
        r.put("kind", "CASE_TRIGGERED");
        r.put("triggerRef", "12345-2025-000" + SEQ.incrementAndGet());
        r.put("uscc", uscc);
        r.put("itemIds", List.of("3207-MKT-INS-0001"));
        r.put("itemDomains", List.of("MARKET"));
        r.put("plannedDate", TODAY.toString());
        if (partyIdCardNo != null) {
            r.put("partyIdCardNo", partyIdCardNo);
        }
        if (team != null) {
            r.put("team", team.stream().map(id -> Map.of("personId", id)).toList());
        }
        return r;
    }

    private Map<String, Object> submission() {
        Map<String, Object> s = new HashMap<>();
        s.put("deviceId", "pad-07");
        s.put("deviceRecordId", "r-" + UUID.randomUUID());
        s.put("capturedAt", Instant.now().minusSeconds(600).toString());
        s.put("location", Map.of("latitude", 34.5975, "longitude", 119.1801, "accuracyMeters", 8.0));
        s.put("inspectionCodeScanned", true);
        s.put("evidence", List.of(Map.of("kind", "PHOTO", "sha256", "ab".repeat(32))));
        s.put("resultCodes", List.of("1"));
        s.put("followUpActions", List.of());
        return s;
    }

    @Test
    void noConflictAssignsTheTeamAfterAskingPersonnelWithTheIdNumberInTheBodyOnly() throws Exception {
        String o1 = officer();
        String o2 = officer();
        personnelKnowsRecusal(null);
        String id = api.read(api.perform(MockMvcRequestBuilders.post(PATH), hzAdmin(),
                        inspection(entity(), CITIZEN, List.of(o1, o2)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.team.length()").value(2))
                .andExpect(jsonPath("$.citizenParty").value("320706********0414"))).get("id").asString();
        PERSONNEL.verify(2, postRequestedFor(urlPathEqualTo(CHECK))
                .withHeader("Authorization", equalTo("Bearer service-token"))
                .withRequestBody(matchingJsonPath("$.partyIdCardNo", equalTo(CITIZEN))));
        assertThat(PERSONNEL.getAllServeEvents()).allSatisfy(e -> assertThat(e.getRequest().getUrl())
                .doesNotContain(CITIZEN));
        String view = api.perform(get(PATH + "/{id}", id), hzAdmin(), null).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(view).doesNotContain(CITIZEN);

        // start and submission ask personnel again (two officers each)
        api.perform(MockMvcRequestBuilders.post(PATH + "/{id}/start", id), hzOfficer(), null)
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("IN_PROGRESS"));
        api.perform(MockMvcRequestBuilders.post(PATH + "/{id}/records", id), hzOfficer(), submission())
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUBMITTED"));
        PERSONNEL.verify(6, postRequestedFor(urlPathEqualTo(CHECK)));
    }

    @Test
    void anOfficerRecusedFromTheCitizenIsRefusedAtAssignmentAndAtStart() throws Exception {
        String o1 = officer();
        String o2 = officer();
        String o3 = officer();
        personnelKnowsRecusal(o2);
        String uscc = entity();
        api.perform(MockMvcRequestBuilders.post(PATH), hzAdmin(), inspection(uscc, CITIZEN, List.of(o1, o2)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("RECUSAL_CONFLICT"))
                .andExpect(jsonPath("$.personId").value(o2))
                .andExpect(jsonPath("$.reasons[0]").value("RECUSAL_CONFLICT"));
        // the same officers for another citizen (no declaration there) are fine
        api.perform(MockMvcRequestBuilders.post(PATH), hzAdmin(), inspection(entity(), "110101199003074477",
                List.of(o1, o2))).andExpect(status().isCreated());

        // declared after the assignment: start re-checks with personnel and the team is invalid
        personnelKnowsRecusal(null);
        String id = api.read(api.perform(MockMvcRequestBuilders.post(PATH), hzAdmin(),
                inspection(uscc, CITIZEN, List.of(o1, o3))).andExpect(status().isCreated())).get("id").asString();
        personnelKnowsRecusal(o3);
        api.perform(MockMvcRequestBuilders.post(PATH + "/{id}/start", id), hzOfficer(), null)
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("TEAM_INVALID"))
                .andExpect(jsonPath("$.personId").value(o3))
                .andExpect(jsonPath("$.memberCode").value("RECUSAL_CONFLICT"));
        api.perform(get(PATH + "/{id}", id), hzAdmin(), null).andExpect(jsonPath("$.status").value("PLANNED"))
                .andExpect(jsonPath("$.teamInvalid").value(true));
    }

    @Test
    void personnelDownRefusesAssignmentStartAndSubmissionWith503AndAssignsNothing() throws Exception {
        String o1 = officer();
        String o2 = officer();
        String uscc = entity();
        personnelDown();
        api.perform(MockMvcRequestBuilders.post(PATH), hzAdmin(), inspection(uscc, CITIZEN, List.of(o1, o2)))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("PERSONNEL_UNAVAILABLE"));
        // planned without a team (nothing to check yet), then the team: refused while personnel is down
        String id = api.read(api.perform(MockMvcRequestBuilders.post(PATH), hzAdmin(), inspection(uscc, CITIZEN, null))
                .andExpect(status().isCreated())).get("id").asString();
        api.perform(put(PATH + "/{id}/team", id), hzAdmin(), Map.of("members", List.of(Map.of("personId", o1),
                        Map.of("personId", o2))))
                .andExpect(status().isServiceUnavailable()).andExpect(jsonPath("$.code").value("PERSONNEL_UNAVAILABLE"));
        api.perform(get(PATH + "/{id}", id), hzAdmin(), null).andExpect(jsonPath("$.team.length()").value(0));

        breakers.circuitBreaker("personnel-recusals").reset();
        personnelKnowsRecusal(null);
        api.perform(put(PATH + "/{id}/team", id), hzAdmin(), Map.of("members", List.of(Map.of("personId", o1),
                Map.of("personId", o2)))).andExpect(status().isOk());
        PERSONNEL.resetMappings();
        PERSONNEL.stubFor(post(urlPathEqualTo("/token")).willReturn(okJson(
                "{\"access_token\":\"service-token\",\"expires_in\":300,\"token_type\":\"Bearer\"}")));
        personnelDown();
        api.perform(MockMvcRequestBuilders.post(PATH + "/{id}/start", id), hzOfficer(), null)
                .andExpect(status().isServiceUnavailable()).andExpect(jsonPath("$.code").value("PERSONNEL_UNAVAILABLE"));
        api.perform(MockMvcRequestBuilders.post(PATH + "/{id}/records", id), hzOfficer(), submission())
                .andExpect(status().isServiceUnavailable()).andExpect(jsonPath("$.code").value("PERSONNEL_UNAVAILABLE"));
        api.perform(get(PATH + "/{id}", id), hzAdmin(), null).andExpect(jsonPath("$.status").value("PLANNED"))
                .andExpect(jsonPath("$.records.length()").value(0));
    }

    @Test
    void anInvalidIdNumberIsA400() throws Exception {
        api.perform(MockMvcRequestBuilders.post(PATH), hzAdmin(), inspection(entity(), "320706199001010417", null))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").isNotEmpty());
        PERSONNEL.verify(0, postRequestedFor(urlPathEqualTo(CHECK)));
    }
}
