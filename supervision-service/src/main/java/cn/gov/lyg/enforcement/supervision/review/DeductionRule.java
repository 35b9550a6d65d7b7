package cn.gov.lyg.enforcement.supervision.review;

/** How a deduction item deducts: a fixed amount once, or per occurrence up to the item's maximum. */
public enum DeductionRule {
    FIXED, PER_OCCURRENCE
}
