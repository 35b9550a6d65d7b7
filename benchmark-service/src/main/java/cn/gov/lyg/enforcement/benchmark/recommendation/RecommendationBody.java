package cn.gov.lyg.enforcement.benchmark.recommendation;

import cn.gov.lyg.enforcement.benchmark.benchmark.CircumstanceLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * The facts of a case as a case-handling system sends them: the entry (by id, or violation code + agency), the
 * circumstance level and factors, the base amount, the dates, and the party (for the first-violation look-back).
 * {@code agencyCode} is required with an integration token (it carries no agency) and must match the caller's agency
 * otherwise.
 */
public record RecommendationBody(String entryId, String violationCode, String agencyCode,
                                 CircumstanceLevel circumstanceLevel, Set<String> factors,
                                 Map<String, BigDecimal> factorScores, BigDecimal baseAmount, LocalDate violationDate,
                                 LocalDate violationEndDate, LocalDate discoveryDate, LocalDate decisionDate,
                                 boolean lifeHealthOrFinancialHarm, String partyId) {

    RecommendationRequest toRequest() {
        return new RecommendationRequest(circumstanceLevel, factors, factorScores, baseAmount, violationDate,
                violationEndDate, discoveryDate, decisionDate, lifeHealthOrFinancialHarm, null);
    }
}
