package cn.gov.lyg.enforcement.inspection.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Rules of the economic impact assessment 涉企行政执法案件经济影响评估 (Jiangsu plan; DOMAIN.md §2.3.2, Q12 [ASM]):
 * <ul>
 *   <li><b>trigger</b>: mandatory before the decision when the domain is one of the assessed domains (default
 *       应急管理 EMERGENCY, 生态环境 ECOLOGY, 食品药品 MARKET, 工程建设 HOUSING_CONSTRUCTION) and a heavy measure is
 *       proposed or the fine reaches the 较大数额 threshold for organisations (default ¥100 000);</li>
 *   <li><b>risk level</b> from the indicators: HIGH with closure or licence revocation, ≥ 300 employees affected,
 *       ≥ 30 production days lost or ≥ 30 % of revenue affected; MEDIUM with ≥ 50 employees, ≥ 7 days, ≥ 10 %,
 *       contracts at risk, financing or supply-chain impact; LOW otherwise. The assessor may state a higher level,
 *       never a lower one ({@code RISK_LEVEL_UNDERSTATED});</li>
 *   <li><b>mitigations</b>: at least one for HIGH ({@code MITIGATION_REQUIRED}); instalment and deferral only with a
 *       fine ({@code MITIGATION_NOT_APPLICABLE}).</li>
 * </ul>
 */
public final class ImpactRules {

    private final Set<String> domains;
    private final BigDecimal fineThreshold;

    public ImpactRules(Set<String> domains, BigDecimal fineThreshold) {
        this.domains = Set.copyOf(domains);
        this.fineThreshold = fineThreshold;
    }

    public static ImpactRules defaults() {
        return new ImpactRules(Set.of("EMERGENCY", "ECOLOGY", "MARKET", "HOUSING_CONSTRUCTION"),
                BigDecimal.valueOf(100_000));
    }

    public Set<String> domains() {
        return domains;
    }

    /** Whether the assessment is mandatory before the decision. */
    public boolean required(String domain, Collection<ProposedMeasure> measures, BigDecimal fine) {
        if (domain == null || !domains.contains(domain)) {
            return false;
        }
        return measures.stream().anyMatch(ProposedMeasure::heavy)
                || fine != null && fine.compareTo(fineThreshold) >= 0;
    }

    /** The level the indicators give. */
    public RiskLevel riskLevel(Indicators i, Collection<ProposedMeasure> measures) {
        Indicators x = i == null ? new Indicators(null, null, null, null, null, null) : i;
        if (measures.contains(ProposedMeasure.ORDER_CLOSURE) || measures.contains(ProposedMeasure.REVOKE_LICENCE)
                || x.employees() >= 300 || x.days() >= 30 || x.share().compareTo(BigDecimal.valueOf(30)) >= 0) {
            return RiskLevel.HIGH;
        }
        if (x.employees() >= 50 || x.days() >= 7 || x.share().compareTo(BigDecimal.TEN) >= 0 || x.contracts() > 0
                || Boolean.TRUE.equals(x.financingImpact()) || Boolean.TRUE.equals(x.supplyChainImpact())) {
            return RiskLevel.MEDIUM;
        }
        return RiskLevel.LOW;
    }

    /** Rule codes against the assessment's content (empty when it may be submitted). */
    public List<String> check(Collection<ProposedMeasure> measures, BigDecimal fine, Indicators indicators,
                              RiskLevel stated, Collection<Mitigation> mitigations) {
        List<String> codes = new ArrayList<>();
        if (measures == null || measures.isEmpty()) {
            codes.add("MEASURES_REQUIRED");
            return codes;
        }
        if (fine != null && (fine.signum() < 0 || fine.scale() > 2)) {
            codes.add("AMOUNT_INVALID");
        }
        if (measures.contains(ProposedMeasure.FINE) != (fine != null && fine.signum() > 0)) {
            codes.add("FINE_MEASURE_MISMATCH");
        }
        if (indicators == null) {
            codes.add("INDICATORS_REQUIRED");
            return codes;
        }
        if (negative(indicators.employeesAffected()) || negative(indicators.productionDaysLost())
                || negative(indicators.contractsAtRisk()) || indicators.revenueShareAffected() != null
                && (indicators.revenueShareAffected().signum() < 0
                || indicators.revenueShareAffected().compareTo(BigDecimal.valueOf(100)) > 0)) {
            codes.add("INDICATOR_INVALID");
        }
        RiskLevel computed = riskLevel(indicators, measures);
        RiskLevel level = stated == null ? computed : stated;
        if (stated != null && stated.compareTo(computed) < 0) {
            codes.add("RISK_LEVEL_UNDERSTATED");
        }
        Collection<Mitigation> m = mitigations == null ? List.of() : mitigations;
        if (level == RiskLevel.HIGH && m.isEmpty()) {
            codes.add("MITIGATION_REQUIRED");
        }
        if (m.stream().anyMatch(Mitigation::needsFine) && !measures.contains(ProposedMeasure.FINE)) {
            codes.add("MITIGATION_NOT_APPLICABLE");
        }
        return codes;
    }

    private static boolean negative(Integer n) {
        return n != null && n < 0;
    }
}
