package cn.gov.lyg.enforcement.benchmark.check;

/**
 * The sources of facts no service reports yet: personnel publishes no officer-profile event carrying
 * {@code legalProfessionQualified}/{@code legalReviewer}, and inspection no assessment event. Both answer UNKNOWN,
 * which the gate reports as such — never as passed. Replace each by a projection once its events exist.
 */
public class UnreportedFacts implements ReviewerProfiles, ImpactAssessments {

    @Override
    public ReviewerProfile find(String officerId) {
        return ReviewerProfile.unknown(officerId);
    }

    @Override
    public AssessmentStatus statusFor(String agencyCode, String caseId) {
        return AssessmentStatus.UNKNOWN;
    }
}
