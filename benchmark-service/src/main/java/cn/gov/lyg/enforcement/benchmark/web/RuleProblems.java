package cn.gov.lyg.enforcement.benchmark.web;

import cn.gov.lyg.enforcement.benchmark.law.RuleBreach;
import cn.gov.lyg.enforcement.benchmark.law.RuleException;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;

/**
 * Turns a domain {@link RuleException} into a problem: the first breach's code is the problem code, every breach is
 * listed in {@code errors[]} and in {@code violations} with its legal citation. Input errors answer 400, state
 * conflicts 409, unknown things 404, and broken rules of a well-formed request 422.
 */
public final class RuleProblems {

    private static final Set<String> BAD_INPUT = Set.of("UNKNOWN_FACTOR", "INVALID_FACTOR_SCORE", "NEGATIVE_AMOUNT",
            "DATES_OUT_OF_ORDER", "DATE_REQUIRED", "CIRCUMSTANCE_LEVEL_REQUIRED", "BASE_AMOUNT_REQUIRED",
            "ENTRY_INVALID", "BENCHMARK_INVALID", "FINE_KIND_MISMATCH");
    private static final Set<String> CONFLICT = Set.of("INVALID_BENCHMARK_TRANSITION", "DUPLICATE_VIOLATION_CODE",
            "BENCHMARK_VERSION_NOT_RELEASED");
    private static final Set<String> NOT_FOUND = Set.of("ENTRY_NOT_FOUND", "NO_BENCHMARK_IN_FORCE");

    private RuleProblems() {
    }

    public static ApiException of(RuleException e) {
        String code = e.code();
        HttpStatus status = BAD_INPUT.contains(code) ? HttpStatus.BAD_REQUEST
                : CONFLICT.contains(code) ? HttpStatus.CONFLICT
                : NOT_FOUND.contains(code) ? HttpStatus.NOT_FOUND : HttpStatus.UNPROCESSABLE_CONTENT;
        List<FieldViolation> errors = e.breaches().stream()
                .map(b -> new FieldViolation(null, b.code(), b.detail() + " — " + b.citation().display())).toList();
        return new ApiException(status, code, errors, e.breaches().get(0).detail())
                .with("violations", e.breaches().stream().map(RuleProblems::view).toList());
    }

    public static Map<String, Object> view(RuleBreach b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", b.code());
        m.put("detail", b.detail());
        m.put("citation", b.citation().display());
        m.put("provenance", b.citation().tag());
        return m;
    }

    /** Runs domain code, translating its rule exceptions. */
    public static <T> T apply(Supplier<T> action) {
        try {
            return action.get();
        } catch (RuleException e) {
            throw of(e);
        }
    }

    public static void run(Runnable action) {
        try {
            action.run();
        } catch (RuleException e) {
            throw of(e);
        }
    }
}
