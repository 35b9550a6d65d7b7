package cn.gov.lyg.enforcement.supervision.alert;

/**
 * What a supervision alert 预警 is about, and where it comes from. MISSED_QR_SCAN (扫码入企 not scanned) is not raised:
 * inspection-service's events do not carry the inspection code scan yet (see the README).
 */
public enum AlertKind {
    /** Several agencies inspected one enterprise within the window ({@code RepeatedInspectionDetected}). */
    REPEATED_INSPECTION("重复检查"),
    /** A penalty decision outside the benchmark's recommendation ({@code BenchmarkDeviationRecorded}). */
    BENCHMARK_DEVIATION("偏离裁量基准"),
    /** A complaint stage passed its deadline ({@code ComplaintOverdue}). */
    COMPLAINT_OVERDUE("投诉举报超期"),
    /** A decision not published, or not withdrawn, in time ({@code ThreeSystemsDeadlinePassed}). */
    PUBLICITY_OVERDUE("公示超期"),
    /** An inspection result publicised after its deadline ({@code InspectionResultPublicized} late). */
    INSPECTION_PUBLICITY_LATE("检查结果公示超期"),
    /** An annual inspection plan published after 31 March ({@code InspectionPlanPublished} late). */
    LATE_PLAN("检查计划逾期公布");

    private final String displayName;

    AlertKind(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
