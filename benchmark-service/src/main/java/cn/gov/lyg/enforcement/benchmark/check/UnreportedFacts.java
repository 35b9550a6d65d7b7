package cn.gov.lyg.enforcement.benchmark.check;

/**
 * The source of facts no service reports yet: personnel publishes no officer-profile event carrying
 * {@code legalProfessionQualified}/{@code legalReviewer}. It answers UNKNOWN, which the gate reports as such — never
 * as passed. Replace it by a projection once its events exist. (Impact assessments come from inspection's events:
 * {@link ImpactAssessmentConsumer}.)
 */
public class UnreportedFacts implements ReviewerProfiles {

    @Override
    public ReviewerProfile find(String officerId) {
        return ReviewerProfile.unknown(officerId);
    }
}
