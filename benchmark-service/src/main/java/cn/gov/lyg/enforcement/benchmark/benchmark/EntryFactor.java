package cn.gov.lyg.enforcement.benchmark.benchmark;

import java.math.BigDecimal;

/**
 * A factor an entry defines itself (e.g. {@code CROWDED_PLACE_BUSINESS_HOURS}): usable in tier conditions, and with a
 * weight (0–1) in Model C, where fine = min + (max − min) × Σ score × weight.
 */
public record EntryFactor(String code, String name, BigDecimal weight) {

    public EntryFactor {
        if (code == null || !code.matches("[A-Z][A-Z0-9_]{1,63}")) {
            throw new IllegalArgumentException("factor code must be UPPER_SNAKE: " + code);
        }
        if (Factor.byCode(code).isPresent()) {
            throw new IllegalArgumentException("factor " + code + " is a general factor; do not redefine it");
        }
        if (weight != null && (weight.signum() < 0 || weight.compareTo(BigDecimal.ONE) > 0)) {
            throw new IllegalArgumentException("factor weight must lie in [0, 1]: " + code);
        }
    }
}
