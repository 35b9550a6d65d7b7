package cn.gov.lyg.enforcement.gateway.routing;

import java.net.ConnectException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import cn.gov.lyg.enforcement.gateway.config.EdgeProperties;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.PreserveHostHeaderGatewayFilterFactory;
import org.springframework.cloud.gateway.filter.factory.RetryGatewayFilterFactory;
import org.springframework.cloud.gateway.filter.factory.SetPathGatewayFilterFactory;
import org.springframework.cloud.gateway.filter.factory.SpringCloudCircuitBreakerFilterFactory;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.cloud.gateway.support.RouteMetadataUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

/**
 * One route per service from {@code enforcement.gateway.services.<context>} (so tests and deployments
 * add or re-point services by properties), plus {@code /v3/api-docs/<context>} to the service's own
 * OpenAPI document. Filters per route, outermost first:
 * <ol>
 * <li>CircuitBreaker (Resilience4j; window, thresholds and the time limiter from
 * {@code resilience4j.*.configs.default}) with the fallback {@code forward:/fallback/<context>};
 * backend 5xx listed in {@code enforcement.gateway.circuit-breaker.status-codes} count as failures;</li>
 * <li>Retry, only GET/HEAD, only on connect errors and 502/503/504, with exponential backoff;</li>
 * <li>PreserveHostHeader, so Location headers and links built by the services point at the gateway.</li>
 * </ol>
 * The document routes (unless {@code enforcement.gateway.api-docs=false}, as in the production profile) send the
 * gateway's public base URL in the X-Gateway-Public-Url header ({@link PublicOriginHeaders}), so each document's
 * {@code servers} names the gateway.
 * The filters are built without a route id on purpose: the route-id variants make Spring Cloud Gateway
 * buffer every request body in memory for a possible replay, which we never do (POST is not retried and
 * the fallback does not read the body).
 */
@Configuration(proxyBeanMethods = false)
public class RoutesConfiguration {

	/** Route metadata key: the path pattern, used as the {@code uri} tag of {@code http.server.requests}. */
	public static final String PATH_PATTERN_METADATA = "enforcement.path-pattern";

	/** Route metadata key: the service context (also the circuit breaker name). */
	public static final String SERVICE_METADATA = "enforcement.service";

	@Bean
	RouteLocator serviceRoutes(RouteLocatorBuilder builder, EdgeProperties props,
			SpringCloudCircuitBreakerFilterFactory circuitBreakers, RetryGatewayFilterFactory retries,
			PreserveHostHeaderGatewayFilterFactory preserveHost, SetPathGatewayFilterFactory setPath) {
		RouteLocatorBuilder.Builder routes = builder.routes();
		GatewayFilter retry = retry(retries, props.getRetry());
		GatewayFilter preserveHostFilter = preserveHost.apply();
		GatewayFilter publicOrigin = new PublicOriginHeaders(props.getPublicUrl(),
				props.getRateLimit().getTrustedProxyHops());
		for (Map.Entry<String, EdgeProperties.Service> entry : props.getServices().entrySet()) {
			String name = entry.getKey();
			EdgeProperties.Service service = entry.getValue();
			if (service.getUrl() == null) {
				throw new IllegalStateException("enforcement.gateway.services." + name + ".url is not set");
			}
			String path = service.getPath() != null ? service.getPath() : "/api/" + name + "/**";
			GatewayFilter breaker = circuitBreaker(circuitBreakers, name, props.getCircuitBreaker());
			routes.route(name, r -> {
				var uri = r.path(path)
					.filters(f -> f.filter(breaker, 1).filter(retry, 2).filter(preserveHostFilter, 3))
					.metadata(PATH_PATTERN_METADATA, path)
					.metadata(SERVICE_METADATA, name);
				if (service.getResponseTimeout() != null) {
					uri = uri.metadata(RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR,
							service.getResponseTimeout().toMillis());
				}
				return uri.uri(service.getUrl());
			});
			if (props.isApiDocs() && service.isApiDocs()) {
				String docsPath = "/v3/api-docs/" + name;
				GatewayFilter rewrite = setPath.apply(c -> c.setTemplate(service.getApiDocsPath()));
				routes.route(name + "-api-docs",
						r -> r.path(docsPath)
							.filters(f -> f.filter(breaker, 1).filter(retry, 2).filter(rewrite, 3).filter(publicOrigin, 4))
							.metadata(PATH_PATTERN_METADATA, docsPath)
							.metadata(SERVICE_METADATA, name)
							.uri(service.getUrl()));
			}
		}
		return routes.build();
	}

	static GatewayFilter circuitBreaker(SpringCloudCircuitBreakerFilterFactory factory, String name,
			EdgeProperties.CircuitBreaker props) {
		Set<String> statuses = new LinkedHashSet<>();
		props.getStatusCodes().forEach(code -> statuses.add(String.valueOf(code)));
		SpringCloudCircuitBreakerFilterFactory.Config config = new SpringCloudCircuitBreakerFilterFactory.Config()
			.setName(name)
			.setFallbackUri("forward:/fallback/" + name)
			.setStatusCodes(statuses);
		return factory.apply(config);
	}

	static GatewayFilter retry(RetryGatewayFilterFactory factory, EdgeProperties.Retry props) {
		RetryGatewayFilterFactory.RetryConfig config = new RetryGatewayFilterFactory.RetryConfig()
			.setRetries(props.getRetries())
			.setMethods(HttpMethod.GET, HttpMethod.HEAD)
			.setSeries()
			.setStatuses(HttpStatus.BAD_GATEWAY, HttpStatus.SERVICE_UNAVAILABLE, HttpStatus.GATEWAY_TIMEOUT)
			.setExceptions(ConnectException.class)
			.setBackoff(props.getFirstBackoff(), props.getMaxBackoff(), props.getFactor(), false);
		return factory.apply(config);
	}

}
