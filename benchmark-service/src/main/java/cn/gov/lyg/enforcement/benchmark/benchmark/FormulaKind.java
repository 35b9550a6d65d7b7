package cn.gov.lyg.enforcement.benchmark.benchmark;

/** 罚款方式. */
public enum FormulaKind {
    FIXED_RANGE, MAX_ONLY, MULTIPLE_OF_BASE, PERCENT_OF_BASE, FIXED_AMOUNT, BRANCHED
}
