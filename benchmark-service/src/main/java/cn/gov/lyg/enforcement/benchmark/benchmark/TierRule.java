package cn.gov.lyg.enforcement.benchmark.benchmark;

import cn.gov.lyg.enforcement.events.vocabulary.PenaltyKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * One row of an entry's tier table: the tier, the circumstance level it serves, its conditions (text and factor codes;
 * when every factor code is present the tier applies), its band as fractions of the statutory range ({@code bandFrom}
 * ..{@code bandTo}) or as explicit amounts in formula units ({@code amountFrom}..{@code amountTo}: yuan for fixed
 * ranges, multipliers for multiples), and extra penalty kinds it brings (停产停业, 吊销...).
 */
public record TierRule(DiscretionTier tier, CircumstanceLevel circumstanceLevel, String conditions,
                       List<String> factorCodes, BigDecimal bandFrom, BigDecimal bandTo,
                       BigDecimal amountFrom, BigDecimal amountTo, Set<PenaltyKind> extraPenalties) {

    public TierRule {
        if (tier == null) {
            throw new IllegalArgumentException("tier is required");
        }
        factorCodes = factorCodes == null ? List.of() : List.copyOf(factorCodes);
        extraPenalties = extraPenalties == null ? Set.of() : Set.copyOf(extraPenalties);
        boolean fractions = bandFrom != null || bandTo != null;
        boolean amounts = amountFrom != null || amountTo != null;
        if (fractions && amounts) {
            throw new IllegalArgumentException("a tier band is either fractions or amounts, not both");
        }
        if (fractions) {
            if (bandFrom == null || bandTo == null) {
                throw new IllegalArgumentException("bandFrom and bandTo go together");
            }
            if (bandFrom.signum() < 0 || bandTo.compareTo(BigDecimal.ONE) > 0 || bandFrom.compareTo(bandTo) > 0) {
                throw new IllegalArgumentException("band fractions must satisfy 0 ≤ bandFrom ≤ bandTo ≤ 1");
            }
        }
        if (amounts) {
            if (amountFrom == null || amountTo == null) {
                throw new IllegalArgumentException("amountFrom and amountTo go together");
            }
            if (amountFrom.signum() < 0 || amountFrom.compareTo(amountTo) > 0) {
                throw new IllegalArgumentException("tier amounts must satisfy 0 ≤ amountFrom ≤ amountTo");
            }
        }
    }

    public static TierRule band(DiscretionTier tier, CircumstanceLevel level, String from, String to) {
        return new TierRule(tier, level, null, List.of(), new BigDecimal(from), new BigDecimal(to), null, null, Set.of());
    }

    public static TierRule amounts(DiscretionTier tier, CircumstanceLevel level, long from, long to) {
        return new TierRule(tier, level, null, List.of(), null, null, BigDecimal.valueOf(from), BigDecimal.valueOf(to),
                Set.of());
    }

    public boolean hasBand() {
        return bandFrom != null || amountFrom != null;
    }
}
