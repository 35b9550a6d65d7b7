package cn.gov.lyg.enforcement.gateway.config;

import java.time.Clock;
import java.time.ZoneId;

import cn.gov.lyg.enforcement.gateway.problem.ProblemExceptionHandler;
import cn.gov.lyg.enforcement.gateway.ratelimit.ClientAddress;
import cn.gov.lyg.enforcement.gateway.ratelimit.InMemoryRateLimiter;
import cn.gov.lyg.enforcement.gateway.ratelimit.RateLimitGlobalFilter;
import cn.gov.lyg.enforcement.gateway.routing.RouteObservationGlobalFilter;
import cn.gov.lyg.enforcement.gateway.web.CorsProblemWebFilter;
import cn.gov.lyg.enforcement.gateway.web.RequestContextWebFilter;
import cn.gov.lyg.enforcement.gateway.web.RequestIdHeadersFilter;
import cn.gov.lyg.enforcement.gateway.web.RequestSizeLimitWebFilter;
import cn.gov.lyg.enforcement.platform.security.SecurityProperties;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.server.WebFilter;

/**
 * The gateway's own filters. Order of a request: {@link RequestContextWebFilter} (ids, response
 * headers) → {@link CorsProblemWebFilter} → {@link RequestSizeLimitWebFilter} → {@link RateLimitGlobalFilter#beforeAuthentication()}
 * (per address, before any token is looked at) → Spring Security (-100)
 * → gateway handler: {@link RouteObservationGlobalFilter} → {@link RateLimitGlobalFilter} → route
 * filters (breaker, retry) → Netty routing. Errors end in {@link ProblemExceptionHandler}.
 */
@Configuration(proxyBeanMethods = false)
public class EdgeConfiguration {

	/** All time-dependent code reads this clock (DESIGN §7). */
	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.system(ZoneId.of("Asia/Shanghai"));
	}

	/** Swagger UI's policy lets it fetch tokens from the realm's origin (its "Authorize" button). */
	@Bean
	RequestContextWebFilter requestContextWebFilter(SecurityProperties security) {
		return new RequestContextWebFilter(origin(security.getIssuerUri()));
	}

	static String origin(String url) {
		if (url == null || url.isBlank()) {
			return null;
		}
		java.net.URI uri = java.net.URI.create(url.trim());
		if (uri.getScheme() == null || uri.getHost() == null) {
			return null;
		}
		return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
	}

	@Bean
	CorsProblemWebFilter corsProblemWebFilter(EdgeProperties props) {
		return new CorsProblemWebFilter(props.getCors());
	}

	@Bean
	RequestSizeLimitWebFilter requestSizeLimitWebFilter(EdgeProperties props) {
		return new RequestSizeLimitWebFilter(props.getMaxRequestBodySize());
	}

	@Bean
	ProblemExceptionHandler problemExceptionHandler() {
		return new ProblemExceptionHandler();
	}

	@Bean
	RequestIdHeadersFilter requestIdHeadersFilter() {
		return new RequestIdHeadersFilter();
	}

	@Bean
	InMemoryRateLimiter inMemoryRateLimiter(EdgeProperties props) {
		return new InMemoryRateLimiter(props.getRateLimit());
	}

	@Bean
	ClientAddress clientAddress(EdgeProperties props) {
		return new ClientAddress(props.getRateLimit().getTrustedProxyHops());
	}

	@Bean
	RateLimitGlobalFilter rateLimitGlobalFilter(InMemoryRateLimiter limiter, ClientAddress clientAddress) {
		return new RateLimitGlobalFilter(limiter, clientAddress);
	}

	/** Per client address, before Spring Security looks at a token. */
	@Bean
	WebFilter rateLimitBeforeAuthentication(RateLimitGlobalFilter rateLimit) {
		return rateLimit.beforeAuthentication();
	}

	@Bean
	RouteObservationGlobalFilter routeObservationGlobalFilter() {
		return new RouteObservationGlobalFilter();
	}

}
