package cn.gov.lyg.enforcement.benchmark.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.lyg.enforcement.benchmark.benchmark.DiscretionTier;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchmarkEvaluationTest {

    private static AppliedDecision fine(String code, DiscretionTier tier, long amount, boolean within) {
        return new AppliedDecision(code, tier, BigDecimal.valueOf(amount), within, false, null);
    }

    private static AppliedDecision none(String exemption) {
        return new AppliedDecision("FIR", DiscretionTier.NO_PENALTY, null, true, true, exemption);
    }

    @Test
    void ratesDispersionAndExemptions() {
        List<AppliedDecision> ds = List.of(
                fine("FIR", DiscretionTier.STANDARD, 20_000, true),
                fine("FIR", DiscretionTier.STANDARD, 30_000, true),
                fine("FIR", DiscretionTier.STANDARD, 40_000, false),
                fine("FIR", DiscretionTier.LIGHTER, 8_000, true),
                fine("MKT", DiscretionTier.LIGHTER, 100_000, true),
                fine("MKT", DiscretionTier.LIGHTER, 100_000, true),
                none("FIRST_VIOLATION"), none("FIRST_VIOLATION"), none("MINOR_VIOLATION"), none(null));
        BenchmarkEvaluation e = BenchmarkEvaluation.of(ds, 20);
        assertThat(e.applications()).isEqualTo(10);
        assertThat(e.benchmarkShare()).isEqualByComparingTo("0.5");
        assertThat(e.deviations()).isEqualTo(1);
        assertThat(e.deviationRate()).isEqualByComparingTo("0.1");
        assertThat(e.exemptions()).containsEntry("FIRST_VIOLATION", 2).containsEntry("MINOR_VIOLATION", 1)
                .containsEntry("NONE", 1);
        assertThat(e.exemptionRate()).isEqualByComparingTo("0.4");
        // FIR/STANDARD: mean 30 000, population sd sqrt(200 000 000/3) = 8 164.97, CV 0.2722; MKT/LIGHTER: CV 0
        assertThat(e.dispersion()).hasSize(2);
        BenchmarkEvaluation.Dispersion fir = e.dispersion().get(0);
        assertThat(fir.violationCode()).isEqualTo("FIR");
        assertThat(fir.fines()).isEqualTo(3);
        assertThat(fir.mean()).isEqualByComparingTo("30000.00");
        assertThat(fir.standardDeviation()).isEqualByComparingTo("8164.97");
        assertThat(fir.coefficientOfVariation()).isEqualByComparingTo("0.2722");
        assertThat(e.dispersion().get(1).coefficientOfVariation()).isEqualByComparingTo("0");
    }

    @Test
    void withoutTheNumberOfDecisionsTheShareIsUnknown() {
        BenchmarkEvaluation e = BenchmarkEvaluation.of(List.of(fine("FIR", DiscretionTier.STANDARD, 1, true)), null);
        assertThat(e.benchmarkShare()).isNull();
        assertThat(e.dispersion()).as("a single fine has no dispersion").isEmpty();
        assertThat(BenchmarkEvaluation.of(List.of(), null).deviationRate()).isNull();
        assertThatThrownBy(() -> BenchmarkEvaluation.of(List.of(none(null), none(null)), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
