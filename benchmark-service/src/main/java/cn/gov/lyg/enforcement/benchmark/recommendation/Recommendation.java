package cn.gov.lyg.enforcement.benchmark.recommendation;

import cn.gov.lyg.enforcement.benchmark.benchmark.AmountRange;
import cn.gov.lyg.enforcement.benchmark.benchmark.DiscretionTier;
import cn.gov.lyg.enforcement.events.vocabulary.PenaltyKind;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The answer: the tier, the recommended fine range ({@code null} without a fine), every tier's band, the statutory range,
 * the penalty kinds that must and may be given, the tiers acceptable without a deviation approval, the no-penalty
 * options and every reason with its citation. {@code fineOptional}: the law says "may fine", so no fine is no
 * deviation.
 */
public record Recommendation(String benchmarkVersionId, String entryId, String violationCode,
                             DiscretionTier tier, AmountRange range, Map<DiscretionTier, AmountRange> tierBands,
                             AmountRange statutoryRange, Set<PenaltyKind> mandatoryKinds, Set<PenaltyKind> allowedKinds,
                             Set<PenaltyKind> additionalKinds, Set<DiscretionTier> acceptableTiers,
                             List<NoPenaltyOption> noPenaltyOptions, boolean fineOptional, List<Reason> reasons) {

    public boolean noPenaltyMandatory() {
        return noPenaltyOptions.stream().anyMatch(NoPenaltyOption::mandatory);
    }

    /** Whether {@code amount} is a fine within the recommendation (the range, or an acceptable tier's band). */
    public boolean fineWithin(java.math.BigDecimal amount) {
        if (range != null && range.contains(amount)) {
            return true;
        }
        for (DiscretionTier t : acceptableTiers) {
            AmountRange band = tierBands.get(t);
            if (band != null && band.contains(amount)) {
                return true;
            }
        }
        return false;
    }
}
