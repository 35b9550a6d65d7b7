package cn.gov.lyg.enforcement.events.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.events.EventContracts;
import cn.gov.lyg.enforcement.events.EventSchemas;
import cn.gov.lyg.enforcement.events.Topics;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Every supervision event matches its schema, and the schemas reject unknown members and malformed codes. */
class SupervisionEventSchemasTest {

    @org.junit.jupiter.api.Test
    void amountsAreDecimalStringsWithTwoDecimals() {
        ObjectNode node = JSON.valueToTree(new CaseMilestoneRecorded("e", AT, "a", 0, "320706", HZ_MARKET, "n",
                "PENALTY", "DECIDED", LocalDate.of(2025, 9, 1), "d", java.util.List.of("FINE"), "100", "-1.00", null,
                null, null));
        assertThat(EventSchemas.validate(CaseMilestoneRecorded.class, node)).hasSize(2);
    }


    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final OffsetDateTime AT = OffsetDateTime.of(2025, 9, 1, 9, 0, 0, 0, ZoneOffset.ofHours(8));
    private static final String HZ_MARKET = "11320706300200020C";

    static Stream<DomainEvent> events() {
        String id = UUID.randomUUID().toString();
        return Stream.of(
                new ComplaintReceived(id, AT, "c-1", 0, "320706", "HOTLINE_12345", "COMPLAINT", "GD1", AT, HZ_MARKET,
                        "NO_CERT_SHOWN", false),
                new ComplaintTransferred(id, AT, "c-1", 1, "320706", "LETTER", null, HZ_MARKET, HZ_MARKET, 1,
                        LocalDate.of(2025, 9, 2)),
                new ComplaintOverdue(id, AT, "c-1", 2, "320706", HZ_MARKET, null, "TRANSFERRED",
                        LocalDate.of(2025, 9, 2), LocalDate.of(2025, 9, 9), 5, true, "320700"),
                new ComplaintClosed(id, AT, "c-1", 9, "320706", "HOTLINE_12348", "GD2", HZ_MARKET, false, null, AT, 0,
                        null),
                new CaseMilestoneRecorded(id, AT, HZ_MARKET + ":连海市监罚〔2025〕12号", 1, "320706", HZ_MARKET,
                        "连海市监罚〔2025〕12号", "PENALTY", "DECIDED", LocalDate.of(2025, 9, 1), "连海市监罚决〔2025〕12号",
                        java.util.List.of("FINE", "CONFISCATE_ILLEGAL_GAINS"), "120000.00", "3500.50", "app-1", null, null),
                new ThreeSystemsDeadlinePassed(id, AT, HZ_MARKET + ":X-1", 3, "320706", HZ_MARKET, "X-1",
                        "DISCLOSURE_OVERDUE", LocalDate.of(2025, 9, 10), LocalDate.of(2025, 9, 11)),
                new SupervisionLetterIssued(id, AT, "l-1", 1, "320707", "SUPERVISION_LETTER", "连司督〔2025〕3号",
                        "113207003001000115", "11320707300300021G", LocalDate.of(2025, 11, 3),
                        LocalDate.of(2025, 12, 3), java.util.List.of("未亮证执法")),
                new SupervisionLetterEscalated(id, AT, "l-1", 2, "320707", null, "113207003001000115",
                        "11320707300300021G", LocalDate.of(2025, 12, 3), LocalDate.of(2025, 12, 4), "INTERVIEW"),
                new CaseFileReviewCompleted(id, AT, "r-1", 3, "320706", "b-1", "DEFAULT", 1, HZ_MARKET,
                        "连海市监罚〔2025〕12号", "PENALTY", "83.0", "GOOD", java.util.List.of(),
                        java.util.List.of("送达不规范"), false),
                new CaseFileReviewCompleted(id, AT, "r-2", 3, "320706", "b-1", "DEFAULT", 1, HZ_MARKET,
                        "连海市监罚〔2025〕13号", "PENALTY", "0.0", "UNQUALIFIED", java.util.List.of("V03"),
                        java.util.List.of("执法人员少于 2 人"), true),
                new SupervisionAlertRaised(id, AT, "REPEATED_INSPECTION:x", 1, "320706", "REPEATED_INSPECTION",
                        java.util.List.of(HZ_MARKET), "91320706MA1Y2K3L4N", "同一企业被 2 个部门重复检查", id),
                new AnnualStatisticsSubmitted(id, AT, HZ_MARKET + ":2025", 3, "320706", HZ_MARKET, 2025, AT, false),
                new AnnualStatisticsPublished(id, AT, HZ_MARKET + ":2025", 4, "320706", HZ_MARKET, 2025, AT, true, AT,
                        "https://www.lyg.gov.cn/tjnb/2025", java.util.Map.of("PENALTY_TOTAL", 510L,
                        "PENALTY_FINE", 412L), "386.25", "97.5"));
    }

    @org.junit.jupiter.api.Test
    void publishedStatisticsRejectNegativeCountsAndThreeDecimals() {
        ObjectNode node = JSON.valueToTree(new AnnualStatisticsPublished("e", AT, "a", 1, "320706", HZ_MARKET, 2025,
                AT, false, AT, null, java.util.Map.of("PENALTY_TOTAL", -1L), "1.005", null));
        assertThat(EventSchemas.validate(AnnualStatisticsPublished.class, node)).hasSize(2);
    }

    @ParameterizedTest
    @MethodSource("events")
    void eachEventMatchesItsSchemaAndRejectsUnknownFields(DomainEvent event) {
        ObjectNode node = JSON.valueToTree(event);
        assertThat(EventSchemas.validate(event.getClass(), node)).isEmpty();
        node.put("unexpected", 1);
        node.put("regionCode", "3207");
        assertThat(EventSchemas.validate(event.getClass(), node)).hasSize(2);
        var contract = EventContracts.of(event);
        assertThat(contract.type()).startsWith("cn.gov.lyg.enforcement.supervision.").endsWith(".v1");
        assertThat(contract.topic()).isIn(Topics.SUPERVISION_COMPLAINTS, Topics.SUPERVISION_CASES,
                Topics.SUPERVISION_ALERTS, Topics.SUPERVISION_LETTERS, Topics.SUPERVISION_REVIEWS,
                Topics.SUPERVISION_STATISTICS, Topics.SUPERVISION_ACCOUNTABILITY);
    }
}
