package cn.gov.lyg.enforcement.benchmark.benchmark;

import cn.gov.lyg.enforcement.events.vocabulary.PenaltyKind;
import cn.gov.lyg.enforcement.benchmark.law.LawRef;
import cn.gov.lyg.enforcement.benchmark.web.Amounts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A benchmark version on the API; money as decimal strings. */
public record BenchmarkView(String id, String benchmarkId, int versionNo, Long version, String title,
                            String issuingAgencyCode, String regionCode, BenchmarkLevel level,
                            String parentBenchmarkId, String domain, String docNo, ComputationModel model,
                            BenchmarkStatus status, LocalDate publishedAt, LocalDate effectiveFrom,
                            LocalDate effectiveTo, String supersedesVersionId, RevisionReason revisionReason,
                            boolean reviewRequired, List<String> reviewReasons,
                            DiscretionBenchmark.LegalReview legalReview, DiscretionBenchmark.Deliberation deliberation,
                            List<EntryView> entries) {

    public static BenchmarkView of(BenchmarkDocument d) {
        DiscretionBenchmark b = d.toDomain();
        return new BenchmarkView(b.versionId(), b.benchmarkId(), b.versionNo(), d.getVersion(), b.title(),
                b.issuingAgencyCode(), b.regionCode(), b.level(), b.parentBenchmarkId(), b.domain(), b.docNo(),
                b.model(), b.status(), b.publishedAt(), b.effectiveFrom(), b.effectiveTo(), b.supersedesVersionId(),
                b.revisionReason(), b.reviewRequired(), b.reviewReasons(), b.legalReview(), b.deliberation(),
                b.entries().stream().map(EntryView::of).toList());
    }

    /** The public view: no internal review records. */
    public BenchmarkView publicView() {
        return new BenchmarkView(id, benchmarkId, versionNo, version, title, issuingAgencyCode, regionCode, level,
                parentBenchmarkId, domain, docNo, model, status, publishedAt, effectiveFrom, effectiveTo,
                supersedesVersionId, revisionReason, false, List.of(), null, null, entries);
    }

    /** One entry on the API. */
    public record EntryView(String entryId, String violationCode, String violationName, String catalogItemId,
                            List<LawRef> violatedProvisions, List<LawRef> penaltyProvisions,
                            Set<PenaltyKind> allowedPenaltyKinds, Set<PenaltyKind> mandatoryPenaltyKinds,
                            FormulaView fineFormula, List<TierView> tiers, String preconditions,
                            List<ExemptionRef> exemptionRefs, List<FactorView> entryFactors,
                            boolean noFaultExemptionExcluded, String parentViolationCode, List<String> reviewReasons) {

        public static EntryView of(BenchmarkEntry e) {
            return new EntryView(e.entryId(), e.violationCode(), e.violationName(), e.catalogItemId(),
                    e.violatedProvisions(), e.penaltyProvisions(), e.allowedPenaltyKinds(), e.mandatoryPenaltyKinds(),
                    FormulaView.of(e.fineFormula()), e.tiers().stream().map(TierView::of).toList(), e.preconditions(),
                    e.exemptionRefs(), e.entryFactors().stream().map(FactorView::of).toList(),
                    e.noFaultExemptionExcluded(), e.parentViolationCode(), e.reviewReasons());
        }
    }

    /** A formula: yuan for fixed amounts, multipliers or percentages for base formulas. */
    public record FormulaView(FormulaKind kind, String min, String max, BaseKind baseKind, List<BranchView> branches,
                              boolean fineOptional) {

        static FormulaView of(FineFormula f) {
            if (f == null) {
                return null;
            }
            return new FormulaView(f.kind(), plain(f.min()), plain(f.max()), f.baseKind(),
                    f.branches().stream().map(b -> new BranchView(Amounts.text(b.baseFrom()), of(b.formula()))).toList(),
                    f.fineOptional());
        }
    }

    public record BranchView(String baseFrom, FormulaView formula) {
    }

    public record TierView(DiscretionTier tier, CircumstanceLevel circumstanceLevel, String conditions,
                           List<String> factorCodes, String bandFrom, String bandTo, String amountFrom,
                           String amountTo, Set<PenaltyKind> extraPenalties) {

        static TierView of(TierRule t) {
            return new TierView(t.tier(), t.circumstanceLevel(), t.conditions(), t.factorCodes(), plain(t.bandFrom()),
                    plain(t.bandTo()), plain(t.amountFrom()), plain(t.amountTo()), t.extraPenalties());
        }
    }

    public record FactorView(String code, String name, String weight) {

        static FactorView of(EntryFactor f) {
            return new FactorView(f.code(), f.name(), plain(f.weight()));
        }
    }

    private static String plain(BigDecimal v) {
        return v == null ? null : v.stripTrailingZeros().scale() < 2 ? v.setScale(2, java.math.RoundingMode.UNNECESSARY)
                .toPlainString() : v.stripTrailingZeros().toPlainString();
    }
}
