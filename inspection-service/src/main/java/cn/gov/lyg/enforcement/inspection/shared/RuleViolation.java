package cn.gov.lyg.enforcement.inspection.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A business rule of DOMAIN.md §2.3 was broken. Plain Java: domain code throws it, the web layer renders it as an RFC
 * 9457 problem with {@link #code()} as the stable {@code code} (see {@code RuleViolationAdvice}).
 *
 * <p>{@link #kind()} decides the HTTP status: an input that breaks a rule is {@link Kind#INVALID} (400), a request that
 * conflicts with the current state is {@link Kind#CONFLICT} (409).
 */
public class RuleViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** How the violation is answered. */
    public enum Kind { INVALID, CONFLICT }

    private final String code;
    private final Kind kind;
    private final transient Object[] args;
    private final transient Map<String, Object> details = new LinkedHashMap<>();

    public RuleViolation(String code, Kind kind, Object... args) {
        super(code);
        this.code = Objects.requireNonNull(code, "code");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.args = args == null ? new Object[0] : args.clone();
    }

    /** 400: the input breaks a rule. */
    public static RuleViolation invalid(String code, Object... args) {
        return new RuleViolation(code, Kind.INVALID, args);
    }

    /** 409: the request conflicts with the current state. */
    public static RuleViolation conflict(String code, Object... args) {
        return new RuleViolation(code, Kind.CONFLICT, args);
    }

    /** Adds a detail (rendered as a problem extension member), e.g. the personnel reason codes of a refusal. */
    public RuleViolation with(String name, Object value) {
        details.put(name, value instanceof List<?> l ? List.copyOf(l) : value);
        return this;
    }

    public String code() {
        return code;
    }

    public Kind kind() {
        return kind;
    }

    public Object[] args() {
        return args.clone();
    }

    public Map<String, Object> details() {
        return Map.copyOf(details);
    }
}
