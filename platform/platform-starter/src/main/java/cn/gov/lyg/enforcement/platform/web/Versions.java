package cn.gov.lyg.enforcement.platform.web;

import cn.gov.lyg.enforcement.platform.mongo.AggregateDocument;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import org.springframework.http.HttpStatus;

/**
 * Optimistic concurrency on the API (DESIGN.md §4: updates carry the version): the aggregate's {@code @Version} is
 * the {@code ETag}; a write may send it back in {@code If-Match}, and a stale one is 409 {@code VERSION_CONFLICT}
 * with the current version.
 */
public final class Versions {

    private Versions() {
    }

    public static String etag(AggregateDocument aggregate) {
        return "\"" + aggregate.getVersion() + "\"";
    }

    /** The version in an {@code If-Match} header; {@code null} when absent or {@code *}; 400 when not a version. */
    public static Long parse(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return null;
        }
        String value = ifMatch.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        try {
            return Long.parseLong(value.replace("\"", ""));
        } catch (NumberFormatException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "INVALID_PARAMETER", "If-Match");
        }
    }

    public static void check(AggregateDocument aggregate, Long expected) {
        check(aggregate.getVersion(), expected);
    }

    public static void check(Long current, Long expected) {
        if (expected != null && !expected.equals(current)) {
            throw new ApiException(HttpStatus.CONFLICT, "VERSION_CONFLICT").with("currentVersion", current);
        }
    }
}
