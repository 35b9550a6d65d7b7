package cn.gov.lyg.enforcement.platform.audit;

import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import cn.gov.lyg.enforcement.platform.security.policy.AuditVerifiers;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The verification endpoint of the audit trail, in every service at {@code enforcement.audit.base-path} (default
 * {@code /api/<spring.application.name>/v1/audit}): {@code GET .../verification} checks every chain,
 * {@code GET .../verification?aggregateId=} the chains of one aggregate. The answer says whether the trail is intact
 * and where it is not: the line id and sequence number of a changed line, the sequence numbers of removed lines.
 */
@RestController
@RequestMapping("${enforcement.audit.base-path:/api/${spring.application.name}/v1/audit}")
public class AuditVerificationController {

    static final int MAX_PROBLEMS = 200;

    private final AuditVerifier verifier;

    public AuditVerificationController(AuditVerifier verifier) {
        this.verifier = verifier;
    }

    @GetMapping("/verification")
    @AuditVerifiers
    public AuditVerificationReport verify(@RequestParam(required = false) String aggregateId,
                                          @RequestParam(defaultValue = "50") int maxProblems) {
        if (maxProblems < 1 || maxProblems > MAX_PROBLEMS) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "INVALID_PARAMETER",
                    List.of(FieldViolation.of("maxProblems", "FIELD_RANGE")), "maxProblems");
        }
        return aggregateId == null || aggregateId.isBlank() ? verifier.verifyAll(maxProblems)
                : verifier.verify(aggregateId, maxProblems);
    }
}
