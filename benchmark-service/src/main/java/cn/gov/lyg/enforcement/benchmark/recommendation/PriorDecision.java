package cn.gov.lyg.enforcement.benchmark.recommendation;

import java.time.LocalDate;

/** An earlier recorded decision on the same party, for the first-violation look-back. */
public record PriorDecision(String violationCode, LocalDate decisionDate, boolean penalised) {
}
