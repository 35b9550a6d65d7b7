package cn.gov.lyg.enforcement.personnel.certificate;

/** Result of an annual review 年度审验 (DOMAIN.md §2.1.1). */
public enum ReviewResult {
    PASSED,
    FAILED,
    DEFERRED
}
