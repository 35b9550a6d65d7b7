package cn.gov.lyg.enforcement.benchmark.recommendation;

import cn.gov.lyg.enforcement.benchmark.benchmark.DiscretionBenchmark;

/**
 * 从旧兼从轻 (Art. 37): {@code atViolation} is the version in force when the act was committed, {@code atDecision} the one
 * in force at decision time; {@code chosen} is the one applied. Both are recorded. {@code atViolation} is null when the
 * benchmark did not exist yet (then the version at decision applies, as the only one).
 */
public record VersionChoice(DiscretionBenchmark atViolation, DiscretionBenchmark atDecision, DiscretionBenchmark chosen,
                            Reason reason) {

    public String atViolationId() {
        return atViolation == null ? null : atViolation.versionId();
    }

    public String atDecisionId() {
        return atDecision == null ? null : atDecision.versionId();
    }
}
