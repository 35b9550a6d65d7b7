package cn.gov.lyg.enforcement.supervision.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Weights as data summing to 100, each metric's ratio, the total over the assessable indicators. */
class IndicatorRulesTest {

    static IndicatorRules.Facts facts(long reversed, String statistics, boolean deadlinePassed, boolean sample) {
        return new IndicatorRules.Facts(new BigDecimal("97.5"), 4, new BigDecimal("340.0"), 1,
                new BigDecimal("80.00"), new BigDecimal("100.00"), null, 100, 5, 10, 2, 1, reversed, true, 50, 5,
                statistics, deadlinePassed, new BigDecimal("90.0"), sample);
    }

    @Test
    void theDefaultSystemIsValidAndSumsTo100() {
        assertThat(IndicatorRules.validate(IndicatorRules.DEFAULT)).isEmpty();
        assertThat(IndicatorRules.DEFAULT.stream().map(IndicatorRules.Indicator::weight)
                .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("100");
    }

    @Test
    void aSystemMustSumToExactly100WithPositiveWeightsAndUniqueCodes() {
        var a = new IndicatorRules.Indicator("A", "a", new BigDecimal("60.5"), IndicatorMetric.COMPLAINTS);
        var b = new IndicatorRules.Indicator("B", "b", new BigDecimal("39.49"), IndicatorMetric.SATISFACTION);
        assertThat(IndicatorRules.validate(List.of(a, b))).extracting(FieldViolation::code)
                .containsExactly("INDICATOR_WEIGHTS_SUM");
        var c = new IndicatorRules.Indicator("A", "c", new BigDecimal("39.5"), IndicatorMetric.SATISFACTION);
        assertThat(IndicatorRules.validate(List.of(a, c))).extracting(FieldViolation::code)
                .containsExactly("INDICATOR_DUPLICATE");
        var d = new IndicatorRules.Indicator("D", "d", new BigDecimal("-39.5"), IndicatorMetric.SATISFACTION);
        var e = new IndicatorRules.Indicator("E", "e", new BigDecimal("0.001"), null);
        assertThat(IndicatorRules.validate(List.of(a, d, e))).extracting(FieldViolation::code)
                .containsExactly("INDICATOR_WEIGHTS_INVALID", "INDICATOR_METRIC_UNKNOWN", "INDICATOR_WEIGHTS_INVALID");
        assertThat(IndicatorRules.validate(List.of(a, new IndicatorRules.Indicator("B", "b", new BigDecimal("39.50"),
                IndicatorMetric.SATISFACTION)))).isEmpty();
    }

    @Test
    void eachMetricBecomesARatio() {
        IndicatorRules.Facts f = facts(3, "SUBMITTED", true, true);
        BigDecimal w = BigDecimal.TEN;
        assertThat(IndicatorRules.ratio(IndicatorMetric.CERTIFICATE_HOLDING, w, f)).isEqualByComparingTo("0.975");
        assertThat(IndicatorRules.ratio(IndicatorMetric.CASE_FILE_REVIEW, w, f)).isEqualByComparingTo("0.75");
        assertThat(IndicatorRules.ratio(IndicatorMetric.THREE_SYSTEMS, w, f)).isEqualByComparingTo("0.9");
        assertThat(IndicatorRules.ratio(IndicatorMetric.BENCHMARK_DEVIATION, w, f)).isEqualByComparingTo("0.95");
        assertThat(IndicatorRules.ratio(IndicatorMetric.COMPLAINTS, w, f)).isEqualByComparingTo("0.85");
        assertThat(IndicatorRules.ratio(IndicatorMetric.REMEDY_REVERSAL, new BigDecimal("15"), f))
                .isEqualByComparingTo("0.6");
        assertThat(IndicatorRules.ratio(IndicatorMetric.REMEDY_REVERSAL, new BigDecimal("15"), facts(8, null,
                false, true))).isEqualByComparingTo("0");
        assertThat(IndicatorRules.ratio(IndicatorMetric.INSPECTION_COMPLIANCE, w, f)).isEqualByComparingTo("0.45");
        assertThat(IndicatorRules.ratio(IndicatorMetric.STATISTICS_TIMELINESS, w, f)).isEqualByComparingTo("1");
        assertThat(IndicatorRules.ratio(IndicatorMetric.STATISTICS_TIMELINESS, w, facts(0, "LATE", true, true)))
                .isEqualByComparingTo("0.5");
        assertThat(IndicatorRules.ratio(IndicatorMetric.STATISTICS_TIMELINESS, w, facts(0, null, true, true)))
                .isEqualByComparingTo("0");
        assertThat(IndicatorRules.ratio(IndicatorMetric.STATISTICS_TIMELINESS, w, facts(0, "DRAFT", false, true)))
                .isNull();
        assertThat(IndicatorRules.ratio(IndicatorMetric.SATISFACTION, w, f)).isEqualByComparingTo("0.9");
        assertThat(IndicatorRules.ratio(IndicatorMetric.SATISFACTION, w, facts(0, null, false, false))).isNull();
    }

    @Test
    void theTotalIsScaledOverTheAssessableIndicators() {
        var scores = IndicatorRules.score(IndicatorRules.DEFAULT, facts(3, null, false, false));
        // statistics (5) and satisfaction (5) are not assessable: the total is over 90 weight points
        BigDecimal points = scores.stream().filter(s -> s.points() != null).map(IndicatorRules.Score::points)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(scores.stream().filter(s -> s.points() == null)).hasSize(2);
        assertThat(IndicatorRules.total(scores)).isEqualByComparingTo(points.multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(90), 2, java.math.RoundingMode.HALF_UP));
        // 9.75 + 15 + 13.5 + 9.5 + 8.5 + 9 + 4.5
        assertThat(points).isEqualByComparingTo("69.75");
        assertThat(IndicatorRules.total(scores)).isEqualByComparingTo("77.50");
    }
}
