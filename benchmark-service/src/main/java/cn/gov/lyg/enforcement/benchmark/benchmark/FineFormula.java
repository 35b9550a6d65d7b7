package cn.gov.lyg.enforcement.benchmark.benchmark;

import cn.gov.lyg.enforcement.benchmark.law.Citations;
import cn.gov.lyg.enforcement.benchmark.law.RuleException;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * 罚款方式 of an entry. {@code min}/{@code max} are yuan for FIXED_RANGE, MAX_ONLY (min 0) and FIXED_AMOUNT (min = max),
 * multipliers for MULTIPLE_OF_BASE and percentages for PERCENT_OF_BASE; BRANCHED picks a simple formula by the base
 * amount. {@code fineOptional} marks "可以处…罚款" where the fine itself is discretionary.
 */
public record FineFormula(FormulaKind kind, BigDecimal min, BigDecimal max, BaseKind baseKind, List<FineBranch> branches,
                          boolean fineOptional) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public FineFormula {
        if (kind == null) {
            throw new IllegalArgumentException("formula kind is required");
        }
        branches = branches == null ? List.of() : branches.stream()
                .sorted(Comparator.comparing(FineBranch::baseFrom)).toList();
        switch (kind) {
            case FIXED_RANGE, MULTIPLE_OF_BASE, PERCENT_OF_BASE -> {
                requireNonNegative(min, "min");
                requireNonNegative(max, "max");
                if (min.compareTo(max) > 0) {
                    throw new IllegalArgumentException("formula min " + min + " is above max " + max);
                }
            }
            case MAX_ONLY -> {
                requireNonNegative(max, "max");
                if (max.signum() == 0) {
                    throw new IllegalArgumentException("max must be positive");
                }
                min = BigDecimal.ZERO;
            }
            case FIXED_AMOUNT -> {
                BigDecimal amount = max != null ? max : min;
                requireNonNegative(amount, "amount");
                min = amount;
                max = amount;
            }
            case BRANCHED -> {
                if (branches.size() < 2) {
                    throw new IllegalArgumentException("a branched formula needs at least two branches");
                }
                if (branches.get(0).baseFrom().signum() != 0) {
                    throw new IllegalArgumentException("the first branch must start at a base amount of 0");
                }
                for (int i = 1; i < branches.size(); i++) {
                    if (branches.get(i).baseFrom().compareTo(branches.get(i - 1).baseFrom()) == 0) {
                        throw new IllegalArgumentException("two branches start at the same base amount");
                    }
                }
                if (baseKind == null) {
                    throw new IllegalArgumentException("a branched formula needs a base kind");
                }
            }
        }
        if ((kind == FormulaKind.MULTIPLE_OF_BASE || kind == FormulaKind.PERCENT_OF_BASE) && baseKind == null) {
            throw new IllegalArgumentException(kind + " needs a base kind");
        }
    }

    public static FineFormula fixedRange(long min, long max) {
        return new FineFormula(FormulaKind.FIXED_RANGE, BigDecimal.valueOf(min), BigDecimal.valueOf(max), null, null, false);
    }

    public static FineFormula maxOnly(long max) {
        return new FineFormula(FormulaKind.MAX_ONLY, null, BigDecimal.valueOf(max), null, null, false);
    }

    public static FineFormula multipleOfBase(BaseKind base, String min, String max) {
        return new FineFormula(FormulaKind.MULTIPLE_OF_BASE, new BigDecimal(min), new BigDecimal(max), base, null, false);
    }

    public static FineFormula percentOfBase(BaseKind base, String minPercent, String maxPercent) {
        return new FineFormula(FormulaKind.PERCENT_OF_BASE, new BigDecimal(minPercent), new BigDecimal(maxPercent), base,
                null, false);
    }

    public static FineFormula fixedAmount(long amount) {
        return new FineFormula(FormulaKind.FIXED_AMOUNT, BigDecimal.valueOf(amount), BigDecimal.valueOf(amount), null, null,
                false);
    }

    public static FineFormula branched(BaseKind base, List<FineBranch> branches) {
        return new FineFormula(FormulaKind.BRANCHED, null, null, base, branches, false);
    }

    public FineFormula optional() {
        return new FineFormula(kind, min, max, baseKind, branches, true);
    }

    /** Whether the statutory range depends on a base amount (goods value, illegal gains, ...). */
    public boolean needsBase() {
        return kind == FormulaKind.MULTIPLE_OF_BASE || kind == FormulaKind.PERCENT_OF_BASE || kind == FormulaKind.BRANCHED;
    }

    /**
     * The statutory range for a base amount, and the simple formula that produced it.
     *
     * @throws RuleException BASE_AMOUNT_REQUIRED when the formula needs a base amount and none was given
     */
    public Resolved resolve(BigDecimal base) {
        if (needsBase() && base == null) {
            throw new RuleException("BASE_AMOUNT_REQUIRED", Citations.GUIDANCE_TIERS,
                    "the fine is computed from " + baseKind + "; give baseAmount");
        }
        if (base != null && base.signum() < 0) {
            throw new RuleException("NEGATIVE_AMOUNT", Citations.GUIDANCE_TIERS, "baseAmount must not be negative");
        }
        return switch (kind) {
            case FIXED_RANGE, MAX_ONLY, FIXED_AMOUNT -> new Resolved(this, new AmountRange(min, max), BigDecimal.ONE);
            case MULTIPLE_OF_BASE -> new Resolved(this, new AmountRange(min.multiply(base), max.multiply(base)), base);
            case PERCENT_OF_BASE -> {
                BigDecimal factor = base.divide(HUNDRED);
                yield new Resolved(this, new AmountRange(min.multiply(factor), max.multiply(factor)), factor);
            }
            case BRANCHED -> branchFor(base).formula().resolve(base);
        };
    }

    public FineBranch branchFor(BigDecimal base) {
        FineBranch chosen = branches.get(0);
        for (FineBranch b : branches) {
            if (base.compareTo(b.baseFrom()) >= 0) {
                chosen = b;
            }
        }
        return chosen;
    }

    /** The base amounts where this formula changes shape (branch starts); used to compare formulas. */
    public List<BigDecimal> breakpoints() {
        return branches.stream().map(FineBranch::baseFrom).toList();
    }

    private static void requireNonNegative(BigDecimal v, String name) {
        if (v == null) {
            throw new IllegalArgumentException(name + " is required");
        }
        if (v.signum() < 0) {
            throw new IllegalArgumentException(name + " must not be negative");
        }
    }

    /**
     * A formula resolved for one base amount: the simple formula used (a branch for BRANCHED), the statutory range in
     * yuan and the scale from formula units to yuan (the base amount for multiples, base/100 for percentages).
     */
    public record Resolved(FineFormula formula, AmountRange statutory, BigDecimal scale) {

        public FormulaKind kind() {
            return formula.kind();
        }

        /** Whether the law sets a minimum fine (only then can a fine be mitigated below it). */
        public boolean hasStatutoryMinimum() {
            return statutory.min().signum() > 0;
        }
    }
}
