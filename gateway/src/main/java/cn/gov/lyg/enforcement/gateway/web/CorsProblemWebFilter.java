package cn.gov.lyg.enforcement.gateway.web;

import java.util.List;

import reactor.core.publisher.Mono;

import cn.gov.lyg.enforcement.gateway.config.EdgeProperties;
import cn.gov.lyg.enforcement.platform.problem.PlatformProblem;
import cn.gov.lyg.enforcement.gateway.problem.Problems;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsProcessor;
import org.springframework.web.cors.reactive.CorsUtils;
import org.springframework.web.cors.reactive.DefaultCorsProcessor;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * CORS for the configured frontend origins, before security so that preflights need no token. A
 * rejected cross-origin request gets a 403 problem instead of Spring's empty 403. Same-origin and
 * non-browser requests (no {@code Origin}) pass untouched.
 */
public class CorsProblemWebFilter implements WebFilter, Ordered {

	public static final int ORDER = RequestContextWebFilter.ORDER + 10;

	private final CorsConfiguration config;

	private final CorsProcessor processor = new DefaultCorsProcessor();

	public CorsProblemWebFilter(EdgeProperties.Cors cors) {
		this.config = configuration(cors);
	}

	static CorsConfiguration configuration(EdgeProperties.Cors cors) {
		for (String origin : cors.getAllowedOrigins()) {
			if (origin.contains("*")) {
				throw new IllegalStateException(
						"enforcement.gateway.cors.allowed-origins must list exact origins, not '" + origin + "'");
			}
		}
		CorsConfiguration c = new CorsConfiguration();
		c.setAllowedOrigins(cors.getAllowedOrigins().stream().map(String::trim).filter(s -> !s.isEmpty()).toList());
		c.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
		c.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE, HttpHeaders.IF_MATCH,
				"Idempotency-Key", HttpHeaders.ACCEPT_LANGUAGE, RequestContext.REQUEST_ID_HEADER, "traceparent"));
		c.setExposedHeaders(List.of(HttpHeaders.ETAG, HttpHeaders.LOCATION, HttpHeaders.RETRY_AFTER,
				RequestContext.REQUEST_ID_HEADER));
		// bearer tokens travel in a header; no cookies, so no credentials mode
		c.setAllowCredentials(false);
		c.setMaxAge(cors.getMaxAge());
		return c;
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		if (!CorsUtils.isCorsRequest(request)) {
			return chain.filter(exchange);
		}
		boolean valid = processor.process(config, exchange);
		if (!valid) {
			return Problems.write(exchange, PlatformProblem.ACCESS_DENIED, HttpStatus.FORBIDDEN, "CORS_REJECTED");
		}
		if (CorsUtils.isPreFlightRequest(request)) {
			exchange.getResponse().setStatusCode(HttpStatus.OK);
			return Mono.empty();
		}
		return chain.filter(exchange);
	}

}
