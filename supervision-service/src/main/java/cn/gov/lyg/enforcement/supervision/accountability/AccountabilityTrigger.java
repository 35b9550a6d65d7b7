package cn.gov.lyg.enforcement.supervision.accountability;

/** What opened a wrongful-enforcement accountability case 错案责任追究 (DOMAIN.md §2.5.8). */
public enum AccountabilityTrigger {
    /** A reconsideration 行政复议 revoked, changed or confirmed unlawful / void the decision, or ordered it redone. */
    RECONSIDERATION_REVOKED,
    /** A litigation 行政诉讼 did so. */
    LITIGATION_LOST,
    /** A case-file review 案卷评查 found the file UNQUALIFIED (a veto item or a score below the pass mark). */
    REVIEW_UNQUALIFIED,
    /** A complaint against the agency was found substantiated. */
    COMPLAINT_SUBSTANTIATED,
    /** Any other supervision finding (opened by a judicial bureau). */
    SUPERVISION_FINDING
}
