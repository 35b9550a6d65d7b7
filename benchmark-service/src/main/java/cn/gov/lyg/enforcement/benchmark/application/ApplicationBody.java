package cn.gov.lyg.enforcement.benchmark.application;

import cn.gov.lyg.enforcement.benchmark.check.ProposedDecision;
import cn.gov.lyg.enforcement.benchmark.recommendation.RecommendationBody;

/**
 * A decision to record: the case, its facts (as for a recommendation), the decision taken, the exemption applied
 * (code of a no-penalty option, if no penalty) and the discretion reasoning 裁量说理.
 */
public record ApplicationBody(String caseId, RecommendationBody facts, ProposedDecision decision, String exemption,
                              String reasoningText) {
}
