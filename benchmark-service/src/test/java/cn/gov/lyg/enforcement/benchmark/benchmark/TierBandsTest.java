package cn.gov.lyg.enforcement.benchmark.benchmark;

import cn.gov.lyg.enforcement.events.vocabulary.PenaltyKind;
import static cn.gov.lyg.enforcement.benchmark.benchmark.Entries.range;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The tier bands of DOMAIN.md §3.4, computed, not copied. */
class TierBandsTest {

    private static TierBands bands(BenchmarkEntry e, ComputationModel m, Long base) {
        return TierBands.of(e, m, base == null ? null : BigDecimal.valueOf(base));
    }

    @Test
    void fir6013ModelA() {
        TierBands b = bands(Entries.fir6013(), ComputationModel.A, null);
        assertThat(b.band(DiscretionTier.LIGHTER)).contains(range(5_000, 18_500));
        assertThat(b.band(DiscretionTier.STANDARD)).contains(range(18_500, 36_500));
        assertThat(b.band(DiscretionTier.HEAVIER)).contains(range(36_500, 50_000));
        assertThat(b.band(DiscretionTier.MITIGATED)).contains(range(0, 5_000));
    }

    @Test
    void eco992AndEco1081ModelA() {
        TierBands b = bands(Entries.eco992(), ComputationModel.A, null);
        assertThat(b.band(DiscretionTier.LIGHTER)).contains(range(100_000, 370_000));
        assertThat(b.band(DiscretionTier.STANDARD)).contains(range(370_000, 730_000));
        assertThat(b.band(DiscretionTier.HEAVIER)).contains(range(730_000, 1_000_000));
        TierBands c = bands(Entries.eco1081(), ComputationModel.A, null);
        assertThat(c.band(DiscretionTier.LIGHTER)).contains(range(20_000, 74_000));
        assertThat(c.band(DiscretionTier.STANDARD)).contains(range(74_000, 146_000));
        assertThat(c.band(DiscretionTier.HEAVIER)).contains(range(146_000, 200_000));
    }

    @ParameterizedTest
    @CsvSource({
        "8000, 5000, 18500, 18500, 36500, 36500, 50000",
        "20000, 100000, 130000, 130000, 170000, 170000, 200000",
        "10000, 50000, 65000, 65000, 85000, 85000, 100000",
        "9999.99, 5000, 18500, 18500, 36500, 36500, 50000"})
    void mkt12512BranchedModelA(BigDecimal value, long l1, long l2, long s1, long s2, long h1, long h2) {
        TierBands b = TierBands.of(Entries.mkt12512(), ComputationModel.A, value);
        assertThat(b.band(DiscretionTier.LIGHTER)).contains(range(l1, l2));
        assertThat(b.band(DiscretionTier.STANDARD)).contains(range(s1, s2));
        assertThat(b.band(DiscretionTier.HEAVIER)).contains(range(h1, h2));
    }

    @Test
    void urb426MaxOnlyModelAAndB() {
        TierBands a = bands(Entries.urb426(), ComputationModel.A, null);
        assertThat(a.band(DiscretionTier.LIGHTER)).contains(range(0, 6_000));
        assertThat(a.band(DiscretionTier.STANDARD)).contains(range(6_000, 14_000));
        assertThat(a.band(DiscretionTier.HEAVIER)).contains(range(14_000, 20_000));
        assertThat(a.band(DiscretionTier.MITIGATED)).as("no statutory minimum, nothing to mitigate below").isEmpty();
        TierBands b = bands(Entries.urb426(), ComputationModel.B, null);
        assertThat(b.band(DiscretionTier.LIGHTER)).contains(range(0, 4_000));
        assertThat(b.band(DiscretionTier.STANDARD)).contains(range(8_000, 12_000));
        assertThat(b.band(DiscretionTier.HEAVIER)).contains(range(12_000, 20_000));
    }

    @Test
    void emg973MaxOnlyModelAAndB() {
        TierBands a = bands(Entries.emg973(), ComputationModel.A, null);
        assertThat(a.band(DiscretionTier.LIGHTER)).contains(range(0, 30_000));
        assertThat(a.band(DiscretionTier.STANDARD)).contains(range(30_000, 70_000));
        assertThat(a.band(DiscretionTier.HEAVIER)).contains(range(70_000, 100_000));
        TierBands b = bands(Entries.emg973(), ComputationModel.B, null);
        assertThat(b.band(DiscretionTier.LIGHTER)).contains(range(0, 20_000));
        assertThat(b.band(DiscretionTier.STANDARD)).contains(range(40_000, 60_000));
        assertThat(b.band(DiscretionTier.HEAVIER)).contains(range(60_000, 100_000));
    }

    @Test
    void modelBCutsANarrowRangeIntoThirds() {
        BenchmarkEntry e = Entries.entry("X", "某法", "1", FineFormula.fixedRange(10_000, 30_000),
                Set.of(PenaltyKind.FINE), Set.of(), List.of());
        TierBands b = bands(e, ComputationModel.B, null);
        assertThat(b.band(DiscretionTier.LIGHTER)).contains(new AmountRange(new BigDecimal("10000"), new BigDecimal("16666.67")));
        assertThat(b.band(DiscretionTier.STANDARD)).contains(new AmountRange(new BigDecimal("16666.67"), new BigDecimal("23333.33")));
        assertThat(b.band(DiscretionTier.HEAVIER)).contains(new AmountRange(new BigDecimal("23333.33"), new BigDecimal("30000")));
    }

    @Test
    void modelBCutsAWideRangeByMultiples() {
        // 1 000–64 000: ratio 64 ≥ 4 → tiers of equal ratio 4: 1 000–4 000–16 000–64 000
        BenchmarkEntry e = Entries.entry("X", "某法", "1", FineFormula.fixedRange(1_000, 64_000),
                Set.of(PenaltyKind.FINE), Set.of(), List.of());
        TierBands b = bands(e, ComputationModel.B, null);
        assertThat(b.band(DiscretionTier.LIGHTER)).contains(range(1_000, 4_000));
        assertThat(b.band(DiscretionTier.STANDARD)).contains(range(4_000, 16_000));
        assertThat(b.band(DiscretionTier.HEAVIER)).contains(range(16_000, 64_000));
    }

    @Test
    void fixedAmountHasOneBandForEveryTier() {
        BenchmarkEntry e = Entries.entry("X", "某法", "1", FineFormula.fixedAmount(2_000), Set.of(PenaltyKind.FINE),
                Set.of(), List.of());
        TierBands b = bands(e, ComputationModel.A, null);
        assertThat(b.band(DiscretionTier.LIGHTER)).contains(range(2_000, 2_000));
        assertThat(b.band(DiscretionTier.HEAVIER)).contains(range(2_000, 2_000));
        assertThat(b.band(DiscretionTier.MITIGATED)).contains(range(0, 2_000));
    }

    @Test
    void explicitTierBandsReplaceTheModel() {
        BenchmarkEntry e = Entries.entry("X", "某法", "1", FineFormula.fixedRange(5_000, 50_000),
                Set.of(PenaltyKind.FINE), Set.of(), List.of(
                        TierRule.amounts(DiscretionTier.STANDARD, CircumstanceLevel.GENERAL, 20_000, 30_000),
                        TierRule.band(DiscretionTier.LIGHTER, CircumstanceLevel.MINOR, "0", "0.2")));
        TierBands b = bands(e, ComputationModel.A, null);
        assertThat(b.band(DiscretionTier.STANDARD)).contains(range(20_000, 30_000));
        assertThat(b.band(DiscretionTier.LIGHTER)).contains(range(5_000, 14_000));
        assertThat(b.band(DiscretionTier.HEAVIER)).contains(range(36_500, 50_000));
    }

    @Test
    void explicitAmountsOfAMultipleAreMultipliers() {
        BenchmarkEntry e = Entries.entry("X", "某法", "1", FineFormula.multipleOfBase(BaseKind.ILLEGAL_GAINS, "1", "5"),
                Set.of(PenaltyKind.FINE), Set.of(), List.of(
                        TierRule.amounts(DiscretionTier.LIGHTER, CircumstanceLevel.MINOR, 1, 2)));
        TierBands b = bands(e, ComputationModel.A, 10_000L);
        assertThat(b.band(DiscretionTier.LIGHTER)).contains(range(10_000, 20_000));
    }

    @Test
    void tierOfClassifiesAmounts() {
        TierBands b = bands(Entries.fir6013(), ComputationModel.A, null);
        assertThat(b.tierOf(BigDecimal.valueOf(4_999))).isEqualTo(DiscretionTier.MITIGATED);
        assertThat(b.tierOf(BigDecimal.valueOf(18_500))).isEqualTo(DiscretionTier.LIGHTER);
        assertThat(b.tierOf(new BigDecimal("18500.01"))).isEqualTo(DiscretionTier.STANDARD);
        assertThat(b.tierOf(BigDecimal.valueOf(36_500))).isEqualTo(DiscretionTier.STANDARD);
        assertThat(b.tierOf(new BigDecimal("36500.01"))).isEqualTo(DiscretionTier.HEAVIER);
    }
}
