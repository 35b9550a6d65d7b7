package cn.gov.lyg.enforcement.supervision.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.lyg.enforcement.events.EventSchemas;
import cn.gov.lyg.enforcement.events.supervision.AnnualStatisticsPublished;
import cn.gov.lyg.enforcement.events.vocabulary.CaseMilestone;
import cn.gov.lyg.enforcement.events.vocabulary.ItemType;
import cn.gov.lyg.enforcement.events.vocabulary.PenaltyKind;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.InvalidTransitionException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The report's life: tally → computed figures → overrides with reasons → validation → submission → publication. */
class AnnualStatisticsTest {

    static final String A12 = "11320706300200020C";
    static final Instant NOW = Instant.parse("2026-01-20T02:00:00Z");

    static StatisticsTally tally() {
        StatisticsTally t = StatisticsTally.empty(A12, "320706", 2025);
        t.apply("e1", StatisticsRules.contribution(ItemType.PENALTY, CaseMilestone.DECIDED,
                LocalDate.of(2025, 5, 1), List.of(PenaltyKind.FINE), new BigDecimal("5000.00"), null, null));
        t.apply("e2", StatisticsRules.contribution(ItemType.PENALTY, CaseMilestone.DECIDED,
                LocalDate.of(2025, 6, 1), List.of(PenaltyKind.FINE, PenaltyKind.CONFISCATE_ILLEGAL_GAINS),
                new BigDecimal("20000.00"), new BigDecimal("1234.56"), null));
        assertThat(t.apply("e2", StatisticsRules.contribution(ItemType.PENALTY, CaseMilestone.DECIDED,
                LocalDate.of(2025, 6, 1), List.of(PenaltyKind.WARNING), null, null, null))).isFalse();
        return t;
    }

    @Test
    void aRedeliveredEventIsCountedOnce() {
        StatisticsTally t = tally();
        assertThat(t.count(StatisticsCell.PENALTY_TOTAL)).isEqualTo(2);
        assertThat(t.count(StatisticsCell.PENALTY_FINE)).isEqualTo(1);
        assertThat(t.count(StatisticsCell.PENALTY_CONFISCATION)).isEqualTo(1);
        assertThat(t.count(StatisticsCell.PENALTY_WARNING)).isZero();
        assertThat(t.getAmountYuan()).isEqualByComparingTo("26234.56");
    }

    @Test
    void computedFiguresOverridesValidationSubmissionAndPublication() {
        AnnualStatistics s = AnnualStatistics.open(A12, "320706", 2025);
        s.recompute(tally(), 10, 9, LocalDate.of(2025, 12, 31), NOW, "hz-admin");
        assertThat(s.figures().get(StatisticsCell.PENALTY_TOTAL)).isEqualTo(2);
        assertThat(s.amountWan()).isEqualByComparingTo("2.62");
        assertThat(s.holdingRate()).isEqualByComparingTo("90.0");
        s.validate(null, "hz-admin");
        assertThat(s.getStatus()).isEqualTo(StatisticsStatus.VALIDATED);

        assertThatThrownBy(() -> s.override("LICENSING_APPLIED", 5L, null, " ", "a", NOW))
                .isInstanceOf(ApiException.class).extracting("code").isEqualTo("STATS_OVERRIDE_REASON_REQUIRED");
        assertThatThrownBy(() -> s.override(AnnualStatistics.AMOUNT_CELL, null, new BigDecimal("2.625"), "r", "a",
                NOW)).isInstanceOf(ApiException.class).extracting("code").isEqualTo("STATS_INVALID");
        assertThatThrownBy(() -> s.override("NO_SUCH_CELL", 1L, null, "r", "a", NOW))
                .isInstanceOf(ApiException.class).extracting("code").isEqualTo("STATS_CELL_UNKNOWN");
        s.override("PENALTY_WARNING", 1L, null, "纸质案卷补录", "hz-admin", NOW);
        assertThat(s.getStatus()).isEqualTo(StatisticsStatus.DRAFT);
        assertThatThrownBy(() -> s.validate(null, "a")).isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(((ApiException) e).errors()).extracting("code")
                        .containsExactly("STATS_TOTAL_MISMATCH"));
        s.override("PENALTY_TOTAL", 3L, null, "纸质案卷补录", "hz-admin", NOW);
        s.override(AnnualStatistics.AMOUNT_CELL, null, new BigDecimal("2.70"), "含纸质案卷罚没款", "hz-admin", NOW);
        assertThat(s.amountWan()).isEqualByComparingTo("2.70");
        assertThat(s.overriddenCells()).containsExactlyInAnyOrder("PENALTY_WARNING", "PENALTY_TOTAL",
                AnnualStatistics.AMOUNT_CELL);
        s.validate("总体情况说明", "hz-admin");

        assertThatThrownBy(() -> s.submit(OffsetDateTime.of(2025, 12, 31, 9, 0, 0, 0, ZoneOffset.ofHours(8)), "l",
                NOW)).isInstanceOf(ApiException.class).extracting("code").isEqualTo("STATS_YEAR_NOT_ENDED");
        s.submit(OffsetDateTime.of(2026, 1, 31, 23, 59, 0, 0, ZoneOffset.ofHours(8)), "hz-leader", NOW);
        assertThat(s.getStatus()).isEqualTo(StatisticsStatus.SUBMITTED);
        assertThat(s.isLate()).isFalse();
        assertThatThrownBy(() -> s.override("PENALTY_WARNING", 2L, null, "r", "a", NOW))
                .isInstanceOf(InvalidTransitionException.class);

        s.publish("https://www.lyg.gov.cn/tjnb/2025", OffsetDateTime.of(2026, 2, 2, 9, 0, 0, 0,
                ZoneOffset.ofHours(8)), NOW);
        assertThat(s.getStatus()).isEqualTo(StatisticsStatus.PUBLISHED);
        AnnualStatisticsPublished event = (AnnualStatisticsPublished) s.pendingEvents().get(1);
        assertThat(event.figures()).containsEntry("PENALTY_TOTAL", 3L).containsEntry("PENALTY_WARNING", 1L);
        assertThat(event.finesAndConfiscations()).isEqualTo("2.70");
        assertThat(event.certificateHoldingRate()).isEqualTo("90.0");
        JsonMapper json = JsonMapper.builder().build();
        assertThat(EventSchemas.validate(AnnualStatisticsPublished.class, json.valueToTree(event))).isEmpty();
    }

    @Test
    void aSubmissionAfter31JanuaryIsLate() {
        AnnualStatistics s = AnnualStatistics.open(A12, "320706", 2025);
        s.recompute(null, 0, 0, LocalDate.of(2025, 12, 31), NOW, "a");
        s.validate(null, "a");
        s.submit(OffsetDateTime.of(2026, 2, 1, 0, 0, 1, 0, ZoneOffset.ofHours(8)), "l", NOW);
        assertThat(s.getStatus()).isEqualTo(StatisticsStatus.LATE);
        assertThat(s.allowed()).containsExactly("publish");
    }
}
