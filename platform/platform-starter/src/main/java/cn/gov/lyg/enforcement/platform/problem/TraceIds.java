package cn.gov.lyg.enforcement.platform.problem;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * W3C trace context without a tracing library: the trace id of the current request or message lives in the MDC
 * under {@code traceId} (so every log line shows it) and travels in the {@code traceparent} header over HTTP and Kafka.
 */
public final class TraceIds {

    public static final String MDC_KEY = "traceId";
    public static final String TRACEPARENT = "traceparent";
    private static final Pattern TRACEPARENT_FORMAT = Pattern.compile("^00-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}$");
    private static final SecureRandom RANDOM = new SecureRandom();

    private TraceIds() {
    }

    public static String current() {
        String id = MDC.get(MDC_KEY);
        return id != null ? id : newTraceId();
    }

    public static Optional<String> traceIdOf(String traceparent) {
        if (traceparent == null) {
            return Optional.empty();
        }
        var matcher = TRACEPARENT_FORMAT.matcher(traceparent.trim());
        if (!matcher.matches() || matcher.group(1).equals("0".repeat(32))) {
            return Optional.empty();
        }
        return Optional.of(matcher.group(1));
    }

    /** A {@code traceparent} for an outgoing call or message in the current trace, with a new span id. */
    public static String traceparent() {
        return "00-" + current() + "-" + hex(8) + "-01";
    }

    public static String newTraceId() {
        return hex(16);
    }

    private static String hex(int bytes) {
        byte[] buffer = new byte[bytes];
        RANDOM.nextBytes(buffer);
        return HexFormat.of().formatHex(buffer);
    }
}
