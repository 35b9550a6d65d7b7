package cn.gov.lyg.enforcement.benchmark.benchmark;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A closed range of yuan amounts [min, max], two decimals. */
public record AmountRange(BigDecimal min, BigDecimal max) {

    public AmountRange {
        if (min == null || max == null) {
            throw new IllegalArgumentException("range bounds are required");
        }
        min = Money.yuan(min);
        max = Money.yuan(max);
        if (min.compareTo(max) > 0) {
            throw new IllegalArgumentException("range minimum " + min + " is above its maximum " + max);
        }
    }

    public static AmountRange of(long min, long max) {
        return new AmountRange(BigDecimal.valueOf(min), BigDecimal.valueOf(max));
    }

    public static AmountRange point(BigDecimal amount) {
        return new AmountRange(amount, amount);
    }

    public BigDecimal width() {
        return max.subtract(min);
    }

    public boolean contains(BigDecimal amount) {
        return amount.compareTo(min) >= 0 && amount.compareTo(max) <= 0;
    }

    public boolean within(AmountRange outer) {
        return min.compareTo(outer.min) >= 0 && max.compareTo(outer.max) <= 0;
    }

    /** The sub-range between two fractions of this range (0 = min, 1 = max). */
    public AmountRange slice(BigDecimal fromFraction, BigDecimal toFraction) {
        BigDecimal w = width();
        return new AmountRange(min.add(w.multiply(fromFraction)), min.add(w.multiply(toFraction)));
    }

    public AmountRange lowerHalf() {
        return new AmountRange(min, min.add(width().divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP)));
    }

    public AmountRange upperHalf() {
        return new AmountRange(min.add(width().divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP)), max);
    }

    public AmountRange times(BigDecimal factor) {
        return new AmountRange(min.multiply(factor), max.multiply(factor));
    }

    public AmountRange capAt(BigDecimal ceiling) {
        BigDecimal newMax = max.min(ceiling);
        return new AmountRange(min.min(newMax), newMax);
    }

    /** Lighter of two ranges: lower maximum, then lower minimum. */
    public boolean lighterThan(AmountRange other) {
        int byMax = max.compareTo(other.max);
        return byMax < 0 || (byMax == 0 && min.compareTo(other.min) < 0);
    }
}
