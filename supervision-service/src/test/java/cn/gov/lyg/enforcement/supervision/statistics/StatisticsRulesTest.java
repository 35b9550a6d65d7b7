package cn.gov.lyg.enforcement.supervision.statistics;

import static cn.gov.lyg.enforcement.events.vocabulary.PenaltyKind.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.lyg.enforcement.events.vocabulary.CaseMilestone;
import cn.gov.lyg.enforcement.events.vocabulary.ItemType;
import cn.gov.lyg.enforcement.events.vocabulary.PenaltyKind;
import cn.gov.lyg.enforcement.events.vocabulary.RemedyOutcome;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The national counting rules of the annual statistics (DOMAIN.md §2.5.4). */
class StatisticsRulesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "WARNING, PENALTY_WARNING",
            "FINE, PENALTY_FINE",
            "FINE CONFISCATE_ILLEGAL_GAINS, PENALTY_CONFISCATION",
            "CONFISCATE_ILLEGAL_PROPERTY FINE WARNING, PENALTY_CONFISCATION",
            "FINE OTHER, PENALTY_FINE",
            "OTHER, PENALTY_OTHER",
            "WARNING REVOKE_LICENCE FINE, PENALTY_REVOKE_LICENCE",
            "RESTRICT_PRACTICE FINE, PENALTY_ORDER_CLOSURE_RESTRICT_PRACTICE",
            "ORDER_CLOSURE ORDER_SUSPEND_PRODUCTION, PENALTY_ORDER_CLOSURE_RESTRICT_PRACTICE",
            "DETENTION REVOKE_LICENCE, PENALTY_DETENTION",
            "SUSPEND_LICENCE LOWER_QUALIFICATION, PENALTY_LOWER_QUALIFICATION",
            "RESTRICT_BUSINESS SUSPEND_LICENCE, PENALTY_RESTRICT_BUSINESS",
            "CIRCULATED_CRITICISM WARNING, PENALTY_CIRCULATED_CRITICISM"})
    void aDecisionCountsOnceUnderItsHeaviestNamedKind(String kinds, StatisticsCell row) {
        List<PenaltyKind> list = java.util.Arrays.stream(kinds.split(" ")).map(PenaltyKind::valueOf).toList();
        assertThat(StatisticsRules.heaviestRow(list)).isEqualTo(row);
        assertThat(StatisticsRules.heaviestRow(List.of())).isNull();
    }

    @Test
    void everyKindHasItsRowAndTheRowsAreOrderedLightToHeavy() {
        for (PenaltyKind kind : PenaltyKind.values()) {
            assertThat(StatisticsRules.rowOf(kind).table()).isEqualTo("PENALTY");
        }
        assertThat(StatisticsCell.penaltyRows()).hasSize(12).doesNotContain(StatisticsCell.PENALTY_TOTAL);
        assertThat(StatisticsRules.rowOf(DETENTION).ordinal()).isGreaterThan(StatisticsRules.rowOf(REVOKE_LICENCE)
                .ordinal());
    }

    @Test
    void aPenaltyDecisionAddsOneToItsRowAndTheTotalAndItsAmountsExactly() {
        var c = StatisticsRules.contribution(ItemType.PENALTY, CaseMilestone.DECIDED, LocalDate.of(2025, 12, 31),
                List.of(FINE, CONFISCATE_ILLEGAL_GAINS), new BigDecimal("120000.00"), new BigDecimal("3500.51"), null);
        assertThat(c.year()).isEqualTo(2025);
        assertThat(c.counts()).containsOnly(Map.entry(StatisticsCell.PENALTY_CONFISCATION, 1L),
                Map.entry(StatisticsCell.PENALTY_TOTAL, 1L));
        assertThat(c.amountYuan()).isEqualByComparingTo("123500.51");
        assertThat(StatisticsRules.toWan(c.amountYuan())).isEqualByComparingTo("12.35");
    }

    @Test
    void otherActsRemediesAndLicensingCountInTheirOwnRows() {
        assertThat(StatisticsRules.contribution(ItemType.LICENSING, CaseMilestone.FILED, LocalDate.of(2025, 3, 1),
                null, null, null, null).counts()).containsOnly(Map.entry(StatisticsCell.LICENSING_ACCEPTED, 1L));
        assertThat(StatisticsRules.contribution(ItemType.LICENSING, CaseMilestone.DECIDED, LocalDate.of(2025, 3, 1),
                null, null, null, null).isEmpty()).isTrue();
        assertThat(StatisticsRules.contribution(ItemType.ADJUDICATION, CaseMilestone.DECIDED,
                LocalDate.of(2025, 3, 1), null, null, null, null).counts())
                .containsOnly(Map.entry(StatisticsCell.OTHER_ADJUDICATION, 1L));
        assertThat(StatisticsRules.contribution(ItemType.PENALTY, CaseMilestone.RECONSIDERATION_CONCLUDED,
                LocalDate.of(2026, 1, 5), null, null, null, RemedyOutcome.REVOKED).counts())
                .containsOnly(Map.entry(StatisticsCell.RECONSIDERATIONS, 1L),
                        Map.entry(StatisticsCell.RECONSIDERATIONS_REVERSED, 1L));
        assertThat(StatisticsRules.contribution(ItemType.PENALTY, CaseMilestone.LITIGATION_CONCLUDED,
                LocalDate.of(2026, 1, 5), null, null, null, RemedyOutcome.UPHELD).counts())
                .containsOnly(Map.entry(StatisticsCell.LITIGATIONS, 1L));
        assertThat(StatisticsRules.contribution(ItemType.PENALTY, CaseMilestone.SERVED, LocalDate.of(2026, 1, 5),
                null, null, null, null).isEmpty()).isTrue();
    }

    static StatisticsRules.Contribution decision(String on, List<PenaltyKind> kinds, String fine) {
        return StatisticsRules.contribution(ItemType.PENALTY, CaseMilestone.DECIDED, LocalDate.parse(on), kinds,
                fine == null ? null : new BigDecimal(fine), null, null);
    }

    @Test
    void aCorrectionMovingADecisionIntoAnotherYearLeavesTheOldYearAndEntersTheNewOne() {
        List<StatisticsRules.Contribution> changes = StatisticsRules.difference(
                decision("2024-12-30", List.of(FINE), "5000.00"), decision("2025-01-02", List.of(FINE), "5000.00"));
        assertThat(changes).extracting(StatisticsRules.Contribution::year).containsExactly(2024, 2025);
        assertThat(changes.get(0).counts()).containsOnly(Map.entry(StatisticsCell.PENALTY_FINE, -1L),
                Map.entry(StatisticsCell.PENALTY_TOTAL, -1L));
        assertThat(changes.get(0).amountYuan()).isEqualByComparingTo("-5000.00");
        assertThat(changes.get(1).counts()).containsOnly(Map.entry(StatisticsCell.PENALTY_FINE, 1L),
                Map.entry(StatisticsCell.PENALTY_TOTAL, 1L));
        assertThat(changes.get(1).amountYuan()).isEqualByComparingTo("5000.00");
    }

    @Test
    void aCorrectionOfTheAmountOnlyMovesTheAmountAndTheSameReportMovesNothing() {
        var before = decision("2024-06-03", List.of(FINE, WARNING), "5000.00");
        List<StatisticsRules.Contribution> changes = StatisticsRules.difference(before,
                decision("2024-06-03", List.of(FINE, WARNING), "4500.50"));
        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).counts()).isEmpty();
        assertThat(changes.get(0).amountYuan()).isEqualByComparingTo("-499.50");
        assertThat(StatisticsRules.difference(before, before)).isEmpty();
        assertThat(StatisticsRules.difference(null, before)).containsExactly(before);
    }

    @Test
    void aCorrectedRemedyOutcomeMovesOnlyTheReversedCount() {
        var upheld = StatisticsRules.contribution(ItemType.PENALTY, CaseMilestone.LITIGATION_CONCLUDED,
                LocalDate.of(2025, 5, 6), null, null, null, RemedyOutcome.UPHELD);
        var changed = StatisticsRules.contribution(ItemType.PENALTY, CaseMilestone.LITIGATION_CONCLUDED,
                LocalDate.of(2025, 5, 6), null, null, null, RemedyOutcome.CHANGED);
        assertThat(StatisticsRules.difference(upheld, changed).get(0).counts())
                .containsOnly(Map.entry(StatisticsCell.LITIGATIONS_REVERSED, 1L));
        assertThat(StatisticsRules.difference(changed, upheld).get(0).counts())
                .containsOnly(Map.entry(StatisticsCell.LITIGATIONS_REVERSED, -1L));
    }

    @Test
    void onlyInspectionsOfASpecificObjectWithARecordCount() {
        assertThat(StatisticsRules.countsAsInspection("91320706MA1Y2K3L4N", "dev-1")).isTrue();
        assertThat(StatisticsRules.countsAsInspection(null, "dev-1")).isFalse();
        assertThat(StatisticsRules.countsAsInspection("91320706MA1Y2K3L4N", " ")).isFalse();
    }

    static Map<StatisticsCell, Long> sample() {
        Map<StatisticsCell, Long> f = new EnumMap<>(StatisticsCell.class);
        for (StatisticsCell c : StatisticsCell.values()) {
            f.put(c, 0L);
        }
        // DOMAIN.md §3.7 (A12, 2025)
        f.put(StatisticsCell.PENALTY_WARNING, 30L);
        f.put(StatisticsCell.PENALTY_FINE, 412L);
        f.put(StatisticsCell.PENALTY_CONFISCATION, 58L);
        f.put(StatisticsCell.PENALTY_SUSPEND_LICENCE, 2L);
        f.put(StatisticsCell.PENALTY_ORDER_SUSPEND_PRODUCTION, 3L);
        f.put(StatisticsCell.PENALTY_ORDER_CLOSURE_RESTRICT_PRACTICE, 1L);
        f.put(StatisticsCell.PENALTY_REVOKE_LICENCE, 4L);
        f.put(StatisticsCell.PENALTY_TOTAL, 510L);
        f.put(StatisticsCell.LICENSING_APPLIED, 3200L);
        f.put(StatisticsCell.LICENSING_ACCEPTED, 3150L);
        f.put(StatisticsCell.LICENSING_GRANTED, 3090L);
        f.put(StatisticsCell.LICENSING_REFUSED, 45L);
        f.put(StatisticsCell.INSPECTIONS, 2860L);
        f.put(StatisticsCell.OFFICERS, 121L);
        f.put(StatisticsCell.CERTIFIED_OFFICERS, 118L);
        return f;
    }

    @Test
    void theSampleReportOfTheDomainIsValidAndItsHoldingRateIs97Point5() {
        assertThat(StatisticsRules.validate(sample(), new BigDecimal("386.25"))).isEmpty();
        assertThat(StatisticsRules.holdingRate(118, 121)).isEqualByComparingTo("97.5");
        assertThat(StatisticsRules.holdingRate(0, 0)).isNull();
    }

    @Test
    void validationFindsEveryBrokenRule() {
        Map<StatisticsCell, Long> f = sample();
        f.put(StatisticsCell.PENALTY_TOTAL, 509L);
        f.put(StatisticsCell.LICENSING_ACCEPTED, 3300L);
        f.put(StatisticsCell.CERTIFIED_OFFICERS, 122L);
        assertThat(StatisticsRules.validate(f, new BigDecimal("386.255")).stream().map(FieldViolation::code))
                .containsExactlyInAnyOrder("STATS_TOTAL_MISMATCH", "STATS_ACCEPTED_EXCEEDS_APPLIED",
                        "STATS_CERTIFIED_EXCEEDS_OFFICERS", "STATS_AMOUNT_SCALE");
        Map<StatisticsCell, Long> g = sample();
        g.put(StatisticsCell.LICENSING_GRANTED, 3150L);
        assertThat(StatisticsRules.validate(g, new BigDecimal("1")).stream().map(FieldViolation::code))
                .containsExactly("STATS_DECIDED_EXCEEDS_ACCEPTED");
        Map<StatisticsCell, Long> h = sample();
        h.put(StatisticsCell.PENALTY_WARNING, -1L);
        assertThat(StatisticsRules.validate(h, BigDecimal.ZERO).stream().map(FieldViolation::code))
                .containsExactly("STATS_NEGATIVE");
        assertThat(StatisticsRules.validateAmount(new BigDecimal("-0.01")).get(0).code()).isEqualTo("STATS_NEGATIVE");
        assertThat(StatisticsRules.validateAmount(new BigDecimal("386.250"))).isEmpty();
    }

    @Test
    void theDeadlineIsTheCalendarDate31JanuaryEndOfDayInShanghai() {
        assertThat(StatisticsRules.late(2025, OffsetDateTime.of(2026, 1, 31, 23, 59, 0, 0, ZoneOffset.ofHours(8))))
                .isFalse();
        assertThat(StatisticsRules.late(2025, OffsetDateTime.of(2026, 2, 1, 0, 0, 0, 0, ZoneOffset.ofHours(8))))
                .isTrue();
        assertThat(StatisticsRules.late(2025, OffsetDateTime.of(2026, 1, 31, 15, 59, 59, 0, ZoneOffset.UTC)))
                .isFalse();
        assertThat(StatisticsRules.late(2025, OffsetDateTime.of(2026, 1, 31, 16, 0, 0, 0, ZoneOffset.UTC)))
                .isTrue();
    }
}
