package cn.gov.lyg.enforcement.benchmark.evaluation;

import cn.gov.lyg.enforcement.benchmark.benchmark.DiscretionTier;
import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * 基准实施评估 of one agency and period (DOMAIN.md §2.2.2 [ASM metric set]): the share of penalty decisions recorded
 * against a benchmark (when the number of decisions is known from the case register), the deviation rate, the
 * dispersion of fines for the same violation and tier (同案不同罚: coefficient of variation = population standard
 * deviation / mean, for groups of at least two fines) and the use of each no-penalty ground.
 */
public record BenchmarkEvaluation(int applications, Integer totalDecisions, BigDecimal benchmarkShare, int deviations,
                                  BigDecimal deviationRate, List<Dispersion> dispersion, Map<String, Integer> exemptions,
                                  BigDecimal exemptionRate) {

    private static final MathContext MC = MathContext.DECIMAL64;

    /** Fines of one violation code and recommended tier. */
    public record Dispersion(String violationCode, DiscretionTier tier, int fines,
                             @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal mean,
                             @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal standardDeviation,
                             BigDecimal coefficientOfVariation) {
    }

    public static BenchmarkEvaluation of(List<AppliedDecision> decisions, Integer totalDecisions) {
        if (totalDecisions != null && totalDecisions < decisions.size()) {
            throw new IllegalArgumentException("totalDecisions " + totalDecisions + " is below the " + decisions.size()
                    + " recorded applications");
        }
        int n = decisions.size();
        int deviations = (int) decisions.stream().filter(d -> !d.withinRecommended()).count();
        Map<String, Integer> exemptions = new TreeMap<>();
        decisions.stream().filter(AppliedDecision::noPenalty)
                .forEach(d -> exemptions.merge(d.exemption() == null ? "NONE" : d.exemption(), 1, Integer::sum));
        int exempted = exemptions.values().stream().mapToInt(Integer::intValue).sum();
        Map<String, List<AppliedDecision>> groups = decisions.stream()
                .filter(d -> d.fine() != null && d.fine().signum() > 0 && d.recommendedTier() != null)
                .collect(Collectors.groupingBy(d -> d.violationCode() + "|" + d.recommendedTier(), TreeMap::new,
                        Collectors.toList()));
        List<Dispersion> dispersion = new ArrayList<>();
        for (List<AppliedDecision> group : groups.values()) {
            if (group.size() < 2) {
                continue;
            }
            BigDecimal sum = group.stream().map(AppliedDecision::fine).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal mean = sum.divide(BigDecimal.valueOf(group.size()), MC);
            BigDecimal squares = group.stream().map(d -> d.fine().subtract(mean).pow(2))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal sd = squares.divide(BigDecimal.valueOf(group.size()), MC).sqrt(MC);
            dispersion.add(new Dispersion(group.get(0).violationCode(), group.get(0).recommendedTier(), group.size(),
                    mean.setScale(2, RoundingMode.HALF_UP), sd.setScale(2, RoundingMode.HALF_UP),
                    sd.divide(mean, MC).setScale(4, RoundingMode.HALF_UP)));
        }
        dispersion.sort(Comparator.comparing(Dispersion::coefficientOfVariation).reversed());
        return new BenchmarkEvaluation(n, totalDecisions, ratio(n, totalDecisions), deviations, ratio(deviations, n),
                dispersion, exemptions, ratio(exempted, n));
    }

    private static BigDecimal ratio(int part, Integer whole) {
        if (whole == null || whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
