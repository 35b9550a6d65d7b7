package cn.gov.lyg.enforcement.gateway.web;

import java.util.concurrent.ThreadLocalRandom;

import org.springframework.web.server.ServerWebExchange;

/**
 * Per-request facts fixed when the request enters the gateway, kept as an exchange attribute so they
 * survive the circuit breaker's forward to the fallback (which rewrites the path).
 *
 * @param traceId W3C trace id (from an incoming {@code traceparent}, else generated)
 * @param requestId {@code X-Request-Id} (the client's, else the trace id)
 * @param requestIdGenerated whether the gateway made the request id up (then it is forwarded)
 * @param path the path as the client sent it
 */
public record RequestContext(String traceId, String requestId, boolean requestIdGenerated, String path) {

	public static final String ATTRIBUTE = RequestContext.class.getName();

	public static final String REQUEST_ID_HEADER = "X-Request-Id";

	private static final char[] HEX = "0123456789abcdef".toCharArray();

	public static RequestContext of(ServerWebExchange exchange) {
		RequestContext ctx = exchange.getAttribute(ATTRIBUTE);
		if (ctx == null) {
			String id = newTraceId();
			ctx = new RequestContext(id, id, true, exchange.getRequest().getPath().value());
			exchange.getAttributes().put(ATTRIBUTE, ctx);
		}
		return ctx;
	}

	/** 32 lower-case hex characters, never all zeros. Not security relevant, so no SecureRandom. */
	public static String newTraceId() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		long hi = random.nextLong();
		long lo = random.nextLong();
		if (hi == 0 && lo == 0) {
			lo = 1;
		}
		char[] out = new char[32];
		hex(hi, out, 0);
		hex(lo, out, 16);
		return new String(out);
	}

	private static void hex(long v, char[] out, int offset) {
		for (int i = 15; i >= 0; i--) {
			out[offset + i] = HEX[(int) (v & 0xF)];
			v >>>= 4;
		}
	}

	/**
	 * The trace id of a W3C {@code traceparent} ({@code 00-<32 hex>-<16 hex>-<2 hex>}), or null if
	 * absent or malformed.
	 */
	public static String traceIdFromTraceparent(String traceparent) {
		if (traceparent == null || traceparent.length() < 55 || traceparent.charAt(2) != '-'
				|| traceparent.charAt(35) != '-') {
			return null;
		}
		boolean nonZero = false;
		for (int i = 3; i < 35; i++) {
			char c = traceparent.charAt(i);
			boolean hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
			if (!hex) {
				return null;
			}
			nonZero |= c != '0';
		}
		return nonZero ? traceparent.substring(3, 35) : null;
	}

	/** A client-supplied request id, if it is short and harmless to echo and log; else null. */
	public static String sanitizeRequestId(String value) {
		if (value == null || value.isEmpty() || value.length() > 64) {
			return null;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
					|| c == '_' || c == '.' || c == ':';
			if (!ok) {
				return null;
			}
		}
		return value;
	}

}
