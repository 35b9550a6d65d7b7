package cn.gov.lyg.enforcement.supervision.review;

/** A template version is edited as DRAFT, APPROVED once (then immutable and usable by batches), RETIRED when replaced. */
public enum TemplateStatus {
    DRAFT, APPROVED, RETIRED
}
