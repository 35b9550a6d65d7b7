package cn.gov.lyg.enforcement.benchmark.check;

/** Whether an economic impact assessment exists for a case (fed by inspection's {@code EconomicImpactAssessed}). */
public interface ImpactAssessments {

    AssessmentStatus statusFor(String agencyCode, String caseId);
}
