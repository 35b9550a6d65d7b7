package cn.gov.lyg.enforcement.supervision.review;

import java.math.BigDecimal;
import java.util.List;

/**
 * The sampling of a batch: mode, either a count or a ratio (0 &lt; ratio ≤ 1, rounded up, at least one file), the seed
 * and, for MANUAL, the case ids picked by hand.
 */
public record SamplingSpec(SamplingMode mode, Integer count, BigDecimal ratio, long seed, List<String> manualCaseIds) {
}
