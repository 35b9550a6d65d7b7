package cn.gov.lyg.enforcement.inspection.eligibility;

import static cn.gov.lyg.enforcement.inspection.InspectionApi.dhOfficer;
import static cn.gov.lyg.enforcement.inspection.InspectionApi.hzAdmin;
import static cn.gov.lyg.enforcement.inspection.InspectionApi.hzAuxiliary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.events.personnel.AuxiliaryStaffRegistered;
import cn.gov.lyg.enforcement.events.personnel.AuxiliaryStatusChanged;
import cn.gov.lyg.enforcement.events.personnel.CertificateIssued;
import cn.gov.lyg.enforcement.events.personnel.CertificateReinstated;
import cn.gov.lyg.enforcement.events.personnel.CertificateRevoked;
import cn.gov.lyg.enforcement.events.personnel.CertificateSnapshot;
import cn.gov.lyg.enforcement.events.personnel.CertificateSuspended;
import cn.gov.lyg.enforcement.events.personnel.RecusalDeclared;
import cn.gov.lyg.enforcement.events.personnel.RecusalWithdrawn;
import cn.gov.lyg.enforcement.inspection.InspectionApi;
import cn.gov.lyg.enforcement.inspection.team.OfficerVerdict;
import cn.gov.lyg.enforcement.platform.kafka.CloudEventHeaders;
import cn.gov.lyg.enforcement.platform.outbox.OutboxMessage;
import cn.gov.lyg.enforcement.platform.test.ServiceTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** Personnel's events → the projection → the team rules' verdicts. */
@ServiceTest
class EligibilityProjectionIT {

    private static final String A12 = "11320706300200020C";
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.ofHours(8));

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    EligibilityService eligibility;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;
    InspectionApi api;

    @BeforeEach
    void setUp() {
        api = new InspectionApi(mvc, json);
    }

    private void publish(String source, DomainEvent event, int times) {
        var record = CloudEventHeaders.toRecord(OutboxMessage.ofEvent(event, source, null, json));
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", bootstrap),
                new StringSerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < times; i++) {
                producer.send(record).get();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void personnel(DomainEvent event) {
        publish("/enforcement/personnel", event, 1);
    }

    private static CertificateSnapshot snapshot(String certId, String officerId, String status) {
        return new CertificateSnapshot(certId, "JSZF-320706-2023-" + certId.substring(0, 5), "ENFORCEMENT", officerId,
                A12, "320706", List.of("MARKET"), List.of("320706"), "《行政处罚法》", TODAY.minusYears(1).withDayOfYear(1),
                TODAY.plusYears(3), status, TODAY.getYear() - 1, LocalDate.of(TODAY.getYear() + 1, 3, 31));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.ofHours(8));
    }

    private OfficerVerdict verdict(String officerId) {
        return eligibility.officer(officerId, TODAY, Set.of("MARKET"), "320706");
    }

    private void issue(String certId, String officerId) {
        personnel(new CertificateIssued(UUID.randomUUID().toString(), now(), certId, 3, "320706", A12, officerId,
                now(), "judicial-bureau", null, null, snapshot(certId, officerId, "ACTIVE")));
    }

    @Test
    void aRevocationInPersonnelMakesTheOfficerUnassignableAndOlderEventsDoNotUndoIt() {
        String officer = UUID.randomUUID().toString();
        String cert = UUID.randomUUID().toString();
        issue(cert, officer);
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> verdict(officer).assignable());

        CertificateRevoked revoked = new CertificateRevoked(UUID.randomUUID().toString(), now(), cert, 5, "320706",
                A12, officer, now(), "judicial-bureau", "DISMISSED", snapshot(cert, officer, "REVOKED"));
        publish("/enforcement/personnel", revoked, 2); // redelivered: processed once
        Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(verdict(officer).reasons()).containsExactly("CERTIFICATE_REVOKED"));

        // a late, older event (version 4) does not bring the certificate back
        personnel(new CertificateReinstated(UUID.randomUUID().toString(), now(), cert, 4, "320706", A12, officer,
                now(), "x", null, snapshot(cert, officer, "ACTIVE")));
        // an event from another source is ignored
        publish("/enforcement/test", new CertificateReinstated(UUID.randomUUID().toString(), now(), cert, 9,
                "320706", A12, officer, now(), "x", null, snapshot(cert, officer, "ACTIVE")), 1);
        // a marker after both on the same partition: once it is applied, the two before it were seen
        String marker = UUID.randomUUID().toString();
        issue(marker, UUID.randomUUID().toString());
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> eligibility.officer(
                snapshot(marker, "m", "ACTIVE").officerId(), TODAY, Set.of(), null) != null
                && eligibility.officersOf(A12).stream().anyMatch(o -> o.getCertificates().stream()
                .anyMatch(c -> c.getCertificateId().equals(marker))));
        assertThat(verdict(officer).reasons()).containsExactly("CERTIFICATE_REVOKED");
    }

    @Test
    void suspensionAndReinstatement() {
        String officer = UUID.randomUUID().toString();
        String cert = UUID.randomUUID().toString();
        issue(cert, officer);
        personnel(new CertificateSuspended(UUID.randomUUID().toString(), now(), cert, 4, "320706", A12, officer,
                now(), "judicial-bureau", "UNDER_INVESTIGATION", null, snapshot(cert, officer, "SUSPENDED")));
        Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(verdict(officer).reasons()).containsExactly("CERTIFICATE_SUSPENDED"));
        personnel(new CertificateReinstated(UUID.randomUUID().toString(), now(), cert, 5, "320706", A12, officer,
                now(), "judicial-bureau", null, snapshot(cert, officer, "ACTIVE")));
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> verdict(officer).assignable());
    }

    @Test
    void recusalsAndAuxiliaryStaffAreKept() {
        String officer = UUID.randomUUID().toString();
        String cert = UUID.randomUUID().toString();
        issue(cert, officer);
        personnel(new RecusalDeclared(UUID.randomUUID().toString(), now(), UUID.randomUUID().toString(), 0, "320706",
                A12, officer, "LEGAL_PERSON", "91320706MA1XK7C38L", null, "连云港海宁食品有限公司", "亲属持股",
                TODAY.minusDays(1), null, "hz-officer2"));
        String aux = UUID.randomUUID().toString();
        personnel(new AuxiliaryStaffRegistered(UUID.randomUUID().toString(), now(), aux, 0, "320706", A12, "钱小兵",
                officer, List.of("INFORMATION_COLLECTION"), TODAY.minusYears(1), TODAY.plusYears(1), "ACTIVE",
                "hz-agency-admin"));
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> eligibility.recused(officer,
                "91320706MA1XK7C38L") && eligibility.auxiliaryActive(aux, A12));
        assertThat(eligibility.recused(officer, "91320703MA20LG5Q3U")).isFalse();
        assertThat(eligibility.auxiliaryActive(aux, "11320722300400022W")).isFalse();
    }

    @Test
    void withdrawnRecusalsAndSuspendedAuxiliaryStaffStopCounting() {
        String officer = UUID.randomUUID().toString();
        issue(UUID.randomUUID().toString(), officer);
        String recusal = UUID.randomUUID().toString();
        personnel(new RecusalDeclared(UUID.randomUUID().toString(), now(), recusal, 0, "320706", A12, officer,
                "LEGAL_PERSON", "91320706MA1XK7C38L", null, "连云港海宁食品有限公司", "亲属持股", TODAY.minusDays(1),
                null, "hz-officer2"));
        String aux = UUID.randomUUID().toString();
        personnel(new AuxiliaryStaffRegistered(UUID.randomUUID().toString(), now(), aux, 0, "320706", A12, "钱小兵",
                officer, List.of("INFORMATION_COLLECTION"), TODAY.minusYears(1), TODAY.plusYears(1), "ACTIVE",
                "hz-agency-admin"));
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> eligibility.recused(officer,
                "91320706MA1XK7C38L") && eligibility.auxiliaryActive(aux, A12));

        personnel(new RecusalWithdrawn(UUID.randomUUID().toString(), now(), recusal, 1, "320706", A12, officer,
                "LEGAL_PERSON", "91320706MA1XK7C38L", null, TODAY, "hz-officer2"));
        personnel(new AuxiliaryStatusChanged(UUID.randomUUID().toString(), now(), aux, 1, "320706", A12, officer,
                "ACTIVE", "SUSPENDED", TODAY, "hz-agency-admin"));
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> !eligibility.recused(officer,
                "91320706MA1XK7C38L") && !eligibility.auxiliaryActive(aux, A12));
    }

    @Test
    void aV1CertificateEventFromBeforeTheDueDateWasPublishedIsStillRead() {
        String officer = UUID.randomUUID().toString();
        String cert = UUID.randomUUID().toString();
        // issued 2023 (exempt), review of 2024 never passed: due 31 March 2025 by the rule v1 documented
        var snapshot = new CertificateSnapshot(cert, "JSZF-320706-2023-" + cert.substring(0, 5), "ENFORCEMENT",
                officer, A12, "320706", List.of("MARKET"), List.of("320706"), null, LocalDate.of(2023, 5, 1),
                LocalDate.of(2028, 4, 30), "ACTIVE", null, null);
        var issued = new CertificateIssued(UUID.randomUUID().toString(), now(), cert, 3, "320706", A12, officer,
                now(), "judicial-bureau", null, null, snapshot);
        tools.jackson.databind.node.ObjectNode payload = json.valueToTree(issued);
        ((tools.jackson.databind.node.ObjectNode) payload.get("certificate")).remove("nextReviewDueDate");
        var message = OutboxMessage.ofEvent(issued, "/enforcement/personnel", null, json);
        var v1 = new OutboxMessage(message.messageId(), message.kind(),
                cn.gov.lyg.enforcement.events.EventContracts.readableTypes(CertificateIssued.class).get(0),
                message.topic(), message.key(), message.subject(), message.source(), message.time(), null,
                json.writeValueAsString(payload));
        assertThat(v1.type()).endsWith(".v1");
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", bootstrap),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(CloudEventHeaders.toRecord(v1)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> eligibility.officer(officer,
                LocalDate.of(2025, 3, 31), Set.of("MARKET"), "320706").assignable());
        assertThat(eligibility.officer(officer, LocalDate.of(2025, 4, 1), Set.of("MARKET"), "320706").reasons())
                .containsExactly("ANNUAL_REVIEW_OVERDUE");
    }

    @Test
    void theVerdictEndpointAnswersTheAgencyAndHidesOthers() throws Exception {
        String officer = UUID.randomUUID().toString();
        issue(UUID.randomUUID().toString(), officer);
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> verdict(officer).assignable());
        api.perform(get("/api/inspections/v1/inspectors/{id}/eligibility", officer).param("domain", "ECOLOGY")
                        .param("region", "320706"), hzAdmin(), null)
                .andExpect(status().isOk()).andExpect(jsonPath("$.assignable").value(false))
                .andExpect(jsonPath("$.reasons[0]").value("DOMAIN_MISMATCH"));
        api.perform(get("/api/inspections/v1/inspectors/{id}/eligibility", officer), dhOfficer(), null)
                .andExpect(status().isNotFound());
        api.perform(get("/api/inspections/v1/inspectors/{id}/eligibility", officer), hzAuxiliary(), null)
                .andExpect(status().isForbidden());
        api.perform(get("/api/inspections/v1/inspectors/{id}/eligibility", officer), null, null)
                .andExpect(status().isUnauthorized());
    }

    @Test
    void citizenRecusalsAreAskedFromPersonnelAndItsAbsenceIsAProblemNotAnAnswer() throws Exception {
        String officer = UUID.randomUUID().toString();
        issue(UUID.randomUUID().toString(), officer);
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> verdict(officer).assignable());
        var body = json.createObjectNode().put("partyIdCardNo", "320706199001010414");
        String path = "/api/inspections/v1/inspectors/{id}/recusal-check";
        api.perform(post(path, officer), null, body).andExpect(status().isUnauthorized());
        api.perform(post(path, officer), hzAuxiliary(), body).andExpect(status().isForbidden());
        // forbidden is decided before the body is read
        api.perform(post(path, officer), hzAuxiliary(), json.createObjectNode()).andExpect(status().isForbidden());
        api.perform(post(path, officer), dhOfficer(), body).andExpect(status().isNotFound());
        api.perform(post(path, UUID.randomUUID().toString()), hzAdmin(), body).andExpect(status().isNotFound());
        api.perform(post(path, officer), hzAdmin(), json.createObjectNode().put("partyIdCardNo",
                        "320706199001010417"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("partyIdCardNo"))
                .andExpect(jsonPath("$.errors[0].code").exists());
        api.perform(post(path, officer), hzAdmin(), json.createObjectNode()).andExpect(status().isBadRequest());
        // personnel is not reachable in this test: an explicit problem, never "no conflict"
        api.perform(post(path, officer), hzAdmin(), body).andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.code").value("PERSONNEL_UNAVAILABLE"))
                .andExpect(jsonPath("$.conflict").doesNotExist());
    }
}
