package cn.gov.lyg.enforcement.platform.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/** Writes a problem straight to the servlet response, for code that runs outside Spring MVC (filters, security). */
public class ProblemResponseWriter {

    private final ProblemFactory problems;
    private final JsonMapper json;

    public ProblemResponseWriter(ProblemFactory problems, JsonMapper json) {
        this.problems = problems;
        this.json = json;
    }

    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
                      Map<String, String> headers) throws IOException {
        ProblemDetail problem = problems.create(status, code, null, List.of(), null, request.getRequestURI(),
                Problems.locale(request));
        response.setStatus(status.value());
        response.setContentType(Problems.PROBLEM_JSON.toString());
        response.setCharacterEncoding("UTF-8");
        if (headers != null) {
            headers.forEach(response::setHeader);
        }
        response.getWriter().write(json.writeValueAsString(Problems.toMap(problem)));
    }
}
