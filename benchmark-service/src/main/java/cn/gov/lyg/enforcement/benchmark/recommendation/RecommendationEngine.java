package cn.gov.lyg.enforcement.benchmark.recommendation;

import cn.gov.lyg.enforcement.benchmark.benchmark.AmountRange;
import cn.gov.lyg.enforcement.benchmark.benchmark.BenchmarkEntry;
import cn.gov.lyg.enforcement.benchmark.benchmark.CircumstanceLevel;
import cn.gov.lyg.enforcement.benchmark.benchmark.ComputationModel;
import cn.gov.lyg.enforcement.benchmark.benchmark.DiscretionBenchmark;
import cn.gov.lyg.enforcement.benchmark.benchmark.DiscretionTier;
import cn.gov.lyg.enforcement.benchmark.benchmark.EntryFactor;
import cn.gov.lyg.enforcement.benchmark.benchmark.ExemptionRef;
import cn.gov.lyg.enforcement.benchmark.benchmark.Factor;
import cn.gov.lyg.enforcement.benchmark.benchmark.FactorCategory;
import cn.gov.lyg.enforcement.benchmark.benchmark.FormulaKind;
import cn.gov.lyg.enforcement.events.vocabulary.PenaltyKind;
import cn.gov.lyg.enforcement.benchmark.benchmark.TierBands;
import cn.gov.lyg.enforcement.benchmark.benchmark.TierRule;
import cn.gov.lyg.enforcement.benchmark.law.Citation;
import cn.gov.lyg.enforcement.benchmark.law.Citations;
import cn.gov.lyg.enforcement.benchmark.law.LawRef;
import cn.gov.lyg.enforcement.benchmark.law.RuleBreach;
import cn.gov.lyg.enforcement.benchmark.law.RuleException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes the recommendation for one entry of one benchmark version (DOMAIN.md §2.2.3):
 * <ol>
 *   <li>mandatory no-penalty grounds (Art. 30 under 14, Art. 31 no capacity, Art. 33 §1 s1 minor + corrected + no harm,
 *   Art. 33 §2 no fault unless the entry excludes it, Art. 36 limitation, Art. 37 repeal after the act) → NO_PENALTY;</li>
 *   <li>discretionary ones (Art. 33 §1 s2 first violation: minor harm, corrected, no penalty for the same violation in
 *   the look-back window; 免罚清单 lines) are offered, and chosen for MINOR circumstances;</li>
 *   <li>circumstance → tier: MINOR → LIGHTER, GENERAL → STANDARD, SERIOUS → HEAVIER lower half, GRAVE → HEAVIER upper
 *   half plus the entry's aggravating kinds; tier rules whose factor codes are all present raise the tier; an
 *   aggravating factor raises it one step, a discretionary mitigating one lowers it one step;</li>
 *   <li>Art. 32 grounds (and age 14–18) cap the tier at LIGHTER, MITIGATED being acceptable too;</li>
 *   <li>the band comes from the benchmark's model (A 30/40/30, B middle tier, C factor percentages).</li>
 * </ol>
 */
public final class RecommendationEngine {

    private final Period firstViolationLookBack;

    public RecommendationEngine(Period firstViolationLookBack) {
        this.firstViolationLookBack = firstViolationLookBack;
    }

    public RecommendationEngine() {
        this(Period.ofYears(2));
    }

    public Period firstViolationLookBack() {
        return firstViolationLookBack;
    }

    public Recommendation recommend(DiscretionBenchmark version, BenchmarkEntry entry, RecommendationRequest request,
                                    List<RepealedProvision> repealed) {
        validate(entry, request);
        List<Reason> reasons = new ArrayList<>();
        for (LawRef ref : entry.penaltyProvisions()) {
            reasons.add(new Reason("PENALTY_PROVISION", Citation.of(ref), entry.violationName()));
        }
        Set<String> f = request.factors();
        List<NoPenaltyOption> options = new ArrayList<>();
        repealCheck(entry, request, repealed, options);
        mandatoryNoPenalty(entry, request, f, options);
        boolean mandatoryNoPenalty = options.stream().anyMatch(NoPenaltyOption::mandatory);
        discretionaryNoPenalty(entry, request, f, options);

        Set<PenaltyKind> additional = EnumSet.noneOf(PenaltyKind.class);
        boolean art32 = f.stream().map(Factor::byCode).flatMap(java.util.Optional::stream)
                .anyMatch(x -> x.category() == FactorCategory.MANDATORY_MITIGATING);
        TierBands bands = entry.fineFormula() == null ? null : TierBands.of(entry, version.model(), request.baseAmount());
        if (bands != null && entry.fineFormula().kind() == FormulaKind.BRANCHED) {
            reasons.add(new Reason("BRANCH_SELECTED", Citations.GUIDANCE_TIERS, "base amount "
                    + request.baseAmount().toPlainString() + " ≥ " + entry.fineFormula().branchFor(request.baseAmount())
                    .baseFrom().toPlainString() + " → statutory range " + show(bands.statutory())));
        }

        DiscretionTier tier;
        AmountRange range = null;
        Set<DiscretionTier> acceptable = EnumSet.noneOf(DiscretionTier.class);
        if (mandatoryNoPenalty) {
            tier = DiscretionTier.NO_PENALTY;
            reasons.add(new Reason("NO_PENALTY_MANDATORY", options.stream().filter(NoPenaltyOption::mandatory)
                    .findFirst().orElseThrow().citation(), "a mandatory no-penalty ground applies"));
        } else if (!options.isEmpty() && (request.circumstanceLevel() == null
                || request.circumstanceLevel() == CircumstanceLevel.MINOR)) {
            tier = DiscretionTier.NO_PENALTY;
            acceptable.add(DiscretionTier.LIGHTER);
            reasons.add(new Reason("NO_PENALTY_OFFERED", options.get(0).citation(),
                    "minor circumstances and " + options.get(0).code() + ": no penalty may be given"));
            range = bands == null ? null : bands.band(DiscretionTier.LIGHTER).orElse(null);
        } else {
            if (request.circumstanceLevel() == null) {
                throw new RuleException("CIRCUMSTANCE_LEVEL_REQUIRED", Citations.CIRCUMSTANCE_MAPPING,
                        "give circumstanceLevel (MINOR, GENERAL, SERIOUS, GRAVE)");
            }
            tier = switch (request.circumstanceLevel()) {
                case MINOR -> DiscretionTier.LIGHTER;
                case GENERAL -> DiscretionTier.STANDARD;
                case SERIOUS, GRAVE -> DiscretionTier.HEAVIER;
            };
            reasons.add(new Reason("CIRCUMSTANCE_TIER", Citations.CIRCUMSTANCE_MAPPING,
                    request.circumstanceLevel() + " → " + tier));
            if (request.circumstanceLevel() == CircumstanceLevel.GRAVE) {
                entry.tiers().stream().filter(t -> t.tier() == DiscretionTier.HEAVIER
                        && (t.circumstanceLevel() == null || t.circumstanceLevel() == CircumstanceLevel.GRAVE))
                        .forEach(t -> additional.addAll(t.extraPenalties()));
            }
            DiscretionTier mapped = tier;
            for (TierRule rule : entry.tiers()) {
                if (!rule.factorCodes().isEmpty() && f.containsAll(rule.factorCodes())) {
                    additional.addAll(rule.extraPenalties());
                    if (rule.tier().heavierThan(tier)) {
                        tier = rule.tier();
                        reasons.add(new Reason("TIER_CONDITION_MET", entry.penaltyProvisions().isEmpty()
                                ? Citations.GUIDANCE_TIERS : Citation.of(entry.penaltyProvisions().get(0)),
                                String.join(", ", rule.factorCodes()) + " → " + rule.tier()
                                        + (rule.conditions() == null ? "" : " (" + rule.conditions() + ")")));
                    }
                }
            }
            List<Factor> aggravating = present(f, FactorCategory.AGGRAVATING);
            if (!aggravating.isEmpty()) {
                DiscretionTier raised = tier.raised();
                reasons.add(new Reason("AGGRAVATING_FACTOR", aggravating.get(0).citation(),
                        names(aggravating) + (raised == tier ? " (already HEAVIER)" : ": " + tier + " → " + raised)));
                tier = raised;
            }
            List<Factor> mayLower = present(f, FactorCategory.DISCRETIONARY_MITIGATING);
            if (!mayLower.isEmpty() && tier.compareTo(DiscretionTier.LIGHTER) > 0) {
                DiscretionTier lowered = DiscretionTier.values()[tier.ordinal() - 1];
                reasons.add(new Reason("DISCRETIONARY_MITIGATING_FACTOR", mayLower.get(0).citation(),
                        names(mayLower) + ": " + tier + " → " + lowered));
                tier = lowered;
            }
            if (art32) {
                List<Factor> grounds = present(f, FactorCategory.MANDATORY_MITIGATING);
                if (tier.heavierThan(DiscretionTier.LIGHTER)) {
                    reasons.add(new Reason("ART32_CAP", grounds.get(0).citation(),
                            names(grounds) + ": must be lighter or mitigated, " + tier + " → LIGHTER"));
                    tier = DiscretionTier.LIGHTER;
                } else {
                    reasons.add(new Reason("ART32_GROUND", grounds.get(0).citation(), names(grounds)
                            + ": lighter or mitigated"));
                }
                acceptable.add(DiscretionTier.LIGHTER);
                if (bands == null || bands.band(DiscretionTier.MITIGATED).isPresent()) {
                    acceptable.add(DiscretionTier.MITIGATED);
                }
            }
            if (bands != null) {
                if (version.model() == ComputationModel.C) {
                    range = modelC(entry, request, bands, art32, reasons);
                    tier = bands.tierOf(range.min());
                } else {
                    range = bands.band(tier).orElseThrow();
                    if (tier == DiscretionTier.HEAVIER && tier == mapped && aggravating.isEmpty()) {
                        if (request.circumstanceLevel() == CircumstanceLevel.SERIOUS) {
                            range = range.lowerHalf();
                            reasons.add(new Reason("HEAVIER_LOWER_HALF", Citations.CIRCUMSTANCE_MAPPING,
                                    "SERIOUS: lower half of the HEAVIER band"));
                        } else if (request.circumstanceLevel() == CircumstanceLevel.GRAVE) {
                            range = range.upperHalf();
                            reasons.add(new Reason("HEAVIER_UPPER_HALF", Citations.CIRCUMSTANCE_MAPPING,
                                    "GRAVE: upper half of the HEAVIER band"));
                        }
                    }
                    reasons.add(new Reason("MODEL_BAND", bands.citation(), "Model " + version.model() + ", " + tier
                            + " band " + show(bands.band(tier).orElseThrow())));
                }
            }
            if (!options.isEmpty()) {
                acceptable.add(DiscretionTier.NO_PENALTY);
            }
        }
        if (tier != DiscretionTier.NO_PENALTY && !entry.mandatoryPenaltyKinds().isEmpty()) {
            reasons.add(new Reason("MANDATORY_KINDS", Citations.GUIDANCE_MANDATORY_KIND,
                    entry.mandatoryPenaltyKinds() + " must be given whatever the tier"));
        }
        additional.removeIf(k -> !entry.allowedPenaltyKinds().contains(k));
        boolean fineOptional = entry.fineFormula() != null && entry.fineFormula().fineOptional();
        return new Recommendation(version.versionId(), entry.entryId(), entry.violationCode(), tier,
                tier == DiscretionTier.NO_PENALTY && mandatoryNoPenalty ? null : range,
                bands == null ? Map.of() : new EnumMap<>(bands.all()),
                bands == null ? null : bands.statutory(),
                tier == DiscretionTier.NO_PENALTY && mandatoryNoPenalty ? Set.of() : entry.mandatoryPenaltyKinds(),
                entry.allowedPenaltyKinds(), additional, acceptable, options, fineOptional, reasons);
    }

    private void validate(BenchmarkEntry entry, RecommendationRequest request) {
        List<RuleBreach> breaches = new ArrayList<>();
        Set<String> known = entry.knownFactorCodes();
        for (String code : request.factors()) {
            if (!known.contains(code)) {
                breaches.add(new RuleBreach("UNKNOWN_FACTOR", Citations.GUIDANCE_TIERS,
                        "factor " + code + " is not known to entry " + entry.violationCode()));
            }
        }
        for (Map.Entry<String, BigDecimal> score : request.factorScores().entrySet()) {
            boolean weighted = entry.entryFactors().stream()
                    .anyMatch(x -> x.code().equals(score.getKey()) && x.weight() != null);
            if (!weighted) {
                breaches.add(new RuleBreach("UNKNOWN_FACTOR", Citations.MODEL_C,
                        "factor " + score.getKey() + " has no Model C weight in entry " + entry.violationCode()));
            } else if (score.getValue() == null || score.getValue().signum() < 0
                    || score.getValue().compareTo(BigDecimal.ONE) > 0) {
                breaches.add(new RuleBreach("INVALID_FACTOR_SCORE", Citations.MODEL_C,
                        "score of " + score.getKey() + " must lie in [0, 1]"));
            }
        }
        if (request.baseAmount() != null && request.baseAmount().signum() < 0) {
            breaches.add(new RuleBreach("NEGATIVE_AMOUNT", Citations.GUIDANCE_TIERS, "baseAmount must not be negative"));
        }
        if (request.violationDate() == null || request.decisionDate() == null) {
            breaches.add(new RuleBreach("DATE_REQUIRED", Citations.ART_37, "violationDate and decisionDate are required"));
        } else {
            if (request.decisionDate().isBefore(request.violationDate())) {
                breaches.add(new RuleBreach("DATES_OUT_OF_ORDER", Citations.ART_37,
                        "the decision cannot precede the violation"));
            }
            if (request.violationEndDate() != null && (request.violationEndDate().isBefore(request.violationDate())
                    || request.violationEndDate().isAfter(request.decisionDate()))) {
                breaches.add(new RuleBreach("DATES_OUT_OF_ORDER", Citations.ART_36,
                        "the violation must end between its start and the decision"));
            }
            if (request.discoveryDate() != null && (request.discoveryDate().isBefore(request.violationDate())
                    || request.discoveryDate().isAfter(request.decisionDate()))) {
                breaches.add(new RuleBreach("DATES_OUT_OF_ORDER", Citations.ART_36,
                        "the violation must be discovered between its start and the decision"));
            }
        }
        if (!breaches.isEmpty()) {
            throw new RuleException(breaches);
        }
    }

    private static void repealCheck(BenchmarkEntry entry, RecommendationRequest request,
                                    List<RepealedProvision> repealed, List<NoPenaltyOption> options) {
        for (RepealedProvision r : repealed) {
            if (!entry.cites(r.lawName(), r.article())) {
                continue;
            }
            if (!request.violationDate().isBefore(r.effectiveDate())) {
                throw new RuleException("PROVISION_REPEALED", Citations.ART_37, provision(r)
                        + " was repealed with effect from " + r.effectiveDate() + "; it cannot be applied to an act of "
                        + request.violationDate());
            }
            if (!request.decisionDate().isBefore(r.effectiveDate())) {
                options.add(new NoPenaltyOption("LAW_REPEALED_AFTER_ACT", true, Citations.ART_37, false,
                        provision(r) + " repealed from " + r.effectiveDate()
                                + ": the act is no longer punishable (从旧兼从轻)"));
            }
        }
    }

    /** 《law》第n条, or 《law》 when the whole law was repealed. */
    private static String provision(RepealedProvision r) {
        return "《" + r.lawName() + "》" + (r.article() == null || r.article().isBlank() ? "" : "第" + r.article() + "条");
    }

    private static void mandatoryNoPenalty(BenchmarkEntry entry, RecommendationRequest request, Set<String> f,
                                           List<NoPenaltyOption> options) {
        if (f.contains(Factor.AGE_UNDER_14.name())) {
            options.add(new NoPenaltyOption("UNDER_14", true, Citations.ART_30, true, "不满十四周岁: 不予处罚, 责令监护人加以管教"));
        }
        if (f.contains(Factor.MENTAL_NO_CAPACITY.name())) {
            options.add(new NoPenaltyOption("NO_CAPACITY", true, Citations.ART_31, true, "不能辨认或者控制自己行为"));
        }
        if (f.containsAll(List.of(Factor.MINOR_VIOLATION.name(), Factor.PROMPTLY_CORRECTED.name(),
                Factor.NO_HARMFUL_CONSEQUENCE.name()))) {
            options.add(new NoPenaltyOption("MINOR_VIOLATION", true, Citations.ART_33_1_MINOR, true,
                    "违法行为轻微并及时改正，没有造成危害后果"));
        }
        // where the law behind the entry provides otherwise, no fault is no ground (Art. 33 §2 "法律、行政法规另有规定的，从其规定")
        if (f.contains(Factor.NO_FAULT_PROVEN.name()) && !entry.noFaultExemptionExcluded()) {
            options.add(new NoPenaltyOption("NO_FAULT", true, Citations.ART_33_2_NO_FAULT, true, "当事人证明没有主观过错"));
        }
        if (request.discoveryDate() != null && Limitation.expired(request.actDate(), request.discoveryDate(),
                request.lifeHealthOrFinancialHarm())) {
            options.add(new NoPenaltyOption("LIMITATION_EXPIRED", true, Citations.ART_36, false,
                    "discovered " + request.discoveryDate() + ", after the " + Limitation.years(
                            request.lifeHealthOrFinancialHarm()) + "-year period ending "
                            + Limitation.lastDay(request.actDate(), request.lifeHealthOrFinancialHarm())));
        }
    }

    private void discretionaryNoPenalty(BenchmarkEntry entry, RecommendationRequest request, Set<String> f,
                                        List<NoPenaltyOption> options) {
        if (f.containsAll(List.of(Factor.MINOR_HARM.name(), Factor.PROMPTLY_CORRECTED.name()))) {
            LocalDate windowStart = request.violationDate().minus(firstViolationLookBack);
            boolean prior = request.priorDecisions().stream().anyMatch(p -> p.penalised()
                    && entry.violationCode().equals(p.violationCode())
                    && !p.decisionDate().isBefore(windowStart) && p.decisionDate().isBefore(request.violationDate()));
            if (!prior) {
                options.add(new NoPenaltyOption("FIRST_VIOLATION", false, Citations.ART_33_1_FIRST, true,
                        "初次违法且危害后果轻微并及时改正; no penalty for " + entry.violationCode() + " since " + windowStart));
            }
        }
        for (ExemptionRef ref : entry.exemptionRefs()) {
            if (f.containsAll(ref.requiredFactors())) {
                options.add(new NoPenaltyOption("EXEMPTION_LIST", false, new Citation(ref.listName(),
                        ref.itemNo() == null ? "" : "第" + ref.itemNo() + "项", "SRC"), true,
                        String.join(", ", ref.requiredFactors())));
            }
        }
    }

    private static AmountRange modelC(BenchmarkEntry entry, RecommendationRequest request, TierBands bands,
                                      boolean art32, List<Reason> reasons) {
        BigDecimal sum = BigDecimal.ZERO;
        for (EntryFactor factor : entry.entryFactors()) {
            if (factor.weight() == null) {
                continue;
            }
            BigDecimal score = request.factorScores().getOrDefault(factor.code(), BigDecimal.ZERO);
            sum = sum.add(score.multiply(factor.weight()));
        }
        AmountRange s = bands.statutory();
        BigDecimal point = s.min().add(s.width().multiply(sum));
        reasons.add(new Reason("MODEL_C_FACTORS", Citations.MODEL_C, "Σ score × weight = " + sum.stripTrailingZeros()
                .toPlainString() + " → " + new AmountRange(point, point).min().toPlainString()));
        AmountRange lighter = bands.band(DiscretionTier.LIGHTER).orElseThrow();
        if (art32 && point.compareTo(lighter.max()) > 0) {
            reasons.add(new Reason("ART32_CAP", Citations.ART_32, "capped at the top of the LIGHTER band"));
            point = lighter.max();
        }
        return AmountRange.point(point);
    }

    private static List<Factor> present(Set<String> f, FactorCategory category) {
        return f.stream().map(Factor::byCode).flatMap(java.util.Optional::stream)
                .filter(x -> x.category() == category).sorted().toList();
    }

    private static String names(List<Factor> factors) {
        Set<String> n = new LinkedHashSet<>();
        factors.forEach(x -> n.add(x.name()));
        return String.join(", ", n);
    }

    static String show(AmountRange r) {
        return r.min().toPlainString() + "–" + r.max().toPlainString();
    }
}
