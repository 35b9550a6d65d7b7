package cn.gov.lyg.enforcement.gateway.routing;

import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.web.server.ServerWebExchange;

/**
 * Gives {@code http.server.requests} a useful {@code uri} tag for routed requests (the route's path
 * pattern, e.g. {@code /api/catalog/**}) instead of {@code UNKNOWN}. That single server-side
 * observation replaces the gateway's own per-route metrics filter and client observation, which are
 * switched off to keep the hot path lean.
 */
public class RouteObservationGlobalFilter implements GlobalFilter, Ordered {

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 50;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		Object context = exchange.getAttributes().get(ServerRequestObservationContext.CURRENT_OBSERVATION_CONTEXT_ATTRIBUTE);
		if (context instanceof ServerRequestObservationContext observation && observation.getPathPattern() == null) {
			Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
			if (route != null && route.getMetadata().get(RoutesConfiguration.PATH_PATTERN_METADATA) instanceof String p) {
				observation.setPathPattern(p);
			}
		}
		return chain.filter(exchange);
	}

}
