package cn.gov.lyg.enforcement.inspection.assessment;

import static cn.gov.lyg.enforcement.inspection.assessment.ProposedMeasure.FINE;
import static cn.gov.lyg.enforcement.inspection.assessment.ProposedMeasure.ORDER_CLOSURE;
import static cn.gov.lyg.enforcement.inspection.assessment.ProposedMeasure.ORDER_SUSPEND_PRODUCTION;
import static cn.gov.lyg.enforcement.inspection.assessment.ProposedMeasure.SEAL_SEIZE_GOODS;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImpactRulesTest {

    private final ImpactRules rules = ImpactRules.defaults();

    private static Indicators ind(Integer employees, Integer days, String share, Integer contracts, Boolean financing) {
        return new Indicators(employees, days, share == null ? null : new BigDecimal(share), contracts, financing, null);
    }

    @Test
    void heavyMeasuresOrLargeFinesInTheFourDomainsNeedAnAssessment() {
        assertThat(rules.required("ECOLOGY", List.of(ORDER_SUSPEND_PRODUCTION), null)).isTrue();
        assertThat(rules.required("EMERGENCY", List.of(FINE), new BigDecimal("100000.00"))).isTrue();
        assertThat(rules.required("EMERGENCY", List.of(FINE), new BigDecimal("99999.99"))).isFalse();
        assertThat(rules.required("HOUSING_CONSTRUCTION", List.of(SEAL_SEIZE_GOODS), null)).isFalse();
        assertThat(rules.required("MARKET", List.of(ORDER_CLOSURE), null)).isTrue();
        assertThat(rules.required("TRANSPORT", List.of(ORDER_CLOSURE), null)).isFalse();
        assertThat(rules.required(null, List.of(ORDER_CLOSURE), null)).isFalse();
    }

    @Test
    void theIndicatorsGiveTheRiskLevel() {
        assertThat(rules.riskLevel(ind(5, 2, "3", 0, false), List.of(FINE))).isEqualTo(RiskLevel.LOW);
        assertThat(rules.riskLevel(ind(50, 0, null, null, null), List.of(FINE))).isEqualTo(RiskLevel.MEDIUM);
        assertThat(rules.riskLevel(ind(0, 7, null, null, null), List.of(FINE))).isEqualTo(RiskLevel.MEDIUM);
        assertThat(rules.riskLevel(ind(0, 0, "10", null, null), List.of(FINE))).isEqualTo(RiskLevel.MEDIUM);
        assertThat(rules.riskLevel(ind(0, 0, null, 1, null), List.of(FINE))).isEqualTo(RiskLevel.MEDIUM);
        assertThat(rules.riskLevel(ind(0, 0, null, null, true), List.of(FINE))).isEqualTo(RiskLevel.MEDIUM);
        assertThat(rules.riskLevel(ind(300, 0, null, null, null), List.of(FINE))).isEqualTo(RiskLevel.HIGH);
        assertThat(rules.riskLevel(ind(0, 30, null, null, null), List.of(FINE))).isEqualTo(RiskLevel.HIGH);
        assertThat(rules.riskLevel(ind(0, 0, "30", null, null), List.of(FINE))).isEqualTo(RiskLevel.HIGH);
        assertThat(rules.riskLevel(ind(0, 0, null, null, null), List.of(ORDER_CLOSURE))).isEqualTo(RiskLevel.HIGH);
        assertThat(rules.riskLevel(null, List.of(FINE))).isEqualTo(RiskLevel.LOW);
    }

    @Test
    void aHighRiskNeedsAMitigationAndTheLevelMayNotBeUnderstated() {
        Indicators high = ind(320, 45, "35", 4, true);
        assertThat(rules.check(List.of(ORDER_SUSPEND_PRODUCTION, FINE), new BigDecimal("500000.00"), high, null,
                List.of())).containsExactly("MITIGATION_REQUIRED");
        assertThat(rules.check(List.of(ORDER_SUSPEND_PRODUCTION, FINE), new BigDecimal("500000.00"), high,
                RiskLevel.MEDIUM, List.of(Mitigation.INSTALMENT_PAYMENT))).containsExactly("RISK_LEVEL_UNDERSTATED");
        assertThat(rules.check(List.of(ORDER_SUSPEND_PRODUCTION, FINE), new BigDecimal("500000.00"), high,
                RiskLevel.HIGH, List.of(Mitigation.INSTALMENT_PAYMENT))).isEmpty();
        assertThat(rules.check(List.of(ORDER_SUSPEND_PRODUCTION), null, ind(1, 1, null, null, null), RiskLevel.HIGH,
                List.of(Mitigation.DEFERRED_PAYMENT))).containsExactly("MITIGATION_NOT_APPLICABLE");
        assertThat(rules.check(List.of(ORDER_SUSPEND_PRODUCTION), null, ind(1, 1, null, null, null), RiskLevel.HIGH,
                List.of(Mitigation.RECTIFICATION_INSTEAD_OF_SUSPENSION))).isEmpty();
    }

    @Test
    void badInputIsNamed() {
        assertThat(rules.check(List.of(), null, ind(1, 1, null, null, null), null, null))
                .containsExactly("MEASURES_REQUIRED");
        assertThat(rules.check(List.of(FINE), new BigDecimal("1.005"), ind(1, 1, null, null, null), null, null))
                .contains("AMOUNT_INVALID");
        assertThat(rules.check(List.of(FINE), null, ind(1, 1, null, null, null), null, null))
                .contains("FINE_MEASURE_MISMATCH");
        assertThat(rules.check(List.of(ORDER_CLOSURE), new BigDecimal("10.00"), ind(1, 1, null, null, null),
                RiskLevel.HIGH, List.of(Mitigation.OTHER))).contains("FINE_MEASURE_MISMATCH");
        assertThat(rules.check(List.of(ORDER_CLOSURE), null, null, null, null)).containsExactly("INDICATORS_REQUIRED");
        assertThat(rules.check(List.of(ORDER_CLOSURE), null, ind(-1, 1, "101", null, null), RiskLevel.HIGH,
                List.of(Mitigation.LIVE_SEAL))).containsExactly("INDICATOR_INVALID");
    }
}
