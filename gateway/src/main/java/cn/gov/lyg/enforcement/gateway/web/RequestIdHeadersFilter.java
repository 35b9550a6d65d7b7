package cn.gov.lyg.enforcement.gateway.web;

import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;

/**
 * Forwards the request id the gateway generated (a client's own {@code X-Request-Id} and any W3C
 * {@code traceparent} pass through unchanged anyway), and, when the client sent no {@code traceparent},
 * one carrying the gateway's trace id, so that the service, its log lines, its problems and the events it
 * writes continue the gateway's trace. Runs last among the header filters, on the copy that is sent.
 */
public class RequestIdHeadersFilter implements HttpHeadersFilter, Ordered {

	@Override
	public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
		RequestContext ctx = exchange.getAttribute(RequestContext.ATTRIBUTE);
		if (ctx == null) {
			return input;
		}
		boolean addRequestId = ctx.requestIdGenerated();
		boolean addTraceparent = input.getFirst(TRACEPARENT) == null && ctx.traceId() != null;
		if (!addRequestId && !addTraceparent) {
			return input;
		}
		HttpHeaders out = input;
		try {
			apply(out, ctx, addRequestId, addTraceparent);
		}
		catch (UnsupportedOperationException readOnly) {
			out = new HttpHeaders();
			out.addAll(input);
			apply(out, ctx, addRequestId, addTraceparent);
		}
		return out;
	}

	private static final String TRACEPARENT = "traceparent";

	private static void apply(HttpHeaders headers, RequestContext ctx, boolean requestId, boolean traceparent) {
		if (requestId) {
			headers.set(RequestContext.REQUEST_ID_HEADER, ctx.requestId());
		}
		if (traceparent) {
			long span = java.util.concurrent.ThreadLocalRandom.current().nextLong() | 1L;
			headers.set(TRACEPARENT, "00-" + ctx.traceId() + "-" + String.format("%016x", span) + "-01");
		}
	}

	@Override
	public boolean supports(Type type) {
		return type == Type.REQUEST;
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
