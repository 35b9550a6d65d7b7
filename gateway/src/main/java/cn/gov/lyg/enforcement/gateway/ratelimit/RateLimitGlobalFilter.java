package cn.gov.lyg.enforcement.gateway.ratelimit;

import java.net.InetSocketAddress;
import java.util.List;

import reactor.core.publisher.Mono;

import cn.gov.lyg.enforcement.gateway.problem.ProblemCode;
import cn.gov.lyg.enforcement.gateway.problem.Problems;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;

/**
 * Rate limit on every routed request, after authentication: an authenticated request counts against its
 * client ({@code azp}, else {@code sub}), an anonymous one (only public routes and API documents get
 * this far without a token) against its IP with the stricter anonymous limit. Over the limit: 429
 * {@code RATE_LIMITED} with {@code Retry-After}. Limits are per gateway instance (see
 * {@link InMemoryRateLimiter}).
 */
public class RateLimitGlobalFilter implements GlobalFilter, Ordered {

	/** Early: before body caching, the breaker and routing. */
	public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 100;

	private final InMemoryRateLimiter limiter;

	private final int trustedProxyHops;

	public RateLimitGlobalFilter(InMemoryRateLimiter limiter, int trustedProxyHops) {
		this.limiter = limiter;
		this.trustedProxyHops = trustedProxyHops;
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
					? limiter.tryAcquireClient(clientId(jwt)) : limiter.tryAcquireClient(principal.getName()))
			.switchIfEmpty(Mono.fromSupplier(() -> limiter.tryAcquireAnonymous(clientIp(exchange.getRequest()))))
			.flatMap(wait -> wait == 0 ? chain.filter(exchange) : reject(exchange, wait));
	}

	static String clientId(JwtAuthenticationToken jwt) {
		Object azp = jwt.getToken().getClaims().get("azp");
		return azp instanceof String s && !s.isEmpty() ? s : "sub:" + jwt.getName();
	}

	String clientIp(ServerHttpRequest request) {
		if (trustedProxyHops > 0) {
			List<String> forwarded = request.getHeaders().getValuesAsList("X-Forwarded-For");
			// the last N entries were appended by our own proxies; the one before them is the client
			int index = forwarded.size() - trustedProxyHops;
			if (index >= 0 && index < forwarded.size()) {
				return forwarded.get(index).trim();
			}
		}
		InetSocketAddress remote = request.getRemoteAddress();
		if (remote == null) {
			return "unknown";
		}
		return remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
	}

	private static Mono<Void> reject(ServerWebExchange exchange, long waitNanos) {
		long seconds = InMemoryRateLimiter.retryAfterSeconds(waitNanos);
		exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		return Problems.write(exchange, ProblemCode.RATE_LIMITED, seconds);
	}

}
