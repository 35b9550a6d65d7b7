package cn.gov.lyg.enforcement.supervision.review;

/** Status of a review batch (DOMAIN.md §2.5.1): DRAFT → SAMPLED → ASSIGNED → PUBLISHED. */
public enum BatchStatus {
    DRAFT, SAMPLED, ASSIGNED, PUBLISHED
}
