package cn.gov.lyg.enforcement.catalog.agency;

import static cn.gov.lyg.enforcement.catalog.CatalogApi.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.lyg.enforcement.catalog.CatalogApi;
import cn.gov.lyg.enforcement.events.personnel.AgencyChanged;
import cn.gov.lyg.enforcement.events.personnel.AgencyClosed;
import cn.gov.lyg.enforcement.events.personnel.AgencyRegistered;
import cn.gov.lyg.enforcement.events.personnel.AgencySnapshot;
import cn.gov.lyg.enforcement.events.vocabulary.EnforcementDomain;
import cn.gov.lyg.enforcement.platform.agency.AgencyDirectory;
import cn.gov.lyg.enforcement.platform.agency.AgencyEventConsumer;
import cn.gov.lyg.enforcement.platform.identifier.UnifiedSocialCreditCode;
import cn.gov.lyg.enforcement.platform.kafka.ProcessedEvents;
import cn.gov.lyg.enforcement.platform.test.ServiceTest;
import cn.gov.lyg.enforcement.platform.test.TestEvents;
import cn.gov.lyg.enforcement.platform.test.KafkaProbe;
import cn.gov.lyg.enforcement.events.Topics;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An agency registered in personnel-service becomes usable as an implementing agency of catalog items once its event
 * arrives; a closed agency stops being usable; a redelivered or late (older) event changes nothing.
 */
@ServiceTest
class AgencyEventConsumerIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    AgencyDirectory directory;
    @Autowired
    ProcessedEvents processed;
    @Autowired
    AgencyEventConsumer consumer;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;
    CatalogApi api;

    @BeforeEach
    void setUp() {
        api = new CatalogApi(mvc, json);
    }

    /** A valid credit code of a city organ the reference data does not have. */
    private static String newAgencyCode() {
        String first17 = String.format("11320700300%06d", CatalogApi.nextSeq() + 500_000);
        return first17 + UnifiedSocialCreditCode.checkDigit(first17);
    }

    private ObjectNode itemOf(String agencyCode) {
        ObjectNode body = api.item("PENALTY");
        body.putArray("implementingAgencyCodes").add(agencyCode);
        return body;
    }

    private void create(String agencyCode, ResultMatcher expected) throws Exception {
        api.perform(post("/api/catalog/v1/items"), admin(), itemOf(agencyCode)).andExpect(expected);
    }

    private static AgencySnapshot snapshot(String code, List<String> domains, String status) {
        return new AgencySnapshot(UUID.randomUUID().toString(), code, "连云港市新设执法局", "ADMIN_ORGAN", "CITY", "320700",
                null, null, "113207003001000115", null, domains, false, false, false, status, null, null);
    }

    @Test
    void agencyEventsKeepTheProjectionThatItemChecksUse() throws Exception {
        String code = newAgencyCode();
        OffsetDateTime now = OffsetDateTime.now(ZoneId.of("Asia/Shanghai"));
        api.perform(post("/api/catalog/v1/items"), admin(), itemOf(code)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("AGENCY_UNKNOWN"));

        String aggregateId = UUID.randomUUID().toString();
        TestEvents.publish(bootstrap, json, new AgencyRegistered(UUID.randomUUID().toString(), now, aggregateId, 1,
                "320700", code, now, "city-admin", snapshot(code, List.of("MARKET"), "ACTIVE")), 2);
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> create(code, status().isCreated()));

        AgencyClosed closed = new AgencyClosed(UUID.randomUUID().toString(), now, aggregateId, 3, "320700", code, now,
                "city-admin", "ABOLISHED", null, LocalDate.now(ZoneId.of("Asia/Shanghai")),
                snapshot(code, List.of("MARKET"), "ABOLISHED"));
        TestEvents.publish(bootstrap, json, closed, 1);
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                create(code, jsonPath("$.errors[0].code").value("AGENCY_UNKNOWN")));

        // an older change delivered late does not bring the closed agency back
        AgencyChanged late = new AgencyChanged(UUID.randomUUID().toString(), now, aggregateId, 2, "320700", code, now,
                "city-admin", List.of("name"), snapshot(code, List.of("MARKET"), "ACTIVE"));
        TestEvents.publish(bootstrap, json, late, 1);
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> processed.isProcessed(consumer.consumer(), late.eventId()));
        assertThat(directory.find(code)).hasValueSatisfying(agency -> {
            assertThat(agency.active()).isFalse();
            assertThat(agency.sourceVersion()).isEqualTo(3L);
        });
        create(code, status().isBadRequest());
    }

    /**
     * Every domain of the agency contract is one the catalog accepts: an agency of commerce 商务 registered in
     * personnel is projected (not sent to the DLT) and implements a commerce item.
     */
    @Test
    void anAgencyOfCommerceIsProjectedAndImplementsACommerceItem() throws Exception {
        String code = newAgencyCode();
        OffsetDateTime now = OffsetDateTime.now(ZoneId.of("Asia/Shanghai"));
        AgencyRegistered registered = new AgencyRegistered(UUID.randomUUID().toString(), now,
                UUID.randomUUID().toString(), 1, "320700", code, now, "city-admin",
                snapshot(code, List.of("COMMERCE", "HR_SOCIAL_SECURITY"), "ACTIVE"));
        TestEvents.publish(bootstrap, json, registered, 1);
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(directory.find(code))
                .hasValueSatisfying(agency -> assertThat(agency.domains())
                        .containsExactlyInAnyOrder(EnforcementDomain.COMMERCE, EnforcementDomain.HR_SOCIAL_SECURITY)));
        assertThat(processed.isProcessed(consumer.consumer(), registered.eventId())).isTrue();

        ObjectNode item = itemOf(code);
        item.put("domain", "COMMERCE");
        item.put("itemCode", "3207-COM-PEN-" + CatalogApi.nextSeq());
        api.perform(post("/api/catalog/v1/items"), admin(), item).andExpect(status().isCreated())
                .andExpect(jsonPath("$.domain").value("COMMERCE"));
    }

    /** Only personnel-service may register agencies: the same event from another source is dead-lettered. */
    @Test
    void anAgencyEventFromAnotherSourceThanPersonnelIsDeadLetteredAndNotProjected() throws Exception {
        String code = newAgencyCode();
        OffsetDateTime now = OffsetDateTime.now(ZoneId.of("Asia/Shanghai"));
        AgencyRegistered forged = new AgencyRegistered(UUID.randomUUID().toString(), now,
                UUID.randomUUID().toString(), 1, "320700", code, now, "intruder",
                snapshot(code, List.of("MARKET"), "ACTIVE"));
        try (KafkaProbe dlt = new KafkaProbe(bootstrap, Topics.PERSONNEL_AGENCIES + ".DLT")) {
            TestEvents.publish(bootstrap, json, forged, 1, "/enforcement/inspection");
            var records = dlt.await(r -> r.headers().lastHeader("ce_id") != null
                    && forged.eventId().equals(new String(r.headers().lastHeader("ce_id").value())), 1,
                    Duration.ofSeconds(30));
            assertThat(new String(records.get(0).headers().lastHeader("kafka_dlt-exception-message").value()))
                    .contains("/enforcement/inspection");
        }
        assertThat(processed.isProcessed(consumer.consumer(), forged.eventId())).isFalse();
        assertThat(directory.find(code)).isEmpty();
        create(code, jsonPath("$.errors[0].code").value("AGENCY_UNKNOWN"));
    }
}
