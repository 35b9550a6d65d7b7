package cn.gov.lyg.enforcement.supervision.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.events.EventCatalog;
import cn.gov.lyg.enforcement.events.EventContracts;
import cn.gov.lyg.enforcement.events.Topics;
import cn.gov.lyg.enforcement.events.personnel.AuxiliaryStaffRegistered;
import cn.gov.lyg.enforcement.events.personnel.AuxiliaryStatusChanged;
import cn.gov.lyg.enforcement.events.personnel.CertificateIssued;
import cn.gov.lyg.enforcement.events.personnel.CertificateSnapshot;
import cn.gov.lyg.enforcement.events.personnel.OfficerDutyChanged;
import cn.gov.lyg.enforcement.events.personnel.OfficerLeftService;
import cn.gov.lyg.enforcement.events.personnel.OfficerProfileChanged;
import cn.gov.lyg.enforcement.events.personnel.OfficerTransferred;
import cn.gov.lyg.enforcement.platform.kafka.IncomingEvent;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The 持证率 projection reads every version of every event personnel's contracts still allow on
 * {@code personnel.certificates.v1} (so a replay from the beginning, with v1 events on the topic, gives the same
 * projection), the officer events that carry the employment status, and nothing about auxiliary staff.
 */
class HoldingEventsTest {

    static final String GY = "11320707300300021G";
    static final OffsetDateTime AT = OffsetDateTime.of(2025, 3, 1, 9, 0, 0, 0, ZoneOffset.ofHours(8));
    static final String OFFICER = "6f1d2c3b-4a59-4e68-9b7a-0c1d2e3f4a5b";
    final JsonMapper json = JsonMapper.builder().build();

    static IncomingEvent incoming(String type, String topic, byte[] data) {
        return new IncomingEvent(UUID.randomUUID().toString(), type, "/enforcement/personnel", null, null, null, null,
                topic, data);
    }

    @Test
    void everyVersionOfEveryEventTheContractAllowsOnTheCertificateTopicIsRead() {
        List<Class<? extends DomainEvent>> onTopic = EventCatalog.all().stream()
                .filter(c -> EventContracts.of(c).topic().equals(Topics.PERSONNEL_CERTIFICATES)).toList();
        assertThat(onTopic).hasSizeGreaterThanOrEqualTo(11);
        for (Class<? extends DomainEvent> type : onTopic) {
            assertThat(HoldingEvents.types()).as(type.getSimpleName())
                    .containsAll(EventContracts.readableTypes(type));
        }
        assertThat(HoldingEvents.types()).anyMatch(t -> t.endsWith("certificate.issued.v1"));
    }

    @Test
    void theOfficerEventsCarryingTheEmploymentStatusAreReadAndAuxiliaryStaffNever() {
        for (Class<? extends DomainEvent> type : List.of(OfficerProfileChanged.class, OfficerTransferred.class,
                OfficerDutyChanged.class, OfficerLeftService.class)) {
            assertThat(HoldingEvents.types()).containsAll(EventContracts.readableTypes(type));
        }
        for (Class<? extends DomainEvent> type : List.of(AuxiliaryStaffRegistered.class,
                AuxiliaryStatusChanged.class)) {
            assertThat(HoldingEvents.types()).doesNotContainAnyElementsOf(EventContracts.readableTypes(type));
        }
        var aux = new AuxiliaryStaffRegistered(UUID.randomUUID().toString(), AT, UUID.randomUUID().toString(), 0, "320707", GY, "钱小兵",
                OFFICER, List.of("INFORMATION_COLLECTION"), LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31),
                "ACTIVE", "gy-admin");
        assertThat(HoldingEvents.of(incoming(EventContracts.of(aux).type(), Topics.PERSONNEL_OFFICERS,
                json.writeValueAsBytes(aux)), json)).isEmpty();
    }

    @Test
    void aRegisteredOfficerWithoutAnyCertificateEntersTheProjectionWithTheirStatus() {
        var registered = new OfficerProfileChanged(UUID.randomUUID().toString(), AT, OFFICER, 0, "320707", GY, "周敏",
                "NON_ENFORCEMENT_POST", false, false, null, "gy-admin");
        assertThat(HoldingEvents.of(incoming(EventContracts.of(registered).type(), Topics.PERSONNEL_OFFICERS,
                json.writeValueAsBytes(registered)), json))
                .contains(new HoldingEvents.OfficerChange(OFFICER, GY, "320707", 0, "NON_ENFORCEMENT_POST"));
        var transferred = new OfficerTransferred(UUID.randomUUID().toString(), AT, OFFICER, 3, "320706",
                "11320706300200020C", GY, "320707", "ON_DUTY", LocalDate.of(2025, 3, 1), "hz-admin", null);
        assertThat(HoldingEvents.of(incoming(EventContracts.of(transferred).type(), Topics.PERSONNEL_OFFICERS,
                json.writeValueAsBytes(transferred)), json))
                .contains(new HoldingEvents.OfficerChange(OFFICER, "11320706300200020C", "320706", 3, "ON_DUTY"));
    }

    @Test
    void aV1CertificateEventReadsAsTheSameChangeAsItsV2() {
        String cert = UUID.randomUUID().toString();
        var snapshot = new CertificateSnapshot(cert, "JSZF-320707-2023-00001", "ENFORCEMENT", OFFICER, GY, "320707",
                List.of("URBAN_MGMT"), List.of("320707"), null, LocalDate.of(2023, 5, 1), LocalDate.of(2028, 4, 30),
                "ACTIVE", null, LocalDate.of(2025, 3, 31));
        var issued = new CertificateIssued(UUID.randomUUID().toString(), AT, cert, 2, "320707", GY, OFFICER, AT,
                "gy-supervisor", null, null, snapshot);
        ObjectNode v1 = json.valueToTree(issued);
        ((ObjectNode) v1.get("certificate")).remove("nextReviewDueDate");
        String v1Type = EventContracts.readableTypes(CertificateIssued.class).get(0);
        assertThat(v1Type).endsWith(".v1");
        var fromV1 = HoldingEvents.of(incoming(v1Type, Topics.PERSONNEL_CERTIFICATES,
                json.writeValueAsString(v1).getBytes(StandardCharsets.UTF_8)), json);
        var fromV2 = HoldingEvents.of(incoming(EventContracts.of(issued).type(), Topics.PERSONNEL_CERTIFICATES,
                json.writeValueAsBytes(issued)), json);
        assertThat(fromV1).isPresent().isEqualTo(fromV2);
        assertThat(fromV1.get()).isEqualTo(new HoldingEvents.CertificateChange(OFFICER, GY, "320707", cert,
                new CertificateHolder.Cert("ENFORCEMENT", "ACTIVE", LocalDate.of(2028, 4, 30), GY, 2)));
    }
}
