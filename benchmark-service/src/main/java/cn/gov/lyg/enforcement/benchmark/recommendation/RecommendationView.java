package cn.gov.lyg.enforcement.benchmark.recommendation;

import cn.gov.lyg.enforcement.benchmark.benchmark.DiscretionTier;
import cn.gov.lyg.enforcement.events.vocabulary.PenaltyKind;
import cn.gov.lyg.enforcement.benchmark.web.Amounts.RangeView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A recommendation on the API: money as strings, every reason with its citation, both versions of 从旧兼从轻. */
public record RecommendationView(String agencyCode, String benchmarkId, String benchmarkVersionId,
                                 String versionAtViolationId, String versionAtDecisionId, String entryId,
                                 String violationCode, DiscretionTier tier, RangeView range,
                                 Map<DiscretionTier, RangeView> tierBands, RangeView statutoryRange,
                                 Set<PenaltyKind> mandatoryKinds, Set<PenaltyKind> allowedKinds,
                                 Set<PenaltyKind> additionalKinds, Set<DiscretionTier> acceptableTiers,
                                 List<OptionView> noPenaltyOptions, boolean fineOptional, List<ReasonView> reasons) {

    public static RecommendationView ofResolved(RecommendationService.Resolved r) {
        return of(r.agencyCode(), r.outcome());
    }

    static RecommendationView of(String agencyCode, LexMitior.Outcome o) {
        Recommendation r = o.recommendation();
        Map<DiscretionTier, RangeView> bands = new LinkedHashMap<>();
        r.tierBands().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> bands.put(e.getKey(), range(e.getValue())));
        return new RecommendationView(agencyCode, o.choice().chosen().benchmarkId(), r.benchmarkVersionId(),
                o.choice().atViolationId(), o.choice().atDecisionId(), r.entryId(), r.violationCode(), r.tier(),
                range(r.range()), bands, range(r.statutoryRange()), r.mandatoryKinds(), r.allowedKinds(),
                r.additionalKinds(), r.acceptableTiers(),
                r.noPenaltyOptions().stream().map(OptionView::of).toList(), r.fineOptional(),
                r.reasons().stream().map(ReasonView::of).toList());
    }

    private static RangeView range(cn.gov.lyg.enforcement.benchmark.benchmark.AmountRange r) {
        return r == null ? null : RangeView.of(r.min(), r.max());
    }

    public record ReasonView(String code, String detail, String citation, String provenance) {

        static ReasonView of(Reason r) {
            return new ReasonView(r.code(), r.detail(), r.citation().display(), r.citation().tag());
        }
    }

    public record OptionView(String code, boolean mandatory, boolean educationMeasureRequired, String detail,
                             String citation) {

        static OptionView of(NoPenaltyOption o) {
            return new OptionView(o.code(), o.mandatory(), o.educationMeasureRequired(), o.detail(),
                    o.citation().display());
        }
    }
}
