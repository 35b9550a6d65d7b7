package cn.gov.lyg.enforcement.benchmark.web;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money on the API: decimal strings in yuan with two decimals. */
public final class Amounts {

    private Amounts() {
    }

    public static String text(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** A range as {@code {min, max}} strings. */
    public record RangeView(String min, String max) {

        public static RangeView of(BigDecimal min, BigDecimal max) {
            return min == null || max == null ? null : new RangeView(text(min), text(max));
        }
    }
}
