package cn.gov.lyg.enforcement.supervision.review;

/** How a batch draws its files: a number/ratio of the whole population, per agency, or a hand-picked list. */
public enum SamplingMode {
    AUTO_TOTAL, AUTO_PER_AGENCY, MANUAL
}
