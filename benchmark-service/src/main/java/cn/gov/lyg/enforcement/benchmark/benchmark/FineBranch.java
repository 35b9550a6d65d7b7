package cn.gov.lyg.enforcement.benchmark.benchmark;

import java.math.BigDecimal;

/**
 * One branch of a BRANCHED formula: applies when the base amount is at least {@code baseFrom} ("以上" includes the
 * number) and below the next branch's {@code baseFrom}.
 */
public record FineBranch(BigDecimal baseFrom, FineFormula formula) {

    public FineBranch {
        if (baseFrom == null || baseFrom.signum() < 0) {
            throw new IllegalArgumentException("branch baseFrom must be zero or positive");
        }
        if (formula == null || formula.kind() == FormulaKind.BRANCHED) {
            throw new IllegalArgumentException("a branch holds a simple formula");
        }
    }
}
