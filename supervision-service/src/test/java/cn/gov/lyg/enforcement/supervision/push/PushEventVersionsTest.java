package cn.gov.lyg.enforcement.supervision.push;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.events.EventCatalog;
import cn.gov.lyg.enforcement.events.EventContracts;
import cn.gov.lyg.enforcement.events.Topics;
import cn.gov.lyg.enforcement.events.personnel.AnnualReviewFailed;
import cn.gov.lyg.enforcement.events.personnel.AnnualReviewPassed;
import cn.gov.lyg.enforcement.events.personnel.CertificateSnapshot;
import cn.gov.lyg.enforcement.events.personnel.CertificateSuspended;
import cn.gov.lyg.enforcement.platform.kafka.IncomingEvent;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The push reads every version of the certificate events the contract still allows on
 * {@code personnel.certificates.v1}, and an earlier version becomes the very record its current version would: a
 * replay of the topic from the beginning pushes the same certificate records.
 */
class PushEventVersionsTest {

    final JsonMapper json = JsonMapper.builder().build();
    final PushEventConsumer consumer = new PushEventConsumer(null, null, json);

    @Test
    void everyVersionOfEveryCertificateStatusEventOnTheTopicIsPushedAndOnlyAnnualReviewsAreNot() {
        List<Class<? extends DomainEvent>> onTopic = EventCatalog.all().stream()
                .filter(c -> EventContracts.of(c).topic().equals(Topics.PERSONNEL_CERTIFICATES)).toList();
        assertThat(onTopic).hasSizeGreaterThanOrEqualTo(11);
        Set<Class<?>> notPushed = Set.of(AnnualReviewPassed.class, AnnualReviewFailed.class);
        for (Class<? extends DomainEvent> type : onTopic) {
            if (notPushed.contains(type)) {
                assertThat(consumer.types()).doesNotContainAnyElementsOf(EventContracts.readableTypes(type));
            } else {
                assertThat(consumer.types()).as(type.getSimpleName())
                        .containsAll(EventContracts.readableTypes(type));
            }
        }
    }

    @Test
    void aV1CertificateEventBecomesTheSameRecordAsItsV2() {
        String cert = UUID.randomUUID().toString();
        String officer = UUID.randomUUID().toString();
        OffsetDateTime at = OffsetDateTime.of(2025, 3, 1, 9, 30, 0, 0, ZoneOffset.ofHours(8));
        var snapshot = new CertificateSnapshot(cert, "JSZF-320706-2021-00158", "ENFORCEMENT", officer,
                "11320706300200020C", "320706", List.of("MARKET"), List.of("320706"), null, LocalDate.of(2021, 7, 1),
                LocalDate.of(2026, 6, 30), "SUSPENDED", 2024, LocalDate.of(2026, 3, 31));
        var suspended = new CertificateSuspended(UUID.randomUUID().toString(), at, cert, 5, "320706",
                "11320706300200020C", officer, at, "hz-supervisor", "UNDER_INVESTIGATION", null, snapshot);
        ObjectNode v1 = json.valueToTree(suspended);
        ((ObjectNode) v1.get("certificate")).remove("nextReviewDueDate");
        String v1Type = EventContracts.readableTypes(CertificateSuspended.class).get(0);
        assertThat(v1Type).endsWith(".v1");

        ProvincialRecord fromV1 = consumer.record(incoming(v1Type, json.writeValueAsString(v1)
                .getBytes(StandardCharsets.UTF_8)));
        ProvincialRecord fromV2 = consumer.record(incoming(EventContracts.of(suspended).type(),
                json.writeValueAsBytes(suspended)));
        assertThat(fromV1).isNotNull().isEqualTo(fromV2);
        assertThat(fromV1.recordId()).isEqualTo("CERTIFICATE:" + cert);
        assertThat(fromV1.version()).isEqualTo(5);
        assertThat(fromV1.data()).containsEntry("status", "SUSPENDED");
    }

    static IncomingEvent incoming(String type, byte[] data) {
        return new IncomingEvent(UUID.randomUUID().toString(), type, "/enforcement/personnel", null, null, null, null,
                Topics.PERSONNEL_CERTIFICATES, data);
    }
}
