package cn.gov.lyg.enforcement.inspection.shared;

import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import cn.gov.lyg.enforcement.platform.problem.ProblemExceptionHandler;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Renders a domain {@link RuleViolation} as the platform's RFC 9457 problem (its code, its details as members). */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RuleViolationAdvice {

    private final ProblemExceptionHandler problems;

    public RuleViolationAdvice(ProblemExceptionHandler problems) {
        this.problems = problems;
    }

    @ExceptionHandler(RuleViolation.class)
    public ResponseEntity<Object> violation(RuleViolation v, HttpServletRequest request) {
        return problems.api(toApi(v), request);
    }

    public static ApiException toApi(RuleViolation v) {
        HttpStatus status = v.kind() == RuleViolation.Kind.CONFLICT ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
        Object field = v.details().get("field");
        List<FieldViolation> errors = field == null ? List.of() : List.of(FieldViolation.of(field.toString(), v.code()));
        ApiException e = new ApiException(status, v.code(), errors, v.args());
        v.details().forEach((k, val) -> {
            if (!"field".equals(k)) {
                e.with(k, val);
            }
        });
        return e;
    }
}
