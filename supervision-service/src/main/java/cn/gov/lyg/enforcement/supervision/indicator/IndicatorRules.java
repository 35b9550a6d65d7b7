package cn.gov.lyg.enforcement.supervision.indicator;

import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The evaluation indicator system 考核评价指标体系 (DOMAIN.md §2.5.8 [ASM] design): indicators with weights summing to
 * exactly 100, held as data and versioned; each indicator's ratio 0..1 from the agency's facts of the year; the score
 * of an indicator is weight × ratio; indicators without data (no decisions, no valid survey sample, …) are not
 * assessable and the total is scaled over the assessable weights (so missing data neither rewards nor punishes).
 */
public final class IndicatorRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** One indicator of a system. */
    public record Indicator(String code, String name, BigDecimal weight, IndicatorMetric metric) {
    }

    /** The default system of DOMAIN.md §2.5.8 (10/20/15/10/10/15/10/5/5). */
    public static final List<Indicator> DEFAULT = List.of(
            new Indicator("CERT", "持证率与培训", BigDecimal.valueOf(10), IndicatorMetric.CERTIFICATE_HOLDING),
            new Indicator("REVIEW", "案卷评查", BigDecimal.valueOf(20), IndicatorMetric.CASE_FILE_REVIEW),
            new Indicator("THREE", "三项制度", BigDecimal.valueOf(15), IndicatorMetric.THREE_SYSTEMS),
            new Indicator("BENCH", "裁量基准适用", BigDecimal.valueOf(10), IndicatorMetric.BENCHMARK_DEVIATION),
            new Indicator("COMPLAINT", "投诉举报", BigDecimal.valueOf(10), IndicatorMetric.COMPLAINTS),
            new Indicator("REMEDY", "复议诉讼纠错", BigDecimal.valueOf(15), IndicatorMetric.REMEDY_REVERSAL),
            new Indicator("INSPECT", "行政检查规范", BigDecimal.valueOf(10), IndicatorMetric.INSPECTION_COMPLIANCE),
            new Indicator("STATS", "统计年报", BigDecimal.valueOf(5), IndicatorMetric.STATISTICS_TIMELINESS),
            new Indicator("SATISFY", "满意度", BigDecimal.valueOf(5), IndicatorMetric.SATISFACTION));

    private IndicatorRules() {
    }

    /** Violations of a system: at least one indicator, unique codes, weights > 0 with ≤ 2 decimals summing to 100. */
    public static List<FieldViolation> validate(List<Indicator> indicators) {
        List<FieldViolation> errors = new ArrayList<>();
        if (indicators == null || indicators.isEmpty()) {
            errors.add(FieldViolation.of("indicators", "INDICATOR_WEIGHTS_INVALID"));
            return errors;
        }
        Set<String> codes = new HashSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            if (!codes.add(indicator.code())) {
                errors.add(FieldViolation.of("indicators[" + i + "].code", "INDICATOR_DUPLICATE"));
            }
            if (indicator.metric() == null) {
                errors.add(FieldViolation.of("indicators[" + i + "].metric", "INDICATOR_METRIC_UNKNOWN"));
            }
            BigDecimal w = indicator.weight();
            if (w == null || w.signum() <= 0 || w.stripTrailingZeros().scale() > 2) {
                errors.add(FieldViolation.of("indicators[" + i + "].weight", "INDICATOR_WEIGHTS_INVALID"));
            } else {
                sum = sum.add(w);
            }
        }
        if (errors.isEmpty() && sum.compareTo(HUNDRED) != 0) {
            errors.add(FieldViolation.of("indicators", "INDICATOR_WEIGHTS_SUM"));
        }
        return errors;
    }

    /** What the platform knows about an agency's year ({@code null}: no data). */
    public record Facts(BigDecimal certificateHoldingRate, long reviews, BigDecimal reviewScoreSum,
                        long reviewsUnqualified, BigDecimal disclosureTimelyRate, BigDecimal recordingRate,
                        BigDecimal legalReviewRate, long penaltyDecisions, long benchmarkDeviations,
                        long complaintsClosed, long complaintsSubstantiated, long complaintsOverdue,
                        long decisionsReversed, boolean planLate, long inspections, long repeatedInspections,
                        String statisticsStatus, boolean statisticsDeadlinePassed, BigDecimal satisfactionRate,
                        boolean satisfactionSufficient) {
    }

    /** The ratio 0..1 of a metric, {@code null} when not assessable. */
    public static BigDecimal ratio(IndicatorMetric metric, BigDecimal weight, Facts f) {
        return switch (metric) {
            case CERTIFICATE_HOLDING -> f.certificateHoldingRate() == null ? null : percent(f.certificateHoldingRate());
            case CASE_FILE_REVIEW -> f.reviews() == 0 ? null : clamp(f.reviewScoreSum()
                    .divide(BigDecimal.valueOf(f.reviews() * 100L), 6, RoundingMode.HALF_UP)
                    .subtract(BigDecimal.valueOf(f.reviewsUnqualified()).multiply(new BigDecimal("0.1"))));
            case THREE_SYSTEMS -> mean(f.disclosureTimelyRate(), f.recordingRate(), f.legalReviewRate());
            case BENCHMARK_DEVIATION -> f.penaltyDecisions() == 0 ? null : clamp(BigDecimal.ONE.subtract(
                    share(f.benchmarkDeviations(), f.penaltyDecisions())));
            case COMPLAINTS -> f.complaintsClosed() == 0 ? BigDecimal.ONE : clamp(BigDecimal.ONE
                    .subtract(share(f.complaintsSubstantiated(), f.complaintsClosed()).multiply(new BigDecimal("0.5")))
                    .subtract(share(Math.min(f.complaintsOverdue(), f.complaintsClosed()), f.complaintsClosed())
                            .multiply(new BigDecimal("0.5"))));
            case REMEDY_REVERSAL -> clamp(weight.subtract(BigDecimal.valueOf(2L * f.decisionsReversed()))
                    .divide(weight, 6, RoundingMode.HALF_UP));
            case INSPECTION_COMPLIANCE -> clamp(BigDecimal.ONE
                    .subtract(f.planLate() ? new BigDecimal("0.5") : BigDecimal.ZERO)
                    .subtract(share(Math.min(f.repeatedInspections(), Math.max(1, f.inspections())),
                            Math.max(1, f.inspections())).multiply(new BigDecimal("0.5"))));
            case STATISTICS_TIMELINESS -> statistics(f.statisticsStatus(), f.statisticsDeadlinePassed());
            case SATISFACTION -> f.satisfactionSufficient() && f.satisfactionRate() != null
                    ? percent(f.satisfactionRate()) : null;
        };
    }

    static BigDecimal statistics(String status, boolean deadlinePassed) {
        if (status == null || status.equals("DRAFT") || status.equals("VALIDATED")) {
            return deadlinePassed ? BigDecimal.ZERO : null;
        }
        return status.equals("LATE") ? new BigDecimal("0.5") : BigDecimal.ONE;
    }

    /** One scored indicator. */
    public record Score(String code, String name, IndicatorMetric metric, BigDecimal weight, BigDecimal ratio,
                        BigDecimal points) {
    }

    public static List<Score> score(List<Indicator> indicators, Facts facts) {
        List<Score> scores = new ArrayList<>();
        for (Indicator i : indicators) {
            BigDecimal ratio = ratio(i.metric(), i.weight(), facts);
            scores.add(new Score(i.code(), i.name(), i.metric(), i.weight(),
                    ratio == null ? null : ratio.setScale(4, RoundingMode.HALF_UP),
                    ratio == null ? null : i.weight().multiply(ratio).setScale(2, RoundingMode.HALF_UP)));
        }
        return scores;
    }

    /** Σ points scaled to 100 over the assessable weights; {@code null} when nothing is assessable. */
    public static BigDecimal total(List<Score> scores) {
        BigDecimal weights = BigDecimal.ZERO;
        BigDecimal points = BigDecimal.ZERO;
        for (Score s : scores) {
            if (s.points() != null) {
                weights = weights.add(s.weight());
                points = points.add(s.points());
            }
        }
        return weights.signum() == 0 ? null : points.multiply(HUNDRED).divide(weights, 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal percent(BigDecimal rate) {
        return clamp(rate.divide(HUNDRED, 6, RoundingMode.HALF_UP));
    }

    private static BigDecimal share(long part, long whole) {
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 6, RoundingMode.HALF_UP);
    }

    private static BigDecimal mean(BigDecimal... rates) {
        BigDecimal sum = BigDecimal.ZERO;
        int n = 0;
        for (BigDecimal r : rates) {
            if (r != null) {
                sum = sum.add(percent(r));
                n++;
            }
        }
        return n == 0 ? null : sum.divide(BigDecimal.valueOf(n), 6, RoundingMode.HALF_UP);
    }

    private static BigDecimal clamp(BigDecimal ratio) {
        if (ratio.signum() < 0) {
            return BigDecimal.ZERO;
        }
        return ratio.compareTo(BigDecimal.ONE) > 0 ? BigDecimal.ONE : ratio;
    }
}
