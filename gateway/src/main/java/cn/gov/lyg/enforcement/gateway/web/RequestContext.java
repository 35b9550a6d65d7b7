package cn.gov.lyg.enforcement.gateway.web;

import cn.gov.lyg.enforcement.platform.problem.TraceIds;

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

	public static RequestContext of(ServerWebExchange exchange) {
		RequestContext ctx = exchange.getAttribute(ATTRIBUTE);
		if (ctx == null) {
			String id = TraceIds.newTraceId();
			ctx = new RequestContext(id, id, true, exchange.getRequest().getPath().value());
			exchange.getAttributes().put(ATTRIBUTE, ctx);
		}
		return ctx;
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
