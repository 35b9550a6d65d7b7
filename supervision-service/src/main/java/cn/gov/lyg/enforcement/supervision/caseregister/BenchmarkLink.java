package cn.gov.lyg.enforcement.supervision.caseregister;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A decision of the case as the agency recorded it against a discretion benchmark (基准适用记录, from
 * {@code benchmark.applications.v1}): linked to the case's DECIDED milestone instead of being counted as a second
 * decision. {@code differences} names what the application and the reported decision disagree on
 * ({@code DECISION_DATE}, {@code FINE_AMOUNT}, {@code PENALTY_KINDS}); empty when they agree.
 */
public record BenchmarkLink(String applicationId, String entryId, String benchmarkVersionId, String violationCode,
                            LocalDate decisionDate, List<String> finalPenaltyKinds, String finalFine,
                            boolean withinRecommended, boolean noPenalty, List<String> differences,
                            Instant linkedAt) {
}
