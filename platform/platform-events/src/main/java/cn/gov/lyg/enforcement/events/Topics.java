package cn.gov.lyg.enforcement.events;

/**
 * Topic names: one topic per aggregate stream, versioned; dead letters go to {@code <topic>.DLT}.
 * Producers declare their topics as beans; consumers never create topics.
 */
public final class Topics {

    public static final String CATALOG_ITEMS = "catalog.items.v1";
    public static final String CATALOG_DELEGATIONS = "catalog.delegations.v1";
    public static final String CATALOG_LAW_CHANGES = "catalog.law-changes.v1";
    public static final String PERSONNEL_CERTIFICATES = "personnel.certificates.v1";
    public static final String PERSONNEL_OFFICERS = "personnel.officers.v1";
    /** Agency registered/changed/closed, for the agency directories other services keep. */
    public static final String PERSONNEL_AGENCIES = "personnel.agencies.v1";
    public static final String BENCHMARK_BENCHMARKS = "benchmark.benchmarks.v1";
    /** Annual inspection plans published. */
    public static final String INSPECTION_PLANS = "inspection.plans.v1";
    /** Benchmark applications 基准适用记录: every recorded penalty decision and its deviations. */
    public static final String BENCHMARK_APPLICATIONS = "benchmark.applications.v1";
    public static final String INSPECTION_SPOT_CHECKS = "inspection.spot-checks.v1";
    public static final String INSPECTION_INSPECTIONS = "inspection.inspections.v1";
    /**
     * Coordination across agencies 综合查一次: joint inspections, frequency warnings, repeated inspections of one
     * enterprise by several agencies, clue transfers.
     */
    public static final String INSPECTION_COORDINATION = "inspection.coordination.v1";
    /** Economic impact assessments 经济影响评估 of heavy measures against enterprises (submitted, approved, returned). */
    public static final String INSPECTION_IMPACT_ASSESSMENTS = "inspection.impact-assessments.v1";
    /** Compliance guidance 涉企行政合规全过程指导 recorded for enterprises (before, during and after enforcement). */
    public static final String INSPECTION_GUIDANCE = "inspection.compliance-guidance.v1";
    public static final String SUPERVISION_COMPLAINTS = "supervision.complaints.v1";
    public static final String SUPERVISION_ACCOUNTABILITY = "supervision.accountability.v1";
    /** Case milestones reported by the agencies' case-handling systems to the case register. */
    public static final String SUPERVISION_CASES = "supervision.cases.v1";
    /** Supervision alerts (three-systems deadlines passed, …). */
    public static final String SUPERVISION_ALERTS = "supervision.alerts.v1";
    /** Supervision letters 督查函 / opinions / decisions issued to agencies and their escalation. */
    public static final String SUPERVISION_LETTERS = "supervision.letters.v1";
    /** Case-file reviews 案卷评查 completed (score, grade, veto hits, problems). */
    public static final String SUPERVISION_REVIEWS = "supervision.reviews.v1";
    /** Annual enforcement statistics 统计年报 submitted and published (for the provincial push and the public). */
    public static final String SUPERVISION_STATISTICS = "supervision.statistics.v1";

    public static final String DLT_SUFFIX = ".DLT";

    private Topics() {
    }

    public static String deadLetter(String topic) {
        return topic + DLT_SUFFIX;
    }
}
