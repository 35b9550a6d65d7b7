package cn.gov.lyg.enforcement.benchmark.check;

/** The outcome of one rule: PASSED, FAILED, UNKNOWN (the facts are not available — never read as passed), NOT_APPLICABLE. */
public enum CheckOutcome {
    PASSED, FAILED, UNKNOWN, NOT_APPLICABLE
}
