package cn.gov.lyg.enforcement.gateway.routing;

import java.net.ConnectException;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import cn.gov.lyg.enforcement.gateway.config.EdgeProperties;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;

import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
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
 * Ahead of each service's route, its bulk route {@code <context>-bulk} ({@link BulkRequests}: {@code POST .../import},
 * {@code GET .../export}) with the same filters, but the response timeout {@code enforcement.gateway.bulk.response-timeout}
 * and its own breaker {@code <context>-bulk} whose time limiter is {@code enforcement.gateway.bulk.time-limit}: the
 * interactive limits (response timeout 30 s, time limiter 32 s) would answer 503 to an import the service is still
 * processing and cut a streamed export. Its breaker counts its own calls (a long import is no failure of the
 * service's interactive calls); its fallback is the service's. Other requests pay one more route predicate per
 * service (the path's ending, {@link BulkRequests#test}), nothing else.
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

	/**
	 * Route metadata key: the service context (also the circuit breaker name of its routes but the bulk route, whose
	 * breaker is {@code <context>-bulk}).
	 */
	public static final String SERVICE_METADATA = "enforcement.service";

	/** Suffix of a service's bulk route id and bulk circuit breaker name. */
	public static final String BULK_SUFFIX = "-bulk";

	@Bean
	RouteLocator serviceRoutes(RouteLocatorBuilder builder, EdgeProperties props,
			SpringCloudCircuitBreakerFilterFactory circuitBreakers, ReactiveResilience4JCircuitBreakerFactory breakers,
			RetryGatewayFilterFactory retries, PreserveHostHeaderGatewayFilterFactory preserveHost,
			SetPathGatewayFilterFactory setPath) {
		RouteLocatorBuilder.Builder routes = builder.routes();
		EdgeProperties.Bulk bulkLimits = props.getBulk();
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
			GatewayFilter breaker = circuitBreaker(circuitBreakers, name, name, props.getCircuitBreaker());
			// the bulk route first: routes are tried in the order they are built
			String bulkBreakerName = name + BULK_SUFFIX;
			bulkTimeLimiter(breakers.getTimeLimiterRegistry(), bulkBreakerName, bulkLimits.getTimeLimit());
			GatewayFilter bulkBreaker = circuitBreaker(circuitBreakers, bulkBreakerName, name, props.getCircuitBreaker());
			BulkRequests bulk = new BulkRequests(path);
			GatewayFilter bulkObservation = bulk.observation();
			routes.route(name + BULK_SUFFIX,
					r -> r.predicate(bulk)
						.filters(f -> f.filter(bulkObservation, BulkRequests.OBSERVATION_ORDER)
							.filter(bulkBreaker, 1)
							.filter(retry, 2)
							.filter(preserveHostFilter, 3))
						.metadata(SERVICE_METADATA, name)
						.metadata(RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR, bulkLimits.getResponseTimeout().toMillis())
						.uri(service.getUrl()));
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

	/**
	 * @param name the breaker's name (its Resilience4j circuit breaker and time limiter)
	 * @param service the service context named by the fallback's problem
	 */
	static GatewayFilter circuitBreaker(SpringCloudCircuitBreakerFilterFactory factory, String name, String service,
			EdgeProperties.CircuitBreaker props) {
		Set<String> statuses = new LinkedHashSet<>();
		props.getStatusCodes().forEach(code -> statuses.add(String.valueOf(code)));
		SpringCloudCircuitBreakerFilterFactory.Config config = new SpringCloudCircuitBreakerFilterFactory.Config()
			.setName(name)
			.setFallbackUri("forward:/fallback/" + service)
			.setStatusCodes(statuses);
		return factory.apply(config);
	}

	/**
	 * Registers the time limiter configuration {@code name} (the default one with {@code timeLimit}), unless the
	 * registry already has a configuration or a time limiter of that name (from {@code resilience4j.timelimiter.*}).
	 * Must run before the breaker filter is built: the Resilience4j circuit breaker factory resolves a breaker's time
	 * limiter by its name (the time limiter, else the configuration of that name, else the default configuration)
	 * when it creates the breaker.
	 */
	static void bulkTimeLimiter(TimeLimiterRegistry registry, String name, Duration timeLimit) {
		if (registry.find(name).isPresent() || registry.getConfiguration(name).isPresent()) {
			return;
		}
		registry.addConfiguration(name,
				TimeLimiterConfig.from(registry.getDefaultConfig()).timeoutDuration(timeLimit).build());
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
