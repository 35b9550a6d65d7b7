package cn.gov.lyg.enforcement.benchmark.application;

import cn.gov.lyg.enforcement.benchmark.evaluation.BenchmarkEvaluation;
import cn.gov.lyg.enforcement.platform.security.policy.AgencyManagementReviewOrSupervision;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/benchmarks/v1/evaluations}: 基准实施评估 of one agency and period, as JSON or
 * ({@code /evaluations/export}) as an XLSX workbook.
 */
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

    @GetMapping("/export")
    @AgencyManagementReviewOrSupervision
    @Operation(summary = "The same evaluation as an XLSX workbook (streamed)",
            description = "Same parameters, roles and data scope as GET /evaluations (another agency outside the "
                    + "caller's scope is 404; errors are problem+json). Sheets: 评估指标 (indicators), 同案不同罚 "
                    + "(per violation code and recommended tier: fines, mean, standard deviation, coefficient of "
                    + "variation), 偏离基准 (every decision outside the recommended range with its approval), 不予处罚 "
                    + "(decisions per no-penalty ground). Column headers in Chinese and English; counts and rates "
                    + "are numeric cells, money exact decimals in yuan; text cells starting with = + - @ get a "
                    + "leading apostrophe.")
    @ApiResponse(responseCode = "200", description = "The workbook, as an attachment",
            content = @Content(mediaType = EvaluationWorkbook.CONTENT_TYPE,
                    schema = @Schema(type = "string", format = "binary")))
    public void export(@RequestParam(required = false) String agencyCode,
                       @RequestParam(required = false) LocalDate from,
                       @RequestParam(required = false) LocalDate to,
                       @RequestParam(required = false) Integer totalDecisions,
                       HttpServletResponse response) throws IOException {
        EvaluationExport export = applications.evaluationExport(agencyCode, from, to, totalDecisions);
        response.setContentType(EvaluationWorkbook.CONTENT_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("benchmark-evaluation-" + export.agencyCode().replaceAll("[^0-9A-Za-z]", "_") + "-"
                        + export.from() + "-" + export.to() + ".xlsx", StandardCharsets.UTF_8)
                .build().toString());
        EvaluationWorkbook.write(export, response.getOutputStream());
    }
}
