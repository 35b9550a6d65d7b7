package cn.gov.lyg.enforcement.benchmark.recommendation;

import static cn.gov.lyg.enforcement.benchmark.benchmark.Entries.range;
import static cn.gov.lyg.enforcement.benchmark.law.RuleAssert.assertRule;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.lyg.enforcement.benchmark.benchmark.BenchmarkEntry;
import cn.gov.lyg.enforcement.benchmark.benchmark.BenchmarkLevel;
import cn.gov.lyg.enforcement.benchmark.benchmark.CircumstanceLevel;
import cn.gov.lyg.enforcement.benchmark.benchmark.ComputationModel;
import cn.gov.lyg.enforcement.benchmark.benchmark.DiscretionBenchmark;
import cn.gov.lyg.enforcement.benchmark.benchmark.DiscretionTier;
import cn.gov.lyg.enforcement.benchmark.benchmark.Entries;
import cn.gov.lyg.enforcement.benchmark.benchmark.EntryFactor;
import cn.gov.lyg.enforcement.benchmark.benchmark.FineFormula;
import cn.gov.lyg.enforcement.events.vocabulary.PenaltyKind;
import cn.gov.lyg.enforcement.benchmark.benchmark.TierRule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecommendationEngineTest {

    private static final LocalDate FROM = LocalDate.of(2024, 1, 1);
    private static final LocalDate ACT = LocalDate.of(2025, 3, 3);
    private static final LocalDate DECISION = LocalDate.of(2025, 4, 15);
    private final RecommendationEngine engine = new RecommendationEngine();
    private final DiscretionBenchmark modelA = Entries.published(BenchmarkLevel.CITY, null, ComputationModel.A, FROM,
            Entries.fir6013(), Entries.mkt12512(), Entries.urb426(), Entries.emg973());

    private Recommendation recommend(DiscretionBenchmark b, String code, CircumstanceLevel level, Set<String> factors,
                                     Long base) {
        return engine.recommend(b, b.entryByViolationCode(code).orElseThrow(), RecommendationRequest.simple(level,
                factors, base == null ? null : BigDecimal.valueOf(base), ACT, DECISION), List.of());
    }

    private static List<String> reasonCodes(Recommendation r) {
        return r.reasons().stream().map(Reason::code).toList();
    }

    @Test
    void as30GeneralCircumstancesGiveTheStandardBand() {
        Recommendation r = recommend(modelA, "FIR-60-1-3", CircumstanceLevel.GENERAL, Set.of(), null);
        assertThat(r.tier()).isEqualTo(DiscretionTier.STANDARD);
        assertThat(r.range()).isEqualTo(range(18_500, 36_500));
        assertThat(r.tierBands()).containsEntry(DiscretionTier.LIGHTER, range(5_000, 18_500))
                .containsEntry(DiscretionTier.HEAVIER, range(36_500, 50_000));
        assertThat(r.statutoryRange()).isEqualTo(range(5_000, 50_000));
        assertThat(r.mandatoryKinds()).containsExactly(PenaltyKind.FINE);
        assertThat(reasonCodes(r)).contains("PENALTY_PROVISION", "CIRCUMSTANCE_TIER", "MODEL_BAND");
        assertThat(r.reasons()).allSatisfy(x -> assertThat(x.citation()).isNotNull());
        assertThat(r.reasons()).filteredOn(x -> x.code().equals("PENALTY_PROVISION"))
                .allSatisfy(x -> assertThat(x.citation().provision()).contains("第60条"));
    }

    @Test
    void minorCircumstancesWithoutExemptionGiveTheLighterBand() {
        Recommendation r = recommend(modelA, "FIR-60-1-3", CircumstanceLevel.MINOR, Set.of(), null);
        assertThat(r.tier()).isEqualTo(DiscretionTier.LIGHTER);
        assertThat(r.range()).isEqualTo(range(5_000, 18_500));
        assertThat(r.noPenaltyOptions()).isEmpty();
    }

    @Test
    void seriousIsTheLowerAndGraveTheUpperHalfOfHeavier() {
        Recommendation serious = recommend(modelA, "FIR-60-1-3", CircumstanceLevel.SERIOUS, Set.of(), null);
        assertThat(serious.tier()).isEqualTo(DiscretionTier.HEAVIER);
        assertThat(serious.range()).isEqualTo(range(36_500, 43_250));
        Recommendation grave = recommend(modelA, "FIR-60-1-3", CircumstanceLevel.GRAVE, Set.of(), null);
        assertThat(grave.range()).isEqualTo(range(43_250, 50_000));
        assertThat(grave.additionalKinds()).containsExactly(PenaltyKind.ORDER_SUSPEND_PRODUCTION);
        assertThat(serious.additionalKinds()).isEmpty();
    }

    @Test
    void aTierConditionRaisesTheTierAndAddsItsPenalties() {
        Recommendation r = recommend(modelA, "FIR-60-1-3", CircumstanceLevel.GENERAL,
                Set.of("CROWDED_PLACE_BUSINESS_HOURS"), null);
        assertThat(r.tier()).isEqualTo(DiscretionTier.HEAVIER);
        assertThat(r.range()).isEqualTo(range(36_500, 50_000));
        assertThat(r.additionalKinds()).contains(PenaltyKind.ORDER_SUSPEND_PRODUCTION);
        assertThat(reasonCodes(r)).contains("TIER_CONDITION_MET");
    }

    @Test
    void aggravatingFactorsRaiseOneTier() {
        Recommendation r = recommend(modelA, "FIR-60-1-3", CircumstanceLevel.GENERAL,
                Set.of("RECIDIVISM_WITHIN_1Y", "OBSTRUCTION"), null);
        assertThat(r.tier()).isEqualTo(DiscretionTier.HEAVIER);
        assertThat(r.range()).isEqualTo(range(36_500, 50_000));
        assertThat(recommend(modelA, "FIR-60-1-3", CircumstanceLevel.MINOR, Set.of("DURING_EMERGENCY"), null).tier())
                .isEqualTo(DiscretionTier.STANDARD);
        Recommendation grave = recommend(modelA, "FIR-60-1-3", CircumstanceLevel.GRAVE, Set.of("OBSTRUCTION"), null);
        assertThat(grave.range()).as("already HEAVIER: the whole band").isEqualTo(range(36_500, 50_000));
    }

    @Test
    void as32Article32GroundsCapAtLighterAndAllowMitigated() {
        Recommendation r = recommend(modelA, "FIR-60-1-3", CircumstanceLevel.SERIOUS, Set.of("ART32_ELIMINATED_HARM"), null);
        assertThat(r.tier()).isEqualTo(DiscretionTier.LIGHTER);
        assertThat(r.range()).isEqualTo(range(5_000, 18_500));
        assertThat(r.acceptableTiers()).containsExactlyInAnyOrder(DiscretionTier.LIGHTER, DiscretionTier.MITIGATED);
        assertThat(r.fineWithin(BigDecimal.valueOf(3_000))).isTrue();
        assertThat(r.fineWithin(BigDecimal.valueOf(20_000))).isFalse();
        assertThat(reasonCodes(r)).contains("ART32_CAP");
    }

    @Test
    void article32WinsOverAggravatingFactors() {
        Recommendation r = recommend(modelA, "FIR-60-1-3", CircumstanceLevel.GENERAL,
                Set.of("ART32_CONFESSED", "RECIDIVISM_WITHIN_1Y"), null);
        assertThat(r.tier()).isEqualTo(DiscretionTier.LIGHTER);
    }

    @Test
    void ages14To18MustBeLighter() {
        assertThat(recommend(modelA, "FIR-60-1-3", CircumstanceLevel.GENERAL, Set.of("AGE_14_TO_18"), null).tier())
                .isEqualTo(DiscretionTier.LIGHTER);
    }

    @Test
    void limitedCapacityMayLowerOneTier() {
        Recommendation r = recommend(modelA, "FIR-60-1-3", CircumstanceLevel.GENERAL, Set.of("MENTAL_LIMITED_CAPACITY"), null);
        assertThat(r.tier()).isEqualTo(DiscretionTier.LIGHTER);
        assertThat(r.acceptableTiers()).doesNotContain(DiscretionTier.MITIGATED);
    }

    @Test
    void workedExampleUnlabelledFoodWithRecallIsLighter100kTo130k() {
        Recommendation r = recommend(modelA, "MKT-125-1-2", CircumstanceLevel.GENERAL,
                Set.of("ART32_ELIMINATED_HARM"), 20_000L);
        assertThat(r.tier()).isEqualTo(DiscretionTier.LIGHTER);
        assertThat(r.range()).isEqualTo(range(100_000, 130_000));
        assertThat(r.mandatoryKinds()).containsExactlyInAnyOrder(PenaltyKind.CONFISCATE_ILLEGAL_GAINS,
                PenaltyKind.CONFISCATE_ILLEGAL_PROPERTY);
        assertThat(r.fineWithin(BigDecimal.valueOf(150_000))).isFalse();
        assertThat(reasonCodes(r)).contains("BRANCH_SELECTED", "MANDATORY_KINDS");
    }

    @Test
    void branchedBelowTheThreshold() {
        Recommendation r = recommend(modelA, "MKT-125-1-2", CircumstanceLevel.GENERAL, Set.of(), 8_000L);
        assertThat(r.range()).isEqualTo(range(18_500, 36_500));
        assertRule(() -> recommend(modelA, "MKT-125-1-2", CircumstanceLevel.GENERAL, Set.of(), null), "BASE_AMOUNT_REQUIRED");
    }

    @Test
    void modelBMaxOnly() {
        DiscretionBenchmark b = Entries.published(BenchmarkLevel.CITY, null, ComputationModel.B, FROM, Entries.urb426());
        assertThat(recommend(b, "URB-42-6", CircumstanceLevel.GENERAL, Set.of(), null).range()).isEqualTo(range(8_000, 12_000));
        assertThat(recommend(b, "URB-42-6", CircumstanceLevel.MINOR, Set.of(), null).range()).isEqualTo(range(0, 4_000));
        assertThat(recommend(b, "URB-42-6", CircumstanceLevel.SERIOUS, Set.of(), null).range()).isEqualTo(range(12_000, 16_000));
    }

    @Test
    void fineOptionalEntriesSaySo() {
        Recommendation r = recommend(modelA, "URB-42-6", CircumstanceLevel.GENERAL, Set.of(), null);
        assertThat(r.fineOptional()).isTrue();
        assertThat(recommend(modelA, "FIR-60-1-3", CircumstanceLevel.GENERAL, Set.of(), null).fineOptional()).isFalse();
    }

    @Test
    void modelCComputesAPointFromWeightedScores() {
        BenchmarkEntry eco = new BenchmarkEntry("e-eco", "ECO-99-2", "超标排放", "c", Entries.eco992().violatedProvisions(),
                Entries.eco992().penaltyProvisions(), Set.of(PenaltyKind.FINE), Set.of(PenaltyKind.FINE),
                FineFormula.fixedRange(100_000, 1_000_000), List.of(), null, List.of(),
                List.of(new EntryFactor("EXCEEDANCE_MULTIPLE", "超标倍数", new BigDecimal("0.5")),
                        new EntryFactor("SENSITIVE_ZONE", "敏感区域", new BigDecimal("0.3")),
                        new EntryFactor("DURATION", "持续时间", new BigDecimal("0.2"))),
                false, null, List.of());
        DiscretionBenchmark c = Entries.published(BenchmarkLevel.CITY, null, ComputationModel.C, FROM, eco);
        RecommendationRequest req = new RecommendationRequest(CircumstanceLevel.GENERAL, Set.of(),
                Map.of("EXCEEDANCE_MULTIPLE", new BigDecimal("0.8"), "SENSITIVE_ZONE", BigDecimal.ONE), null, ACT, null,
                null, DECISION, false, List.of());
        // 100 000 + 900 000 × (0.8×0.5 + 1×0.3) = 100 000 + 900 000 × 0.7 = 730 000
        Recommendation r = engine.recommend(c, eco, req, List.of());
        assertThat(r.range()).isEqualTo(range(730_000, 730_000));
        assertThat(r.tier()).isEqualTo(DiscretionTier.STANDARD);
        Recommendation capped = engine.recommend(c, eco, new RecommendationRequest(CircumstanceLevel.GENERAL,
                Set.of("ART32_ELIMINATED_HARM"), req.factorScores(), null, ACT, null, null, DECISION, false, List.of()), List.of());
        assertThat(capped.range()).isEqualTo(range(370_000, 370_000));
        assertThat(capped.tier()).isEqualTo(DiscretionTier.LIGHTER);
        assertRule(() -> engine.recommend(c, eco, new RecommendationRequest(CircumstanceLevel.GENERAL, Set.of(),
                Map.of("DURATION", new BigDecimal("1.5")), null, ACT, null, null, DECISION, false, List.of()), List.of()),
                "INVALID_FACTOR_SCORE");
        assertRule(() -> engine.recommend(c, eco, new RecommendationRequest(CircumstanceLevel.GENERAL, Set.of(),
                Map.of("COLOUR", BigDecimal.ONE), null, ACT, null, null, DECISION, false, List.of()), List.of()),
                "UNKNOWN_FACTOR");
    }

    @Test
    void as33FirstViolationIsOfferedWithoutPriorPenaltyInTheWindow() {
        BenchmarkEntry fir = modelA.entryByViolationCode("FIR-60-1-3").orElseThrow();
        Set<String> f = Set.of("MINOR_HARM", "PROMPTLY_CORRECTED");
        RecommendationRequest base = RecommendationRequest.simple(CircumstanceLevel.MINOR, f, null, ACT, DECISION);
        Recommendation first = engine.recommend(modelA, fir, base, List.of());
        assertThat(first.tier()).isEqualTo(DiscretionTier.NO_PENALTY);
        assertThat(first.noPenaltyOptions()).extracting(NoPenaltyOption::code).containsExactly("FIRST_VIOLATION");
        assertThat(first.noPenaltyOptions().get(0).mandatory()).isFalse();
        assertThat(first.noPenaltyOptions().get(0).educationMeasureRequired()).isTrue();
        assertThat(first.acceptableTiers()).contains(DiscretionTier.LIGHTER);

        Recommendation again = engine.recommend(modelA, fir, base.withPriorDecisions(
                List.of(new PriorDecision("FIR-60-1-3", ACT.minusYears(1), true))), List.of());
        assertThat(again.noPenaltyOptions()).isEmpty();
        assertThat(again.tier()).isEqualTo(DiscretionTier.LIGHTER);

        Recommendation longAgo = engine.recommend(modelA, fir, base.withPriorDecisions(List.of(
                new PriorDecision("FIR-60-1-3", ACT.minusYears(2).minusDays(1), true),
                new PriorDecision("OTHER-CODE", ACT.minusMonths(1), true),
                new PriorDecision("FIR-60-1-3", ACT.minusMonths(1), false))), List.of());
        assertThat(longAgo.noPenaltyOptions()).extracting(NoPenaltyOption::code).containsExactly("FIRST_VIOLATION");

        Recommendation window3y = new RecommendationEngine(Period.ofYears(3)).recommend(modelA, fir, base.withPriorDecisions(
                List.of(new PriorDecision("FIR-60-1-3", ACT.minusYears(2).minusDays(1), true))), List.of());
        assertThat(window3y.noPenaltyOptions()).isEmpty();
    }

    @Test
    void firstViolationUnderGeneralCircumstancesIsOfferedButNotChosen() {
        Recommendation r = recommend(modelA, "FIR-60-1-3", CircumstanceLevel.GENERAL, Set.of("MINOR_HARM", "PROMPTLY_CORRECTED"), null);
        assertThat(r.tier()).isEqualTo(DiscretionTier.STANDARD);
        assertThat(r.acceptableTiers()).contains(DiscretionTier.NO_PENALTY);
        assertThat(r.noPenaltyOptions()).extracting(NoPenaltyOption::code).containsExactly("FIRST_VIOLATION");
    }

    @Test
    void minorCorrectedHarmlessViolationsAreNotPenalised() {
        Recommendation r = recommend(modelA, "FIR-60-1-3", CircumstanceLevel.MINOR,
                Set.of("MINOR_VIOLATION", "PROMPTLY_CORRECTED", "NO_HARMFUL_CONSEQUENCE"), null);
        assertThat(r.tier()).isEqualTo(DiscretionTier.NO_PENALTY);
        assertThat(r.noPenaltyMandatory()).isTrue();
        assertThat(r.range()).isNull();
        assertThat(r.mandatoryKinds()).isEmpty();
        assertThat(reasonCodes(r)).contains("NO_PENALTY_MANDATORY");
    }

    @Test
    void noFaultIsMandatoryUnlessTheLawProvidesOtherwise() {
        Recommendation r = recommend(modelA, "FIR-60-1-3", CircumstanceLevel.GENERAL, Set.of("NO_FAULT_PROVEN"), null);
        assertThat(r.noPenaltyOptions()).extracting(NoPenaltyOption::code).containsExactly("NO_FAULT");
        BenchmarkEntry e = Entries.fir6013();
        BenchmarkEntry excluded = new BenchmarkEntry(e.entryId(), e.violationCode(), e.violationName(), e.catalogItemId(),
                e.violatedProvisions(), e.penaltyProvisions(), e.allowedPenaltyKinds(), e.mandatoryPenaltyKinds(),
                e.fineFormula(), e.tiers(), null, e.exemptionRefs(), e.entryFactors(), true, null, List.of());
        Recommendation strict = engine.recommend(modelA, excluded, RecommendationRequest.simple(CircumstanceLevel.GENERAL,
                Set.of("NO_FAULT_PROVEN"), null, ACT, DECISION), List.of());
        assertThat(strict.noPenaltyOptions()).isEmpty();
        assertThat(strict.tier()).isEqualTo(DiscretionTier.STANDARD);
    }

    @Test
    void under14AndNoCapacityAreNotPenalised() {
        assertThat(recommend(modelA, "FIR-60-1-3", CircumstanceLevel.GRAVE, Set.of("AGE_UNDER_14"), null).noPenaltyOptions())
                .extracting(NoPenaltyOption::code).containsExactly("UNDER_14");
        assertThat(recommend(modelA, "FIR-60-1-3", CircumstanceLevel.GRAVE, Set.of("MENTAL_NO_CAPACITY"), null).tier())
                .isEqualTo(DiscretionTier.NO_PENALTY);
    }

    @Test
    void exemptionListLinesAreOffered() {
        Recommendation r = recommend(modelA, "FIR-60-1-3", CircumstanceLevel.MINOR,
                Set.of("BLOCKED_UNDER_30_MIN", "PROMPTLY_CORRECTED"), null);
        assertThat(r.noPenaltyOptions()).extracting(NoPenaltyOption::code).containsExactly("EXEMPTION_LIST");
        assertThat(r.noPenaltyOptions().get(0).citation().source()).contains("免罚清单");
        assertThat(r.tier()).isEqualTo(DiscretionTier.NO_PENALTY);
    }

    @Test
    void limitationExpiredMeansNoPenalty() {
        BenchmarkEntry fir = modelA.entryByViolationCode("FIR-60-1-3").orElseThrow();
        RecommendationRequest late = new RecommendationRequest(CircumstanceLevel.GENERAL, Set.of(), Map.of(), null,
                LocalDate.of(2023, 2, 1), LocalDate.of(2023, 3, 1), LocalDate.of(2025, 3, 2), LocalDate.of(2025, 4, 1),
                false, List.of());
        assertThat(engine.recommend(modelA, fir, late, List.of()).noPenaltyOptions())
                .extracting(NoPenaltyOption::code).containsExactly("LIMITATION_EXPIRED");
        RecommendationRequest onLastDay = new RecommendationRequest(CircumstanceLevel.GENERAL, Set.of(), Map.of(), null,
                LocalDate.of(2023, 2, 1), LocalDate.of(2023, 3, 1), LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 1),
                false, List.of());
        assertThat(engine.recommend(modelA, fir, onLastDay, List.of()).tier()).isEqualTo(DiscretionTier.STANDARD);
    }

    @Test
    void as37RepealedProvisionsAreNeverAppliedToLaterActs() {
        List<RepealedProvision> repealed = List.of(new RepealedProvision("城市道路管理条例", "42", LocalDate.of(2026, 1, 1)));
        BenchmarkEntry urb = modelA.entryByViolationCode("URB-42-6").orElseThrow();
        assertRule(() -> engine.recommend(modelA, urb, RecommendationRequest.simple(CircumstanceLevel.GENERAL, Set.of(),
                null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1)), repealed), "PROVISION_REPEALED");
        Recommendation before = engine.recommend(modelA, urb, RecommendationRequest.simple(CircumstanceLevel.GENERAL,
                Set.of(), null, LocalDate.of(2025, 12, 31), LocalDate.of(2026, 2, 1)), repealed);
        assertThat(before.tier()).isEqualTo(DiscretionTier.NO_PENALTY);
        assertThat(before.noPenaltyOptions()).extracting(NoPenaltyOption::code).containsExactly("LAW_REPEALED_AFTER_ACT");
        Recommendation decidedBefore = engine.recommend(modelA, urb, RecommendationRequest.simple(CircumstanceLevel.GENERAL,
                Set.of(), null, LocalDate.of(2025, 11, 1), LocalDate.of(2025, 12, 31)), repealed);
        assertThat(decidedBefore.tier()).isEqualTo(DiscretionTier.STANDARD);
        Recommendation otherEntry = recommend(modelA, "FIR-60-1-3", CircumstanceLevel.GENERAL, Set.of(), null);
        assertThat(otherEntry.tier()).isEqualTo(DiscretionTier.STANDARD);
    }

    @Test
    void badInputIsRefusedWithCodes() {
        assertRule(() -> recommend(modelA, "FIR-60-1-3", CircumstanceLevel.GENERAL, Set.of("NOT_A_FACTOR"), null),
                "UNKNOWN_FACTOR");
        assertRule(() -> recommend(modelA, "MKT-125-1-2", CircumstanceLevel.GENERAL, Set.of(), -5L), "NEGATIVE_AMOUNT");
        BenchmarkEntry fir = modelA.entryByViolationCode("FIR-60-1-3").orElseThrow();
        assertRule(() -> engine.recommend(modelA, fir, RecommendationRequest.simple(CircumstanceLevel.GENERAL, Set.of(),
                null, DECISION, ACT), List.of()), "DATES_OUT_OF_ORDER");
        assertRule(() -> engine.recommend(modelA, fir, RecommendationRequest.simple(CircumstanceLevel.GENERAL, Set.of(),
                null, null, ACT), List.of()), "DATE_REQUIRED");
        assertRule(() -> engine.recommend(modelA, fir, RecommendationRequest.simple(null, Set.of(), null, ACT, DECISION),
                List.of()), "CIRCUMSTANCE_LEVEL_REQUIRED");
        assertRule(() -> engine.recommend(modelA, fir, new RecommendationRequest(CircumstanceLevel.GENERAL, Set.of(),
                Map.of(), null, ACT, null, ACT.minusDays(1), DECISION, false, List.of()), List.of()), "DATES_OUT_OF_ORDER");
    }

    @Test
    void entryWithoutFineRecommendsKindsOnly() {
        BenchmarkEntry warnOnly = Entries.entry("W-1", "某法", "5", null, Set.of(PenaltyKind.WARNING),
                Set.of(PenaltyKind.WARNING), List.of(TierRule.band(DiscretionTier.LIGHTER, null, "0", "0.3")).subList(0, 0));
        DiscretionBenchmark b = Entries.published(BenchmarkLevel.CITY, null, ComputationModel.A, FROM, warnOnly);
        Recommendation r = recommend(b, "W-1", CircumstanceLevel.GENERAL, Set.of(), null);
        assertThat(r.range()).isNull();
        assertThat(r.tier()).isEqualTo(DiscretionTier.STANDARD);
        assertThat(r.mandatoryKinds()).containsExactly(PenaltyKind.WARNING);
    }
}
