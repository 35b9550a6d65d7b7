package cn.gov.lyg.enforcement.benchmark.check;

import cn.gov.lyg.enforcement.benchmark.recommendation.RecommendationService;
import cn.gov.lyg.enforcement.benchmark.recommendation.RecommendationView;
import cn.gov.lyg.enforcement.benchmark.web.Bodies;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import cn.gov.lyg.enforcement.platform.security.policy.DecisionSupport;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/** The pre-decision gate for case-handling systems: every rule a proposed decision breaks, with code and citation. */
@Service
public class DecisionCheckService {

    private final RecommendationService recommendations;
    private final DecisionChecks checks;
    private final ReviewerProfiles reviewers;
    private final ImpactAssessments assessments;
    private final JsonMapper json;

    public DecisionCheckService(RecommendationService recommendations, DecisionChecks checks,
                                ReviewerProfiles reviewers, ImpactAssessments assessments, JsonMapper json) {
        this.recommendations = recommendations;
        this.checks = checks;
        this.reviewers = reviewers;
        this.assessments = assessments;
        this.json = json;
    }

    @DecisionSupport
    public DecisionCheckView check(String body) {
        DecisionCheckBody b = Bodies.read(json, body, DecisionCheckBody.class, "DECISION_CHECK_INVALID");
        return evaluate(b.caseId(), b.facts(), b.decision()).view();
    }

    /** Resolves the facts and runs every check (shared with the applications). */
    public Evaluation evaluate(String caseId, cn.gov.lyg.enforcement.benchmark.recommendation.RecommendationBody facts,
                               ProposedDecision decision) {
        if (facts == null) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "FIELD_REQUIRED", List.of(FieldViolation.of("facts",
                    "FIELD_REQUIRED")));
        }
        if (decision == null) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "FIELD_REQUIRED", List.of(FieldViolation.of("decision",
                    "FIELD_REQUIRED")));
        }
        if (decision.decisionDate() != null && facts.decisionDate() != null
                && !decision.decisionDate().equals(facts.decisionDate())) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "DATES_OUT_OF_ORDER", List.of(FieldViolation.of(
                    "decision.decisionDate", "DATES_OUT_OF_ORDER")), "decision.decisionDate differs from facts.decisionDate");
        }
        RecommendationService.Resolved r = recommendations.resolve(facts);
        ProposedDecision d = decision.domain() != null || r.outcome().choice().chosen().domain() == null ? decision
                : withDomain(decision, r.outcome().choice().chosen().domain());
        if (d.decisionDate() == null) {
            d = withDecisionDate(d, facts.decisionDate());
        }
        ReviewerProfile reviewer = d.legalReviewerId() == null ? null : reviewers.find(d.legalReviewerId());
        CheckReport report = checks.check(r.entry(), r.request(), r.outcome().recommendation(), d, reviewer,
                assessments.statusFor(r.agencyCode(), caseId));
        return new Evaluation(r, d, report);
    }

    /** A resolved check. */
    public record Evaluation(RecommendationService.Resolved resolved, ProposedDecision decision, CheckReport report) {

        public DecisionCheckView view() {
            return DecisionCheckView.of(report, RecommendationView.ofResolved(resolved));
        }
    }

    private static ProposedDecision withDomain(ProposedDecision d, String domain) {
        return new ProposedDecision(d.penaltyKinds(), d.fineAmount(), d.confiscationAmount(), d.tier(), d.partyType(),
                d.procedure(), d.onTheSpotCollection(), d.hardToCollectLater(), d.remoteArea(), d.decisionDate(),
                d.priorNoticeDate(), d.hearingRightNotified(), d.hearingRequestedOn(), d.hearingWaived(),
                d.hearingNoticeDate(), d.hearingDate(), d.majorDecision(), d.legalReviewerId(), d.legalReviewDate(),
                d.deviationApproval(), d.educationMeasure(), domain);
    }

    private static ProposedDecision withDecisionDate(ProposedDecision d, java.time.LocalDate date) {
        return new ProposedDecision(d.penaltyKinds(), d.fineAmount(), d.confiscationAmount(), d.tier(), d.partyType(),
                d.procedure(), d.onTheSpotCollection(), d.hardToCollectLater(), d.remoteArea(), date,
                d.priorNoticeDate(), d.hearingRightNotified(), d.hearingRequestedOn(), d.hearingWaived(),
                d.hearingNoticeDate(), d.hearingDate(), d.majorDecision(), d.legalReviewerId(), d.legalReviewDate(),
                d.deviationApproval(), d.educationMeasure(), d.domain());
    }
}
