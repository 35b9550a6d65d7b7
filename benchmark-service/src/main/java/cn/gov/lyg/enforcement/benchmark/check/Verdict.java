package cn.gov.lyg.enforcement.benchmark.check;

/** PASS when every rule passed or does not apply, FAIL when one failed, otherwise UNKNOWN. */
public enum Verdict {
    PASS, FAIL, UNKNOWN
}
