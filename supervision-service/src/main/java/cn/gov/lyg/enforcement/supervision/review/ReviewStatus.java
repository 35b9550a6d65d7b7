package cn.gov.lyg.enforcement.supervision.review;

/** Status of one file's review: ASSIGNED to its reviewers, SCORED (may be re-scored on recheck), FINAL once published. */
public enum ReviewStatus {
    ASSIGNED, SCORED, FINAL
}
