package cn.gov.lyg.enforcement.gateway.web;

import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;

/**
 * Forwards the request id the gateway generated (a client's own {@code X-Request-Id} and any W3C
 * {@code traceparent} pass through unchanged anyway), so service logs and the gateway's problem
 * {@code traceId} can be correlated. Runs last among the header filters, on the copy that is sent.
 */
public class RequestIdHeadersFilter implements HttpHeadersFilter, Ordered {

	@Override
	public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
		RequestContext ctx = exchange.getAttribute(RequestContext.ATTRIBUTE);
		if (ctx == null || !ctx.requestIdGenerated()) {
			return input;
		}
		try {
			input.set(RequestContext.REQUEST_ID_HEADER, ctx.requestId());
			return input;
		}
		catch (UnsupportedOperationException readOnly) {
			HttpHeaders copy = new HttpHeaders();
			copy.addAll(input);
			copy.set(RequestContext.REQUEST_ID_HEADER, ctx.requestId());
			return copy;
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
