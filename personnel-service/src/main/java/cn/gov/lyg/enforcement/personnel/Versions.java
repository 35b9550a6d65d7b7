package cn.gov.lyg.enforcement.personnel;

import cn.gov.lyg.enforcement.platform.mongo.AggregateDocument;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import org.springframework.http.HttpStatus;

/** {@code ETag}/{@code If-Match} handling shared by the controllers (the aggregate's {@code @Version}). */
public final class Versions {

    private Versions() {
    }

    public static String etag(AggregateDocument aggregate) {
        return "\"" + aggregate.getVersion() + "\"";
    }

    /** The version in an {@code If-Match} header; {@code null} when absent or {@code *}. */
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
        if (expected != null && !expected.equals(aggregate.getVersion())) {
            throw new ApiException(HttpStatus.CONFLICT, "VERSION_CONFLICT").with("currentVersion", aggregate.getVersion());
        }
    }
}
