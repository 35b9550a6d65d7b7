package cn.gov.lyg.enforcement.gateway.routing;

import java.util.function.Predicate;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The bulk operations of one service: {@code POST .../import} and {@code GET .../export} (the path's last segment)
 * under the service's path pattern, e.g. inspection's {@code POST /api/inspections/v1/entities/import} (a CSV of
 * 50 000 rows, answered with the row report after the whole file is processed) or catalog's
 * {@code GET /api/catalog/v1/items/export} (an XLSX streamed for as long as it takes). They get their own route
 * ahead of the service's route ({@link RoutesConfiguration}), with the long bulk timeouts.
 * <p>
 * The test is the route predicate, evaluated for every request that reaches the service's route: it looks at the
 * raw path's ending first (two {@code endsWith} for any other request), and matches the service's path pattern only
 * for an import or export. Spring's {@link PathPattern} has no {@code /**}{@code /import}, hence the code.
 */
public final class BulkRequests implements Predicate<ServerWebExchange> {

	/**
	 * Order of {@link #observation()}: next to {@link RouteObservationGlobalFilter}, before the rate limit, so that
	 * every answer of the bulk route (429 included) carries the pattern.
	 */
	static final int OBSERVATION_ORDER = Ordered.HIGHEST_PRECEDENCE + 51;

	static final String IMPORT = "/import";

	static final String EXPORT = "/export";

	private final PathPattern servicePattern;

	private final String importPattern;

	private final String exportPattern;

	/** @param servicePath the service route's path pattern, e.g. {@code /api/inspections/**} */
	public BulkRequests(String servicePath) {
		this.servicePattern = PathPatternParser.defaultInstance.parse(servicePath);
		this.importPattern = pattern(servicePath, IMPORT);
		this.exportPattern = pattern(servicePath, EXPORT);
	}

	/** The {@code uri} tag of a bulk request, e.g. {@code /api/inspections/**}{@code /import}. */
	static String pattern(String servicePath, String lastSegment) {
		String base = servicePath.endsWith("/**") ? servicePath.substring(0, servicePath.length() - 3) : servicePath;
		return base + "/**" + lastSegment;
	}

	@Override
	public boolean test(ServerWebExchange exchange) {
		ServerHttpRequest request = exchange.getRequest();
		String path = request.getURI().getRawPath();
		HttpMethod method;
		if (path.endsWith(EXPORT)) {
			method = HttpMethod.GET;
		}
		else if (path.endsWith(IMPORT)) {
			method = HttpMethod.POST;
		}
		else {
			return false;
		}
		return method.equals(request.getMethod()) && this.servicePattern.matches(request.getPath().pathWithinApplication());
	}

	/** The path pattern that {@code http.server.requests} names for a request this predicate accepted. */
	String pathPattern(ServerHttpRequest request) {
		return HttpMethod.POST.equals(request.getMethod()) ? this.importPattern : this.exportPattern;
	}

	/**
	 * Route filter of the bulk route only: names {@link #pathPattern} as the {@code uri} tag of
	 * {@code http.server.requests} (the other routes carry theirs as route metadata, read by
	 * {@link RouteObservationGlobalFilter}; a bulk route serves two patterns).
	 */
	GatewayFilter observation() {
		return (exchange, chain) -> {
			Object context = exchange.getAttributes()
				.get(ServerRequestObservationContext.CURRENT_OBSERVATION_CONTEXT_ATTRIBUTE);
			if (context instanceof ServerRequestObservationContext observation && observation.getPathPattern() == null) {
				observation.setPathPattern(pathPattern(exchange.getRequest()));
			}
			return chain.filter(exchange);
		};
	}

}
