package cn.gov.lyg.enforcement.benchmark.check;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * The configurable numbers of the gate. 较大数额 thresholds for hearings default to the SAMR values (citizen ¥10 000,
 * organisation ¥100 000, DOMAIN.md Q9 [ASM]) and may differ per domain; the summary-procedure limits (Art. 51: ¥200 /
 * ¥3 000), on-the-spot collection (Art. 68: ¥100), hearing request window (Art. 64(1): 5 working days) and notice
 * (Art. 64(2): 7 working days) are statutory; the domains needing an economic impact assessment follow the Jiangsu plan.
 */
public record CheckSettings(BigDecimal hearingThresholdCitizen, BigDecimal hearingThresholdOrganisation,
                            Map<String, BigDecimal[]> hearingThresholdsByDomain, BigDecimal summaryLimitCitizen,
                            BigDecimal summaryLimitOrganisation, BigDecimal onTheSpotCollectionLimit,
                            int hearingRequestWorkingDays, int hearingNoticeWorkingDays,
                            Set<String> impactAssessmentDomains) {

    public static CheckSettings defaults() {
        return new CheckSettings(BigDecimal.valueOf(10_000), BigDecimal.valueOf(100_000), Map.of(),
                BigDecimal.valueOf(200), BigDecimal.valueOf(3_000), BigDecimal.valueOf(100), 5, 7,
                Set.of("EMERGENCY", "ECOLOGY", "MARKET", "HEALTH", "HOUSING_CONSTRUCTION"));
    }

    public BigDecimal hearingThreshold(String domain, PartyType party) {
        BigDecimal[] byDomain = domain == null ? null : hearingThresholdsByDomain.get(domain);
        if (byDomain != null) {
            return party.organisation() ? byDomain[1] : byDomain[0];
        }
        return party.organisation() ? hearingThresholdOrganisation : hearingThresholdCitizen;
    }

    public BigDecimal summaryLimit(PartyType party) {
        return party.organisation() ? summaryLimitOrganisation : summaryLimitCitizen;
    }
}
