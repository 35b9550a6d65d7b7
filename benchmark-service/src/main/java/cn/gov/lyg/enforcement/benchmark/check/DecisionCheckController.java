package cn.gov.lyg.enforcement.benchmark.check;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/benchmarks/v1/decision-checks}: the pre-decision gate. */
@RestController
@RequestMapping("/api/benchmarks/v1/decision-checks")
@Tag(name = "decision checks", description = "处罚决定前合规检查")
public class DecisionCheckController {

    private final DecisionCheckService checks;

    public DecisionCheckController(DecisionCheckService checks) {
        this.checks = checks;
    }

    @PostMapping
    @Operation(summary = "Every rule the proposed decision breaks (code, citation); UNKNOWN where facts are missing")
    public DecisionCheckView check(@RequestBody(required = false) String body) {
        return checks.check(body);
    }
}
