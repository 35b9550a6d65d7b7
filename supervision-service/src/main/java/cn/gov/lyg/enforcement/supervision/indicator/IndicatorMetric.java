package cn.gov.lyg.enforcement.supervision.indicator;

/** What an indicator measures; how each becomes a ratio 0..1 is {@link IndicatorRules#ratio}. */
public enum IndicatorMetric {
    /** 持证率 (certified officers / officers on enforcement posts). */
    CERTIFICATE_HOLDING,
    /** 案卷评查: average score / 100, minus 0.1 per UNQUALIFIED file. */
    CASE_FILE_REVIEW,
    /** 三项制度: mean of disclosure timeliness, audio-video recording coverage and legal-review coverage. */
    THREE_SYSTEMS,
    /** 裁量基准: 1 − deviations / penalty decisions. */
    BENCHMARK_DEVIATION,
    /** 投诉举报: 1 − ½ substantiated share − ½ overdue share of the closed complaints. */
    COMPLAINTS,
    /** 复议诉讼纠错: 2 points off per decision revoked, changed or confirmed unlawful [SRC local assessment rule]. */
    REMEDY_REVERSAL,
    /** 行政检查: ½ for the plan published by 31 March, ½ for the share of inspections without repeated-inspection alerts. */
    INSPECTION_COMPLIANCE,
    /** 统计年报: submitted by 31 January 1, late ½, missing after the deadline 0. */
    STATISTICS_TIMELINESS,
    /** 满意度: satisfaction rate, only with the minimum valid sample. */
    SATISFACTION
}
