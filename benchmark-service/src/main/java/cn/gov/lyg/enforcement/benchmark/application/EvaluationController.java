package cn.gov.lyg.enforcement.benchmark.application;

import cn.gov.lyg.enforcement.benchmark.evaluation.BenchmarkEvaluation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/benchmarks/v1/evaluations}: 基准实施评估 of one agency and period. */
@RestController
@RequestMapping("/api/benchmarks/v1/evaluations")
@Tag(name = "evaluations", description = "基准实施评估")
public class EvaluationController {

    private final ApplicationService applications;

    public EvaluationController(ApplicationService applications) {
        this.applications = applications;
    }

    @GetMapping
    @Operation(summary = "Share applying a benchmark (with totalDecisions), deviation rate, fine dispersion (CV), exemption use")
    public BenchmarkEvaluation evaluate(@RequestParam(required = false) String agencyCode,
                                        @RequestParam(required = false) LocalDate from,
                                        @RequestParam(required = false) LocalDate to,
                                        @RequestParam(required = false) Integer totalDecisions) {
        return applications.evaluate(agencyCode, from, to, totalDecisions);
    }
}
