package cn.gov.lyg.enforcement.benchmark.benchmark;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Yuan amounts: exact decimals with two places, rounded half-up. */
public final class Money {

    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private Money() {
    }

    public static BigDecimal yuan(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    public static BigDecimal yuan(long amount) {
        return BigDecimal.valueOf(amount).setScale(2);
    }

    public static BigDecimal yuan(String amount) {
        return yuan(new BigDecimal(amount));
    }
}
