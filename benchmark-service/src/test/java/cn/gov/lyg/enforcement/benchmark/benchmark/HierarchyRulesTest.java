package cn.gov.lyg.enforcement.benchmark.benchmark;

import cn.gov.lyg.enforcement.events.vocabulary.PenaltyKind;
import static cn.gov.lyg.enforcement.benchmark.law.RuleAssert.assertRule;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.lyg.enforcement.benchmark.law.RuleBreach;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A lower level may narrow its parent's bands, never widen them. */
class HierarchyRulesTest {

    private static final LocalDate FROM = LocalDate.of(2025, 3, 1);
    private final DiscretionBenchmark province =
            Entries.published(BenchmarkLevel.PROVINCE, null, ComputationModel.A, FROM, Entries.fir6013(), Entries.mkt12512());

    private static BenchmarkEntry firWith(List<TierRule> tiers) {
        BenchmarkEntry e = Entries.fir6013();
        return new BenchmarkEntry(e.entryId(), e.violationCode(), e.violationName(), e.catalogItemId(),
                e.violatedProvisions(), e.penaltyProvisions(), e.allowedPenaltyKinds(), e.mandatoryPenaltyKinds(),
                e.fineFormula(), tiers, null, List.of(), e.entryFactors(), false, null, List.of());
    }

    @Test
    void countyStandardBandAboveTheProvincialOneIsRejected() {
        DiscretionBenchmark county = Entries.draft(BenchmarkLevel.COUNTY, "b-PROVINCE", ComputationModel.A,
                firWith(List.of(TierRule.amounts(DiscretionTier.STANDARD, CircumstanceLevel.GENERAL, 15_000, 40_000))));
        Entries.approve(county, FROM);
        var e = assertRule(() -> county.publish(FROM, FROM, "东司〔2025〕1号", Optional.of(province)),
                "EXCEEDS_PARENT_TIER");
        assertThat(e.breaches().get(0).detail()).contains("STANDARD").contains("18500.00–36500.00");
        assertThat(county.status()).isEqualTo(BenchmarkStatus.APPROVED);
    }

    @Test
    void narrowerBandsArePublished() {
        DiscretionBenchmark county = Entries.draft(BenchmarkLevel.COUNTY, "b-PROVINCE", ComputationModel.A,
                firWith(List.of(TierRule.amounts(DiscretionTier.STANDARD, CircumstanceLevel.GENERAL, 20_000, 35_000),
                        TierRule.amounts(DiscretionTier.LIGHTER, CircumstanceLevel.MINOR, 5_000, 15_000))));
        Entries.approve(county, FROM);
        county.publish(FROM, FROM, "东司〔2025〕1号", Optional.of(province));
        assertThat(county.status()).isEqualTo(BenchmarkStatus.PUBLISHED);
    }

    @Test
    void aWiderStatutoryRangeOrModelIsCaught() {
        BenchmarkEntry wider = Entries.entry("FIR-60-1-3", "中华人民共和国消防法", "60", FineFormula.fixedRange(5_000, 60_000),
                Set.of(PenaltyKind.FINE), Set.of(PenaltyKind.FINE), List.of());
        DiscretionBenchmark county = Entries.draft(BenchmarkLevel.COUNTY, "b-PROVINCE", ComputationModel.A, wider);
        List<RuleBreach> breaches = HierarchyRules.check(county, province);
        assertThat(breaches).extracting(RuleBreach::code).containsOnly("EXCEEDS_PARENT_TIER");
        // Model B's MAX_ONLY-free thirds move the STANDARD band outside Model A's
        DiscretionBenchmark modelB = Entries.draft(BenchmarkLevel.COUNTY, "b-PROVINCE", ComputationModel.B, Entries.fir6013());
        assertThat(HierarchyRules.check(modelB, province)).isNotEmpty();
    }

    @Test
    void branchedFormulasAreComparedOnBothSidesOfTheThreshold() {
        BenchmarkEntry upper = Entries.mkt12512();
        FineFormula widerAbove = FineFormula.branched(BaseKind.GOODS_VALUE, List.of(
                new FineBranch(BigDecimal.ZERO, FineFormula.fixedRange(5_000, 50_000)),
                new FineBranch(BigDecimal.valueOf(10_000), FineFormula.multipleOfBase(BaseKind.GOODS_VALUE, "5", "11"))));
        BenchmarkEntry child = new BenchmarkEntry("c", upper.violationCode(), upper.violationName(), upper.catalogItemId(),
                upper.violatedProvisions(), upper.penaltyProvisions(), upper.allowedPenaltyKinds(),
                upper.mandatoryPenaltyKinds(), widerAbove, List.of(), null, List.of(), List.of(), false, null, List.of());
        DiscretionBenchmark county = Entries.draft(BenchmarkLevel.COUNTY, "b-PROVINCE", ComputationModel.A, child);
        assertThat(HierarchyRules.check(county, province)).extracting(RuleBreach::detail)
                .anySatisfy(d -> assertThat(d).contains("base amount 10000"));
    }

    @Test
    void droppingAMandatoryKindOrAddingAKindIsWidening() {
        BenchmarkEntry upper = Entries.mkt12512();
        BenchmarkEntry child = new BenchmarkEntry("c", upper.violationCode(), upper.violationName(), upper.catalogItemId(),
                upper.violatedProvisions(), upper.penaltyProvisions(),
                Set.of(PenaltyKind.FINE, PenaltyKind.CONFISCATE_ILLEGAL_GAINS, PenaltyKind.DETENTION),
                Set.of(PenaltyKind.CONFISCATE_ILLEGAL_GAINS), upper.fineFormula(), List.of(), null, List.of(), List.of(),
                false, null, List.of());
        DiscretionBenchmark county = Entries.draft(BenchmarkLevel.COUNTY, "b-PROVINCE", ComputationModel.A, child);
        assertThat(HierarchyRules.check(county, province)).hasSize(2);
    }

    @Test
    void entriesMatchTheParentByParentViolationCode() {
        BenchmarkEntry e = firWith(List.of(TierRule.amounts(DiscretionTier.STANDARD, CircumstanceLevel.GENERAL, 15_000, 40_000)));
        BenchmarkEntry renamed = new BenchmarkEntry(e.entryId(), "DH-FIR-01", e.violationName(), e.catalogItemId(),
                e.violatedProvisions(), e.penaltyProvisions(), e.allowedPenaltyKinds(), e.mandatoryPenaltyKinds(),
                e.fineFormula(), e.tiers(), null, List.of(), e.entryFactors(), false, "FIR-60-1-3", List.of());
        DiscretionBenchmark county = Entries.draft(BenchmarkLevel.COUNTY, "b-PROVINCE", ComputationModel.A, renamed);
        assertThat(HierarchyRules.check(county, province)).isNotEmpty();
    }

    @Test
    void aChildNeedsItsParentInForceAndOfAHigherLevel() {
        DiscretionBenchmark county = Entries.draft(BenchmarkLevel.COUNTY, "b-PROVINCE", ComputationModel.A, Entries.fir6013());
        Entries.approve(county, FROM);
        assertRule(() -> county.publish(FROM, FROM, "x", Optional.empty()), "PARENT_NOT_IN_FORCE");
        DiscretionBenchmark otherCounty = Entries.published(BenchmarkLevel.COUNTY, null, ComputationModel.A, FROM,
                Entries.eco992());
        assertRule(() -> county.publish(FROM, FROM, "x", Optional.of(otherCounty)), "PARENT_LEVEL_NOT_HIGHER");
    }
}
