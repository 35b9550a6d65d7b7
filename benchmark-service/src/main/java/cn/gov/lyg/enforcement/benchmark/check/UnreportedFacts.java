package cn.gov.lyg.enforcement.benchmark.check;

/**
 * The source of facts no service reports yet: inspection publishes no assessment event, so the economic impact
 * assessment answers UNKNOWN, which the gate reports as such — never as passed. Replace it by a projection once the
 * events exist. (Legal reviewers come from personnel's officer profiles: {@link ProjectedReviewerProfiles}.)
 */
public class UnreportedFacts implements ImpactAssessments {

    @Override
    public AssessmentStatus statusFor(String agencyCode, String caseId) {
        return AssessmentStatus.UNKNOWN;
    }
}
