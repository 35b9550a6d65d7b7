package cn.gov.lyg.enforcement.events.personnel;

import cn.gov.lyg.enforcement.events.supervision.AccountabilityOutcomeDecided;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.events.EventContracts;
import cn.gov.lyg.enforcement.events.EventSchemas;
import cn.gov.lyg.enforcement.events.Topics;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class PersonnelEventSchemasTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final OffsetDateTime AT = OffsetDateTime.of(2025, 3, 1, 9, 30, 0, 0, ZoneOffset.ofHours(8));
    static final String CERT = UUID.randomUUID().toString();
    static final String OFFICER = UUID.randomUUID().toString();
    static final String AGENCY = "11320706300200020C";

    static CertificateSnapshot snapshot(String status) {
        return new CertificateSnapshot(CERT, "JSZF-320706-2021-00158", "ENFORCEMENT", OFFICER, AGENCY, "320706",
                List.of("MARKET"), List.of("320706"), "《食品安全法》第一百一十条", LocalDate.of(2021, 7, 1),
                LocalDate.of(2026, 6, 30), status, 2024, LocalDate.of(2026, 3, 31));
    }

    static final String AGENCY_ID = UUID.randomUUID().toString();

    static AgencySnapshot agency(String status, String successor) {
        return new AgencySnapshot(AGENCY_ID, AGENCY, "海州区市场监督管理局", "ADMIN_ORGAN", "COUNTY", "320706", null,
                "1132070030010002XW", "11320706300200012H", null, List.of("MARKET"), false, false, false, status,
                successor, successor == null ? null : LocalDate.of(2025, 3, 1));
    }

    static Stream<DomainEvent> events() {
        String id = UUID.randomUUID().toString();
        return Stream.of(
                new CertificateIssued(id, AT, CERT, 2, "320706", AGENCY, OFFICER, AT, "hz-supervisor", null, null,
                        snapshot("ACTIVE")),
                new CertificateSuspended(id, AT, CERT, 3, "320706", AGENCY, OFFICER, AT, "hz-supervisor",
                        "UNDER_INVESTIGATION", LocalDate.of(2025, 6, 30), snapshot("SUSPENDED")),
                new CertificateReinstated(id, AT, CERT, 4, "320706", AGENCY, OFFICER, AT, "hz-supervisor", null,
                        snapshot("ACTIVE")),
                new CertificateWithdrawn(id, AT, CERT, 5, "320706", AGENCY, OFFICER, AT, "system", "TRANSFERRED",
                        snapshot("WITHDRAWN")),
                new CertificateRevoked(id, AT, CERT, 5, "320706", AGENCY, OFFICER, AT, "city-supervisor", "CRIMINAL",
                        snapshot("REVOKED")),
                new CertificateCancelled(id, AT, CERT, 6, "320706", AGENCY, OFFICER, AT, "hz-supervisor", "RENEWED",
                        snapshot("CANCELLED")),
                new CertificateExpired(id, AT, CERT, 6, "320706", AGENCY, OFFICER, AT, "system", null,
                        snapshot("EXPIRED")),
                new CertificateRenewed(id, AT, CERT, 0, "320706", AGENCY, OFFICER, AT, "hz-supervisor", null,
                        UUID.randomUUID().toString(), snapshot("ACTIVE")),
                new CertificateReportedLost(id, AT, CERT, 3, "320706", AGENCY, OFFICER, AT, "hz-agency-admin", null,
                        snapshot("LOST")),
                new AnnualReviewPassed(id, AT, CERT, 4, "320706", AGENCY, OFFICER, AT, "hz-supervisor", null, 2024,
                        LocalDate.of(2025, 3, 31), List.of(), snapshot("ACTIVE")),
                new AnnualReviewFailed(id, AT, CERT, 4, "320706", AGENCY, OFFICER, AT, "hz-supervisor", null, 2024,
                        LocalDate.of(2025, 3, 31), List.of("TRAINING_SHORTFALL"), snapshot("ACTIVE")),
                new OfficerTransferred(id, AT, OFFICER, 3, "320700", "113207003001000970", AGENCY, "320706",
                        "ON_DUTY", LocalDate.of(2025, 3, 1), "hz-agency-admin", null),
                new OfficerLeftService(id, AT, OFFICER, 3, "320706", AGENCY, "RETIRED", LocalDate.of(2025, 3, 1),
                        "hz-agency-admin", null),
                new OfficerDutyChanged(id, AT, OFFICER, 3, "320706", AGENCY, "NON_ENFORCEMENT_POST",
                        LocalDate.of(2025, 3, 1), "hz-agency-admin", null),
                new AuxiliaryStaffRegistered(id, AT, UUID.randomUUID().toString(), 0, "320706", AGENCY, "钱小兵",
                        OFFICER, List.of("INFORMATION_COLLECTION", "DOCUMENT_ENTRY"), LocalDate.of(2025, 1, 1),
                        LocalDate.of(2027, 12, 31), "ACTIVE", "hz-agency-admin"),
                new RecusalDeclared(id, AT, UUID.randomUUID().toString(), 0, "320706", AGENCY, OFFICER,
                        "LEGAL_PERSON", "91320706MA1XK7C38L", null, "连云港海宁食品有限公司", "亲属为股东",
                        LocalDate.of(2025, 3, 1), null, "hz-officer2"),
                new RecusalWithdrawn(id, AT, UUID.randomUUID().toString(), 1, "320706", AGENCY, OFFICER, "CITIZEN",
                        null, "320706********0416", LocalDate.of(2025, 3, 1), "hz-officer2"),
                new AuxiliaryStatusChanged(id, AT, UUID.randomUUID().toString(), 1, "320706", AGENCY, OFFICER,
                        "ACTIVE", "SUSPENDED", LocalDate.of(2025, 3, 1), "hz-agency-admin"),
                new OfficerProfileChanged(id, AT, OFFICER, 0, "320706", AGENCY, "周婷", "ON_DUTY", true, true,
                        LocalDate.of(2024, 2, 1), "hz-agency-admin"),
                new TrainingShortfallDetected(id, AT, OFFICER + ":2024", 0, "320706", AGENCY, OFFICER, 2024,
                        new java.math.BigDecimal("58.5"), 60, AT, "JOB", "system"),
                new AgencyRegistered(id, AT, AGENCY_ID, 0, "320706", AGENCY, AT, "system", agency("ACTIVE", null)),
                new AgencyChanged(id, AT, AGENCY_ID, 1, "320706", AGENCY, AT, "hz-supervisor",
                        List.of("name", "domains"), agency("ACTIVE", null)),
                new AgencyClosed(id, AT, AGENCY_ID, 2, "320706", AGENCY, AT, "city-supervisor", "MERGED",
                        "113207003001000970", LocalDate.of(2025, 3, 1), agency("MERGED", "113207003001000970")),
                new AccountabilityOutcomeDecided(id, AT, UUID.randomUUID().toString(), 1, "320706", AGENCY, OFFICER,
                        CERT, "SUSPEND_CERTIFICATE", LocalDate.of(2025, 6, 30), "海司监〔2025〕3号", "滥用职权",
                        "hz-supervisor"));
    }

    @ParameterizedTest
    @MethodSource("events")
    void everyEventMatchesItsSchemaAndNamesItsTopic(DomainEvent event) {
        assertThat(EventSchemas.validate(event.getClass(), JSON.valueToTree(event))).isEmpty();
        var contract = EventContracts.of(event);
        assertThat(contract.type()).startsWith("cn.gov.lyg.enforcement.").matches(".*\\.v[12]$");
        if (event instanceof CertificateEvent) {
            assertThat(contract.type()).as("certificate events carry the next review due date since v2").endsWith(".v2");
        }
        assertThat(contract.topic()).isIn(Topics.PERSONNEL_CERTIFICATES, Topics.PERSONNEL_OFFICERS,
                Topics.PERSONNEL_AGENCIES, Topics.SUPERVISION_ACCOUNTABILITY);
    }

    @ParameterizedTest
    @MethodSource("events")
    void schemasRejectUnknownFieldsAndMissingRequiredOnes(DomainEvent event) {
        ObjectNode node = JSON.valueToTree(event);
        node.put("unexpected", true);
        node.remove("agencyCode");
        assertThat(String.join("\n", EventSchemas.validate(event.getClass(), node)))
                .contains("unexpected", "agencyCode");
    }

    @Test
    void agencySchemasCheckTheSnapshotAndTheClosingStatus() {
        ObjectNode node = JSON.valueToTree(new AgencyClosed(UUID.randomUUID().toString(), AT, AGENCY_ID, 2, "320706",
                AGENCY, AT, "city-supervisor", "ACTIVE", null, LocalDate.of(2025, 3, 1), agency("ACTIVE", null)));
        ((ObjectNode) node.get("agency")).put("agencyKind", "JUDICIAL_OFFICE");
        ((ObjectNode) node.get("agency")).put("townshipCode", "3207061");
        assertThat(String.join("\n", EventSchemas.validate(AgencyClosed.class, node)))
                .contains("status", "agencyKind", "townshipCode");
    }

    @Test
    void trainingShortfallSchemaChecksTheOfficerYearAndTheHours() {
        ObjectNode node = JSON.valueToTree(new TrainingShortfallDetected(UUID.randomUUID().toString(), AT, OFFICER,
                0, "320706", AGENCY, OFFICER, 1999, new java.math.BigDecimal("-1"), 60, AT, "NIGHT", null));
        assertThat(String.join("\n", EventSchemas.validate(TrainingShortfallDetected.class, node)))
                .contains("aggregateId", "year", "recordedHours", "source");
    }

    @Test
    void certificateSnapshotsOfV2CarryTheNextReviewDueDate() {
        ObjectNode node = JSON.valueToTree(new CertificateIssued(UUID.randomUUID().toString(), AT, CERT, 2, "320706",
                AGENCY, OFFICER, AT, "hz-supervisor", null, null, snapshot("ACTIVE")));
        assertThat(node.get("certificate").get("nextReviewDueDate").asString()).isEqualTo("2026-03-31");
        ((ObjectNode) node.get("certificate")).remove("nextReviewDueDate");
        assertThat(String.join("\n", EventSchemas.validate(CertificateIssued.class, node))).contains("nextReviewDueDate");
        // the same payload is a valid v1 event, which consumers still read
        assertThat(EventSchemas.validate(EventContracts.of(CertificateIssued.class).previous()[0].schema(), node))
                .isEmpty();
    }

    @Test
    void officerProfileAndRecusalWithdrawalSchemasCheckTheirMembers() {
        ObjectNode profile = JSON.valueToTree(new OfficerProfileChanged(UUID.randomUUID().toString(), AT, OFFICER, 0,
                "320706", AGENCY, "周婷", "ON_DUTY", true, true, null, null));
        profile.remove("legalProfessionQualified");
        profile.put("legalReviewerSince", "2024-13-01x");
        assertThat(String.join("\n", EventSchemas.validate(OfficerProfileChanged.class, profile)))
                .contains("legalProfessionQualified", "legalReviewerSince");
        ObjectNode withdrawn = JSON.valueToTree(new RecusalWithdrawn(UUID.randomUUID().toString(), AT,
                UUID.randomUUID().toString(), 1, "320706", AGENCY, OFFICER, "CITIZEN", null, "320706199001010416",
                LocalDate.of(2025, 3, 1), null));
        assertThat(String.join("\n", EventSchemas.validate(RecusalWithdrawn.class, withdrawn)))
                .as("the full ID number never leaves personnel").contains("partyIdMasked");
    }

    @Test
    void certificateSchemasCheckTheSnapshot() {
        ObjectNode node = JSON.valueToTree(new CertificateRevoked(UUID.randomUUID().toString(), AT, CERT, 5, "320706",
                AGENCY, OFFICER, AT, "city-supervisor", "CRIMINAL", snapshot("ACTIVE")));
        ((ObjectNode) node.get("certificate")).putArray("enforcementDomains").add("FOOD");
        ((ObjectNode) node.get("certificate")).put("holderAgencyCode", "1132070630020002OC");
        List<String> errors = EventSchemas.validate(CertificateRevoked.class, node);
        assertThat(String.join("\n", errors)).contains("status", "enforcementDomains", "holderAgencyCode");
    }
}
