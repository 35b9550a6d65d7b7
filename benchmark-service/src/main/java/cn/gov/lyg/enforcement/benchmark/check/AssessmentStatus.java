package cn.gov.lyg.enforcement.benchmark.check;

/**
 * Whether an economic impact assessment 经济影响评估 of a case is on file, as inspection-service reported it
 * ({@code EconomicImpactAssessed}): DONE when approved, PENDING when submitted or returned but not approved, MISSING
 * when inspection reported none for the agency's case.
 */
public enum AssessmentStatus {
    DONE, PENDING, MISSING
}
