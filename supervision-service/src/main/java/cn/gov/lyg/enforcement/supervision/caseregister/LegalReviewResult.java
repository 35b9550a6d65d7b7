package cn.gov.lyg.enforcement.supervision.caseregister;

/** Result of the 法制审核 before the decision (行政处罚法 Art. 58). */
public enum LegalReviewResult {
    PASSED,
    RETURNED
}
