package cn.gov.lyg.enforcement.platform.problem;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** Rendering helpers shared by the exception handler, the security entry points and the error controller. */
public final class Problems {

    public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    private Problems() {
    }

    /** Chinese unless the caller asks for English ({@code Accept-Language: en...}). */
    public static Locale locale(HttpServletRequest request) {
        return locale(request == null ? null : request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }

    public static Locale locale(String acceptLanguage) {
        return ProblemTexts.locale(acceptLanguage);
    }

    /** A flat JSON object: the standard members first, then the extensions. */
    public static Map<String, Object> toMap(ProblemDetail problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", String.valueOf(problem.getType()));
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getInstance() != null) {
            body.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return body;
    }

    public static ResponseEntity<Object> response(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(PROBLEM_JSON).body(toMap(problem));
    }
}
