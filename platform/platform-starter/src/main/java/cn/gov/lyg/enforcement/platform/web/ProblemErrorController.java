package cn.gov.lyg.enforcement.platform.web;

import cn.gov.lyg.enforcement.platform.problem.ProblemFactory;
import cn.gov.lyg.enforcement.platform.problem.Problems;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors that escape Spring MVC (container errors, filters) also answer problem+json. Not an API operation (hidden
 * from the OpenAPI document); called directly, without an error to report, it answers 404 like any unknown path.
 */
@RestController
@Hidden
public class ProblemErrorController implements ErrorController {

    private final ProblemFactory problems;

    public ProblemErrorController(ProblemFactory problems) {
        this.problems = problems;
    }

    @RequestMapping("${server.error.path:/error}")
    public ResponseEntity<Object> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code == null && request.getDispatcherType() != jakarta.servlet.DispatcherType.ERROR) {
            // a direct request for the error path, not an error dispatch: nothing failed, the path is not an API
            return Problems.response(problems.create(HttpStatus.NOT_FOUND, "NOT_FOUND",
                    new Object[] {"resource", request.getRequestURI()}, List.of(), null, request.getRequestURI(),
                    Problems.locale(request)));
        }
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.valueOf(value) : HttpStatus.INTERNAL_SERVER_ERROR;
        String problemCode = switch (status) {
            case NOT_FOUND -> "NOT_FOUND";
            case BAD_REQUEST -> "BAD_REQUEST";
            case UNAUTHORIZED -> "UNAUTHENTICATED";
            case FORBIDDEN -> "ACCESS_DENIED";
            case METHOD_NOT_ALLOWED -> "METHOD_NOT_ALLOWED";
            case CONTENT_TOO_LARGE -> "PAYLOAD_TOO_LARGE";
            default -> status.is4xxClientError() ? "BAD_REQUEST" : "INTERNAL_ERROR";
        };
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return Problems.response(problems.create(status, problemCode, new Object[] {"resource", uri}, List.of(), null,
                uri == null ? null : uri.toString(), Problems.locale(request)));
    }
}
