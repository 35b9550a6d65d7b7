package cn.gov.lyg.enforcement.benchmark.recommendation;

import cn.gov.lyg.enforcement.benchmark.benchmark.CircumstanceLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the case-handling system knows at recommendation time. {@code violationEndDate} is the end of a continuing act
 * (null = the act is a single day); {@code discoveryDate} when the agency discovered it (Art. 36); {@code factorScores}
 * only for Model C (0–1 per weighted factor); {@code priorDecisions} the party's earlier recorded decisions.
 */
public record RecommendationRequest(CircumstanceLevel circumstanceLevel, Set<String> factors,
                                    Map<String, BigDecimal> factorScores, BigDecimal baseAmount,
                                    LocalDate violationDate, LocalDate violationEndDate, LocalDate discoveryDate,
                                    LocalDate decisionDate, boolean lifeHealthOrFinancialHarm,
                                    List<PriorDecision> priorDecisions) {

    public RecommendationRequest {
        factors = factors == null ? Set.of() : Set.copyOf(factors);
        factorScores = factorScores == null ? Map.of() : Map.copyOf(factorScores);
        priorDecisions = priorDecisions == null ? List.of() : List.copyOf(priorDecisions);
    }

    public static RecommendationRequest simple(CircumstanceLevel level, Set<String> factors, BigDecimal base,
                                               LocalDate violationDate, LocalDate decisionDate) {
        return new RecommendationRequest(level, factors, Map.of(), base, violationDate, null, null, decisionDate, false,
                List.of());
    }

    /** The day the limitation period and the law in force are counted from: the act, or its end. */
    public LocalDate actDate() {
        return violationEndDate != null ? violationEndDate : violationDate;
    }

    public RecommendationRequest withPriorDecisions(List<PriorDecision> priors) {
        return new RecommendationRequest(circumstanceLevel, factors, factorScores, baseAmount, violationDate,
                violationEndDate, discoveryDate, decisionDate, lifeHealthOrFinancialHarm, priors);
    }
}
