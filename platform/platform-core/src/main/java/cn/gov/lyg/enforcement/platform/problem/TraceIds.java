package cn.gov.lyg.enforcement.platform.problem;

import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.MDC;

/**
 * W3C trace context without a tracing library, for the gateway and every service: the trace id of the current
 * request or message lives in the MDC under {@code traceId} (so every log line shows it) and travels in the
 * {@code traceparent} header over HTTP and Kafka. Parsing and generation avoid regexes and SecureRandom: they run
 * on every request at the gateway, and trace ids are not secrets.
 */
public final class TraceIds {

    public static final String MDC_KEY = "traceId";
    public static final String TRACEPARENT = "traceparent";
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private TraceIds() {
    }

    public static String current() {
        String id = MDC.get(MDC_KEY);
        return id != null ? id : newTraceId();
    }

    public static Optional<String> traceIdOf(String traceparent) {
        return Optional.ofNullable(traceIdOrNull(traceparent));
    }

    /**
     * The trace id of a {@code traceparent} ({@code 00-<32 hex>-<16 hex>-<2 hex>}), or null if absent, malformed or
     * all zeros.
     */
    public static String traceIdOrNull(String traceparent) {
        if (traceparent == null) {
            return null;
        }
        String value = traceparent.trim();
        if (value.length() != 55 || value.charAt(0) != '0' || value.charAt(1) != '0' || value.charAt(2) != '-'
                || value.charAt(35) != '-' || value.charAt(52) != '-'
                || !lowerHex(value, 36, 52) || !lowerHex(value, 53, 55) || !lowerHex(value, 3, 35)) {
            return null;
        }
        for (int i = 3; i < 35; i++) {
            if (value.charAt(i) != '0') {
                return value.substring(3, 35);
            }
        }
        return null;
    }

    /** A {@code traceparent} for an outgoing call or message in the current trace, with a new span id. */
    public static String traceparent() {
        return "00-" + current() + "-" + hex(ThreadLocalRandom.current().nextLong() | 1L) + "-01";
    }

    /** 32 lower-case hex characters, never all zeros. */
    public static String newTraceId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long hi = random.nextLong();
        long lo = random.nextLong();
        if (hi == 0 && lo == 0) {
            lo = 1;
        }
        return hex(hi) + hex(lo);
    }

    private static String hex(long value) {
        char[] out = new char[16];
        long v = value;
        for (int i = 15; i >= 0; i--) {
            out[i] = HEX[(int) (v & 0xF)];
            v >>>= 4;
        }
        return new String(out);
    }

    private static boolean lowerHex(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }
}
