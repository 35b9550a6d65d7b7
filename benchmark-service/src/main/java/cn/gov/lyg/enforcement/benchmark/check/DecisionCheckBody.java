package cn.gov.lyg.enforcement.benchmark.check;

import cn.gov.lyg.enforcement.benchmark.recommendation.RecommendationBody;

/** A pre-decision check: the facts of the case (as for a recommendation), the case id and the proposed decision. */
public record DecisionCheckBody(String caseId, RecommendationBody facts, ProposedDecision decision) {
}
