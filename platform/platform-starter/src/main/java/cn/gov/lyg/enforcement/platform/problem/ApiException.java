package cn.gov.lyg.enforcement.platform.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A rejection with a stable rule code (DOMAIN.md), rendered as RFC 9457 problem details by the platform.
 * The message for {@code code} comes from the service's message bundle ({@code messages.properties} in Chinese,
 * {@code messages_en.properties} in English), formatted with {@code args}.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final transient Object[] args;
    private final List<FieldViolation> errors;
    private final Map<String, Object> extensions = new LinkedHashMap<>();

    public ApiException(HttpStatus status, String code, List<FieldViolation> errors, Object... args) {
        super(code);
        this.status = status;
        this.code = code;
        this.args = args;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public ApiException(HttpStatus status, String code, Object... args) {
        this(status, code, List.of(), args);
    }

    /** 400: input that breaks a rule, e.g. {@code COERCION_NOT_ENTRUSTABLE}. */
    public static ApiException badRequest(String code, Object... args) {
        return new ApiException(HttpStatus.BAD_REQUEST, code, args);
    }

    /** 400 with the offending fields. */
    public static ApiException invalid(String code, List<FieldViolation> errors) {
        return new ApiException(HttpStatus.BAD_REQUEST, code, errors);
    }

    /** 404: unknown, or outside the caller's data scope (never say which). */
    public static ApiException notFound(String what, Object id) {
        return new ApiException(HttpStatus.NOT_FOUND, "NOT_FOUND", what, id);
    }

    /** 409: a conflict with the current state, e.g. a duplicate business key or a stale version. */
    public static ApiException conflict(String code, Object... args) {
        return new ApiException(HttpStatus.CONFLICT, code, args);
    }

    /** 403: authenticated, but this caller may not do this. */
    public static ApiException forbidden(String code, Object... args) {
        return new ApiException(HttpStatus.FORBIDDEN, code, args);
    }

    public ApiException with(String extension, Object value) {
        extensions.put(extension, value);
        return this;
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args;
    }

    public List<FieldViolation> errors() {
        return errors;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }
}
