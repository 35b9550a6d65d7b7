package cn.gov.lyg.enforcement.gateway.web;

import reactor.core.publisher.Mono;

import cn.gov.lyg.enforcement.platform.problem.TraceIds;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * First filter of every request: fixes the trace/request id and registers the response headers that
 * every response carries (request id and security headers), written just before the response is
 * committed so they also replace whatever a backend sent.
 * <p>
 * Security headers: {@code X-Content-Type-Options: nosniff}, {@code X-Frame-Options: DENY},
 * {@code Referrer-Policy: no-referrer}, {@code Cache-Control: no-store} on {@code /api/**}, a strict
 * {@code Content-Security-Policy} (a looser one on the Swagger UI, which runs scripts and styles from
 * the gateway itself), and {@code Strict-Transport-Security} only when the request came over HTTPS
 * (HSTS over plain HTTP is ignored by browsers and would be misleading on the local stack).
 */
public class RequestContextWebFilter implements WebFilter, Ordered {

	public static final int ORDER = Ordered.HIGHEST_PRECEDENCE;

	static final String CSP_STRICT = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

	static final String CSP_SWAGGER_UI = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
			+ "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

	/** The Swagger UI's policy: it may also fetch from the identity provider (the OAuth2 token exchange). */
	private final String cspSwaggerUi;

	public RequestContextWebFilter() {
		this(null);
	}

	/**
	 * @param identityProviderOrigin origin of the OAuth2 token endpoint (e.g. {@code http://localhost:8180}) that
	 * Swagger UI's "Authorize" calls with {@code fetch}; null when none
	 */
	public RequestContextWebFilter(String identityProviderOrigin) {
		this.cspSwaggerUi = identityProviderOrigin == null || identityProviderOrigin.isBlank() ? CSP_SWAGGER_UI
				: CSP_SWAGGER_UI.replace("connect-src 'self';", "connect-src 'self' " + identityProviderOrigin + ";");
	}

	static final String HSTS = "max-age=31536000; includeSubDomains";

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		HttpHeaders in = request.getHeaders();
		String traceId = TraceIds.traceIdOrNull(in.getFirst("traceparent"));
		if (traceId == null) {
			traceId = TraceIds.newTraceId();
		}
		String requestId = RequestContext.sanitizeRequestId(in.getFirst(RequestContext.REQUEST_ID_HEADER));
		boolean generated = requestId == null;
		if (generated) {
			requestId = traceId;
		}
		String path = request.getPath().value();
		RequestContext ctx = new RequestContext(traceId, requestId, generated, path);
		exchange.getAttributes().put(RequestContext.ATTRIBUTE, ctx);
		boolean https = request.getSslInfo() != null || "https".equals(request.getURI().getScheme());
		ServerHttpResponse response = exchange.getResponse();
		response.beforeCommit(() -> {
			writeHeaders(response.getHeaders(), path, ctx.requestId(), https, this.cspSwaggerUi);
			return Mono.empty();
		});
		return chain.filter(exchange);
	}

	static void writeHeaders(HttpHeaders out, String path, String requestId, boolean https, String cspSwaggerUi) {
		out.set(RequestContext.REQUEST_ID_HEADER, requestId);
		out.set("X-Content-Type-Options", "nosniff");
		out.set("X-Frame-Options", "DENY");
		out.set("Referrer-Policy", "no-referrer");
		boolean swaggerUi = path.startsWith("/swagger-ui") || path.startsWith("/webjars/");
		out.set("Content-Security-Policy", swaggerUi ? cspSwaggerUi : CSP_STRICT);
		if (path.startsWith("/api/")) {
			out.set(HttpHeaders.CACHE_CONTROL, "no-store");
		}
		if (https) {
			out.set("Strict-Transport-Security", HSTS);
		}
	}

}
