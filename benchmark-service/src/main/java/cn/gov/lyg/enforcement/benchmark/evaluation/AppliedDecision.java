package cn.gov.lyg.enforcement.benchmark.evaluation;

import cn.gov.lyg.enforcement.benchmark.benchmark.DiscretionTier;
import java.math.BigDecimal;

/** What the evaluation needs of one recorded decision. */
public record AppliedDecision(String violationCode, DiscretionTier recommendedTier, BigDecimal fine,
                              boolean withinRecommended, boolean noPenalty, String exemption) {
}
