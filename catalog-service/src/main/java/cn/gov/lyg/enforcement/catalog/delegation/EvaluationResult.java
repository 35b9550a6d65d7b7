package cn.gov.lyg.enforcement.catalog.delegation;

/** Outcome of a periodic evaluation of a delegation (行政处罚法 Art. 24: the province evaluates periodically). */
public enum EvaluationResult {
    CONTINUED, ADJUSTED, RECALL_RECOMMENDED
}
