package cn.gov.lyg.enforcement.platform.audit;

import java.time.Instant;
import java.util.List;

/**
 * The answer of a verification run over audit chains.
 *
 * @param checkedAt      when the run read the chains
 * @param aggregateId    the aggregate checked, or null for all
 * @param chains         chains checked
 * @param lines          chained lines checked
 * @param pendingLines   lines still waiting in an aggregate's outbox (not yet in the trail; not missing)
 * @param unchainedLines lines written before chaining existed (no sequence number; cannot be checked)
 * @param openChains     chains whose aggregate document is gone, so that removed last lines cannot be seen
 * @param intact         true when no problem was found
 * @param problems       the problems found, at most {@code maxProblems} of them
 * @param truncated      true when more problems were found than listed
 */
public record AuditVerificationReport(Instant checkedAt, String aggregateId, int chains, long lines, long pendingLines,
                                      long unchainedLines, int openChains, boolean intact, List<AuditProblem> problems,
                                      boolean truncated) {
}
