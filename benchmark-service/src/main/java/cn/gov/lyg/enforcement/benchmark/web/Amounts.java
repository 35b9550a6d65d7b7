package cn.gov.lyg.enforcement.benchmark.web;

import cn.gov.lyg.enforcement.benchmark.benchmark.AmountRange;
import cn.gov.lyg.enforcement.benchmark.benchmark.Money;
import java.math.BigDecimal;

/** Money on the API: decimal strings in yuan with two decimals. */
public final class Amounts {

    private Amounts() {
    }

    public static String text(BigDecimal amount) {
        return amount == null ? null : Money.yuan(amount).toPlainString();
    }

    /** A range as {@code {min, max}} strings. */
    public record RangeView(String min, String max) {

        public static RangeView of(AmountRange r) {
            return r == null ? null : new RangeView(text(r.min()), text(r.max()));
        }
    }
}
