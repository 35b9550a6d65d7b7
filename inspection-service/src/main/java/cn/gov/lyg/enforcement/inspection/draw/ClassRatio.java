package cn.gov.lyg.enforcement.inspection.draw;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Sampling of one credit-class stratum: {@code n = min(|P|, max(minCount, ceil(|P| × ratio)))} (DOMAIN.md §2.3.3
 * step 2, ceil rounding [ASM]); computed with exact decimals so that 5 % of 20 is exactly 1.
 *
 * @param ratio between 0 and 1 inclusive
 * @param minCount the minimum number drawn from the stratum (bounded by its size), 0 for none
 */
public record ClassRatio(BigDecimal ratio, int minCount) {

    public ClassRatio {
        Objects.requireNonNull(ratio, "ratio");
        if (ratio.signum() < 0 || ratio.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("ratio must be between 0 and 1");
        }
        if (minCount < 0) {
            throw new IllegalArgumentException("minimum count must not be negative");
        }
        ratio = ratio.stripTrailingZeros();
    }

    public static ClassRatio of(String ratio) {
        return new ClassRatio(new BigDecimal(ratio), 0);
    }

    public int sampleSize(int stratumSize) {
        if (stratumSize <= 0) {
            return 0;
        }
        int byRatio = BigDecimal.valueOf(stratumSize).multiply(ratio).setScale(0, RoundingMode.CEILING).intValueExact();
        return Math.min(stratumSize, Math.max(minCount, byRatio));
    }
}
