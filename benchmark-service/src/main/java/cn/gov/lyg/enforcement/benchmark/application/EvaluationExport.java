package cn.gov.lyg.enforcement.benchmark.application;

import cn.gov.lyg.enforcement.benchmark.benchmark.DiscretionTier;
import cn.gov.lyg.enforcement.benchmark.evaluation.BenchmarkEvaluation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the XLSX export of an evaluation holds: the agency and period asked for, the evaluation itself (the same as
 * {@code GET /evaluations} answers for the same parameters) and the decisions that deviated from the recommended range,
 * in decision-date order (one per {@link BenchmarkEvaluation#deviations()}).
 */
public record EvaluationExport(String agencyCode, LocalDate from, LocalDate to, BenchmarkEvaluation evaluation,
                               List<Deviation> deviations) {

    public EvaluationExport {
        deviations = List.copyOf(deviations);
    }

    /** One decision outside the recommended range, with the approval that allowed it. */
    public record Deviation(String applicationId, String caseId, LocalDate decisionDate, String violationCode,
                            DiscretionTier recommendedTier, BigDecimal recommendedMin, BigDecimal recommendedMax,
                            BigDecimal finalFine, boolean noPenalty, String approvalType, String approver,
                            LocalDate approvalDate, String minutesRef, String reasoning) {
    }
}
