package cn.gov.lyg.enforcement.gateway.ratelimit;

import reactor.core.publisher.Mono;

import cn.gov.lyg.enforcement.platform.problem.PlatformProblem;
import cn.gov.lyg.enforcement.gateway.problem.Problems;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Rate limit on every routed request, after authentication: an authenticated request counts against its
 * user of its client ({@code azp} + {@code sub}, with the client's budget), an anonymous one (only public routes
 * and API documents get this far without a token) against its IP with the stricter anonymous limit. Before
 * authentication, {@link #beforeAuthentication()} stops addresses that produce too many 401s. Over the limit: 429
 * {@code RATE_LIMITED} with {@code Retry-After}. Limits are per gateway instance (see
 * {@link InMemoryRateLimiter}).
 */
public class RateLimitGlobalFilter implements GlobalFilter, Ordered {

	/** Early: before body caching, the breaker and routing. */
	public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 100;

	private final InMemoryRateLimiter limiter;

	private final ClientAddress clientAddress;

	public RateLimitGlobalFilter(InMemoryRateLimiter limiter, ClientAddress clientAddress) {
		this.limiter = limiter;
		this.clientAddress = clientAddress;
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		if (!limiter.isEnabled()) {
			return chain.filter(exchange);
		}
		return exchange.getPrincipal()
			.map(principal -> principal instanceof JwtAuthenticationToken jwt
					? limiter.tryAcquireUser(clientId(jwt), jwt.getName()) : limiter.tryAcquireUser(null, principal.getName()))
			.switchIfEmpty(Mono.fromSupplier(() -> limiter.tryAcquireAnonymous(clientAddress.of(exchange.getRequest()))))
			.flatMap(wait -> wait == 0 ? chain.filter(exchange) : reject(exchange, wait));
	}

	/**
	 * The per-address limit BEFORE authentication, a WebFilter ahead of Spring Security (-100): an address that has
	 * used up its budget of rejected (401) requests ({@code rate-limit.rejected-per-ip}, counted by
	 * {@link #recordRejected(ServerWebExchange)}) is answered 429 before any token is parsed, verified or its key
	 * set fetched, until the budget refills. Authenticated traffic never counts against it.
	 */
	public WebFilter beforeAuthentication() {
		return new BeforeAuthentication();
	}

	/** After the request context, CORS and size filters, before Spring Security. */
	public static final int BEFORE_AUTHENTICATION_ORDER = -150;

	private final class BeforeAuthentication implements WebFilter, Ordered {

		@Override
		public int getOrder() {
			return BEFORE_AUTHENTICATION_ORDER;
		}

		@Override
		public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
			if (!limiter.isEnabled()) {
				return chain.filter(exchange);
			}
			long wait = limiter.rejectedWait(clientAddress.of(exchange.getRequest()));
			return wait == 0 ? chain.filter(exchange) : reject(exchange, wait);
		}

	}

	/** Counts an unauthenticated (401) answer against the caller's address. */
	public void recordRejected(ServerWebExchange exchange) {
		if (limiter.isEnabled()) {
			limiter.recordRejected(clientAddress.of(exchange.getRequest()));
		}
	}

	static String clientId(JwtAuthenticationToken jwt) {
		Object azp = jwt.getToken().getClaims().get("azp");
		return azp instanceof String s && !s.isEmpty() ? s : null;
	}

	private static Mono<Void> reject(ServerWebExchange exchange, long waitNanos) {
		long seconds = InMemoryRateLimiter.retryAfterSeconds(waitNanos);
		exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		return Problems.write(exchange, PlatformProblem.RATE_LIMITED, "RATE_LIMITED", String.valueOf(seconds));
	}

}
