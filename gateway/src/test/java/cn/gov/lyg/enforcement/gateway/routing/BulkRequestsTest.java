package cn.gov.lyg.enforcement.gateway.routing;

import java.time.Duration;

import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

import static org.assertj.core.api.Assertions.assertThat;

class BulkRequestsTest {

	private final BulkRequests inspections = new BulkRequests("/api/inspections/**");

	private static MockServerWebExchange exchange(String method, String uri) {
		return MockServerWebExchange.from(MockServerHttpRequest.method(HttpMethod.valueOf(method), uri).build());
	}

	@ParameterizedTest
	@CsvSource({ "POST, /api/inspections/v1/entities/import", "POST, /api/inspections/v1/entities/import?dryRun=true",
			"GET, /api/inspections/v1/entities/export", "GET, /api/inspections/v1/entities/export?regionCode=320706",
			"GET, /api/inspections/v1/spot-checks/sc-1/export" })
	void importsAndExportsUnderTheServicePathAreBulk(String method, String uri) {
		assertThat(inspections.test(exchange(method, uri))).isTrue();
	}

	@ParameterizedTest
	@CsvSource({ "GET, /api/inspections/v1/entities/import", "PUT, /api/inspections/v1/entities/import",
			"POST, /api/inspections/v1/entities/export", "HEAD, /api/inspections/v1/entities/export",
			"POST, /api/inspections/v1/entities", "GET, /api/inspections/v1/entities/import/status",
			"POST, /api/inspections/v1/entities/reimport", "GET, /api/inspections/v1/entities/xlsx-export",
			"GET, /api/inspections/v1/entities/export/", "GET, /api/inspections/v1/entities?next=/export",
			"POST, /api/catalog/v1/items/import", "GET, /api/inspectionsx/v1/export", "GET, /other/export" })
	void everythingElseIsNot(String method, String uri) {
		assertThat(inspections.test(exchange(method, uri))).isFalse();
	}

	@Test
	void aConfiguredServicePathIsHonoured() {
		BulkRequests custom = new BulkRequests("/legacy/catalog/**");
		assertThat(custom.test(exchange("GET", "/legacy/catalog/items/export"))).isTrue();
		assertThat(custom.test(exchange("GET", "/api/catalog/v1/items/export"))).isFalse();
	}

	@Test
	void theUriTagNamesTheServicePatternAndTheOperation() {
		assertThat(BulkRequests.pattern("/api/inspections/**", BulkRequests.IMPORT)).isEqualTo("/api/inspections/**/import");
		assertThat(BulkRequests.pattern("/legacy/catalog", BulkRequests.EXPORT)).isEqualTo("/legacy/catalog/**/export");
		assertThat(inspections.pathPattern(MockServerHttpRequest.post("/api/inspections/v1/entities/import").build()))
			.isEqualTo("/api/inspections/**/import");
		assertThat(inspections.pathPattern(MockServerHttpRequest.get("/api/inspections/v1/entities/export").build()))
			.isEqualTo("/api/inspections/**/export");
	}

	@Test
	void theObservationFilterSetsThePatternOnce() {
		MockServerWebExchange exchange = exchange("POST", "/api/inspections/v1/entities/import");
		ServerRequestObservationContext context = new ServerRequestObservationContext(exchange.getRequest(),
				exchange.getResponse(), exchange.getAttributes());
		exchange.getAttributes().put(ServerRequestObservationContext.CURRENT_OBSERVATION_CONTEXT_ATTRIBUTE, context);
		inspections.observation().filter(exchange, e -> Mono.empty()).block();
		assertThat(context.getPathPattern()).isEqualTo("/api/inspections/**/import");

		MockServerWebExchange named = exchange("GET", "/api/inspections/v1/entities/export");
		ServerRequestObservationContext namedContext = new ServerRequestObservationContext(named.getRequest(),
				named.getResponse(), named.getAttributes());
		namedContext.setPathPattern("/already");
		named.getAttributes().put(ServerRequestObservationContext.CURRENT_OBSERVATION_CONTEXT_ATTRIBUTE, namedContext);
		inspections.observation().filter(named, e -> Mono.empty()).block();
		assertThat(namedContext.getPathPattern()).isEqualTo("/already");
	}

	@Test
	void theBulkTimeLimiterIsTheDefaultOneWithTheBulkLimit() {
		TimeLimiterRegistry registry = TimeLimiterRegistry
			.of(TimeLimiterConfig.custom().timeoutDuration(Duration.ofSeconds(32)).cancelRunningFuture(true).build());
		RoutesConfiguration.bulkTimeLimiter(registry, "catalog-bulk", Duration.ofMinutes(30));
		TimeLimiterConfig config = registry.getConfiguration("catalog-bulk").orElseThrow();
		assertThat(config.getTimeoutDuration()).isEqualTo(Duration.ofMinutes(30));
		assertThat(config.shouldCancelRunningFuture()).isTrue();
		assertThat(registry.getDefaultConfig().getTimeoutDuration()).isEqualTo(Duration.ofSeconds(32));
	}

	@Test
	void anExplicitResilience4jEntryForTheBulkBreakerWins() {
		TimeLimiterRegistry registry = TimeLimiterRegistry.ofDefaults();
		registry.addConfiguration("catalog-bulk", TimeLimiterConfig.custom().timeoutDuration(Duration.ofHours(2)).build());
		registry.timeLimiter("personnel-bulk", TimeLimiterConfig.custom().timeoutDuration(Duration.ofHours(3)).build());
		RoutesConfiguration.bulkTimeLimiter(registry, "catalog-bulk", Duration.ofMinutes(30));
		RoutesConfiguration.bulkTimeLimiter(registry, "personnel-bulk", Duration.ofMinutes(30));
		assertThat(registry.getConfiguration("catalog-bulk").orElseThrow().getTimeoutDuration())
			.isEqualTo(Duration.ofHours(2));
		assertThat(registry.getConfiguration("personnel-bulk")).isEmpty();
		assertThat(registry.timeLimiter("personnel-bulk").getTimeLimiterConfig().getTimeoutDuration())
			.isEqualTo(Duration.ofHours(3));
	}

}
