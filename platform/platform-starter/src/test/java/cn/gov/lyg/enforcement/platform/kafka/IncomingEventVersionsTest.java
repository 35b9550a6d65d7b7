package cn.gov.lyg.enforcement.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.lyg.enforcement.events.EventContracts;
import cn.gov.lyg.enforcement.events.personnel.CertificateRevoked;
import cn.gov.lyg.enforcement.events.personnel.CertificateSnapshot;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** An event is checked against the schema of the version it carries, so earlier versions stay readable. */
class IncomingEventVersionsTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private final String v1 = EventContracts.readableTypes(CertificateRevoked.class).get(0);
    private final String v2 = EventContracts.of(CertificateRevoked.class).type();

    private CertificateRevoked revoked(LocalDate nextDue) {
        String cert = UUID.randomUUID().toString();
        String officer = UUID.randomUUID().toString();
        var snapshot = new CertificateSnapshot(cert, "JSZF-320706-2021-00158", "ENFORCEMENT", officer,
                "11320706300200020C", "320706", List.of("MARKET"), List.of("320706"), null, LocalDate.of(2021, 7, 1),
                LocalDate.of(2026, 6, 30), "REVOKED", 2024, nextDue);
        OffsetDateTime at = OffsetDateTime.of(2025, 3, 1, 9, 30, 0, 0, ZoneOffset.ofHours(8));
        return new CertificateRevoked(UUID.randomUUID().toString(), at, cert, 5, "320706", "11320706300200020C",
                officer, at, "city-supervisor", "CRIMINAL", snapshot);
    }

    private IncomingEvent incoming(String type, byte[] data) {
        return new IncomingEvent(UUID.randomUUID().toString(), type, "/enforcement/personnel", null, null, null, null,
                "personnel.certificates.v1", data);
    }

    private byte[] withoutDueDate(CertificateRevoked event) {
        ObjectNode node = json.valueToTree(event);
        ((ObjectNode) node.get("certificate")).remove("nextReviewDueDate");
        return json.writeValueAsString(node).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theCurrentVersionIsCheckedAgainstItsOwnSchema() {
        CertificateRevoked sent = revoked(LocalDate.of(2026, 3, 31));
        CertificateRevoked read = incoming(v2, json.writeValueAsBytes(sent)).payload(json, CertificateRevoked.class);
        assertThat(read.certificate().nextReviewDueDate()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThatThrownBy(() -> incoming(v2, withoutDueDate(sent)).payload(json, CertificateRevoked.class))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("nextReviewDueDate");
    }

    @Test
    void anEarlierVersionStillBindsWithoutTheMembersItLacks() {
        assertThat(v1).endsWith(".v1");
        CertificateRevoked read = incoming(v1, withoutDueDate(revoked(LocalDate.of(2026, 3, 31))))
                .payload(json, CertificateRevoked.class);
        assertThat(read.certificate().nextReviewDueDate()).isNull();
        assertThat(read.certificate().lastReviewYear()).isEqualTo(2024);
        // the v1 schema does not know the new member
        assertThatThrownBy(() -> incoming(v1, json.writeValueAsBytes(revoked(LocalDate.of(2026, 3, 31))))
                .payload(json, CertificateRevoked.class)).isInstanceOf(InvalidEventException.class);
    }
}
