package cn.gov.lyg.enforcement.gateway;

import java.time.Duration;
import java.util.List;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.support.RouteMetadataUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bulk routes: {@code POST .../import} and {@code GET .../export} go through {@code <context>-bulk} with the bulk
 * limits (test: response timeout 5 s, time limiter 6 s), every other request through the service's route (test:
 * response timeout 1 s, time limiter 1.5 s). The backend takes 2 s.
 */
class BulkRoutesIT extends GatewayITSupport {

	private static final int DELAY_MS = 2000;

	@Autowired
	CircuitBreakerRegistry circuitBreakers;

	@Autowired
	TimeLimiterRegistry timeLimiters;

	@Autowired
	RouteLocator routeLocator;

	@Test
	void slowImportIsAnsweredThroughTheBulkRoute() {
		String path = "/api/inspections/v1/entities/import";
		String csv = "uscc,name\n91320700MA1XXXXX0A,Lianyungang Test Co\n";
		backend.stubFor(post(urlEqualTo(path))
			.willReturn(okJson("{\"received\":1,\"imported\":1,\"rejected\":[]}").withFixedDelay(DELAY_MS)));

		long start = System.nanoTime();
		client.post()
			.uri(path)
			.header(HttpHeaders.AUTHORIZATION, bearer(validToken()))
			.contentType(MediaType.parseMediaType("text/csv"))
			.bodyValue(csv)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.imported")
			.isEqualTo(1);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(DELAY_MS));
		backend.verify(1, postRequestedFor(urlEqualTo(path)).withRequestBody(equalTo(csv)));
	}

	@Test
	void slowExportIsAnsweredThroughTheBulkRoute() {
		String path = "/api/catalog/v1/items/export";
		String csv = "code,name\nJS-001,item\n";
		backend.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200)
			.withHeader(HttpHeaders.CONTENT_TYPE, "text/csv")
			.withBody(csv)
			.withFixedDelay(DELAY_MS)));

		client.get()
			.uri(path + "?format=csv&itemType=PENALTY")
			.header(HttpHeaders.AUTHORIZATION, bearer(validToken()))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.isEqualTo(csv);
	}

	@Test
	void exportStreamedForLongerThanTheInteractiveTimeLimiterArrivesWhole() {
		// headers at once, the body over 2.5 s: the interactive breaker's 1.5 s time limiter (the whole exchange)
		// would cut it in the middle
		String path = "/api/benchmarks/v1/public/benchmarks/b-1/export";
		String body = "row\n".repeat(5_000);
		backend.stubFor(get(urlEqualTo(path)).willReturn(aResponse().withStatus(200)
			.withHeader(HttpHeaders.CONTENT_TYPE, "text/csv")
			.withBody(body)
			.withChunkedDribbleDelay(5, 2500)));

		long start = System.nanoTime();
		client.get()
			.uri(path)
			.header(HttpHeaders.AUTHORIZATION, bearer(validToken()))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.isEqualTo(body);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofMillis(1500));
	}

	@ParameterizedTest
	@CsvSource({ "POST, /api/inspections/v1/entities", "GET, /api/inspections/v1/entities/import",
			"POST, /api/catalog/v1/items/export", "POST, /api/inspections/v1/entities/reimport" })
	void theSameDelayElsewhereAnswersTheTimeoutProblem(String method, String path) {
		backend.stubFor(any(urlEqualTo(path)).willReturn(okJson("{}").withFixedDelay(DELAY_MS)));
		long start = System.nanoTime();
		assertServiceUnavailable(send(HttpMethod.valueOf(method), path), path);
		// the service route's 1 s response timeout, not the backend's 2 s
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(DELAY_MS));
	}

	@ParameterizedTest
	@CsvSource({ "POST, /api/down/v1/entities/import", "GET, /api/down/v1/items/export" })
	void bulkRouteOfADownServiceAnswersTheServiceUnavailableProblem(String method, String path) {
		assertServiceUnavailable(send(HttpMethod.valueOf(method), path), path);
		assertThat(circuitBreakers.find("down-bulk").orElseThrow().getMetrics().getNumberOfFailedCalls())
			.as("the bulk breaker counted the failure")
			.isPositive();
	}

	@Test
	void bulkRequestsAreMeasuredUnderTheirPattern() {
		String importPath = "/api/personnel/v1/officers/import";
		String exportPath = "/api/supervision/v1/statistics/export";
		backend.stubFor(post(urlEqualTo(importPath)).willReturn(okJson("{}")));
		backend.stubFor(get(urlEqualTo(exportPath)).willReturn(okJson("{}")));
		send(HttpMethod.POST, importPath).expectStatus().isOk();
		send(HttpMethod.GET, exportPath).expectStatus().isOk();

		String body = prometheusContaining("uri=\"/api/supervision/**/export\"");
		assertThat(body).contains("uri=\"/api/personnel/**/import\"").contains("uri=\"/api/supervision/**/export\"");
		assertThat(body.lines()
			.filter(l -> l.startsWith("http_server_requests_seconds_count") && l.contains("/api/personnel/**/import")))
			.allSatisfy(l -> assertThat(l).contains("method=\"POST\""));
	}

	@Test
	void eachBulkRoutePrecedesItsServiceRouteWithTheBulkLimits() {
		List<String> ids = routeLocator.getRoutes().map(Route::getId).collectList().block();
		for (String context : CONTEXTS) {
			assertThat(ids.indexOf(context + "-bulk")).as(context).isNotNegative().isEqualTo(ids.indexOf(context) - 1);
		}
		Route bulk = routeLocator.getRoutes().filter(r -> r.getId().equals("inspections-bulk")).blockFirst();
		assertThat(bulk.getMetadata()).containsEntry(RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR, 5000L);
		Route normal = routeLocator.getRoutes().filter(r -> r.getId().equals("inspections")).blockFirst();
		assertThat(normal.getMetadata()).doesNotContainKey(RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR);

		String path = "/api/inspections/v1/plans/export";
		backend.stubFor(get(urlEqualTo(path)).willReturn(okJson("{}")));
		send(HttpMethod.GET, path).expectStatus().isOk();
		assertThat(timeLimiters.find("inspections-bulk").orElseThrow().getTimeLimiterConfig().getTimeoutDuration())
			.isEqualTo(Duration.ofSeconds(6));
		assertThat(timeLimiters.getDefaultConfig().getTimeoutDuration()).isEqualTo(Duration.ofMillis(1500));
		CircuitBreakerConfig config = circuitBreakers.find("inspections-bulk").orElseThrow().getCircuitBreakerConfig();
		assertThat(config.getSlidingWindowSize()).isEqualTo(50);
		assertThat(config.getMinimumNumberOfCalls()).isEqualTo(20);
	}

	private WebTestClient.ResponseSpec send(HttpMethod method, String path) {
		WebTestClient.RequestBodySpec request = client.method(method)
			.uri(path)
			.header(HttpHeaders.AUTHORIZATION, bearer(validToken()));
		if (method == HttpMethod.GET) {
			return request.exchange();
		}
		return request.contentType(MediaType.APPLICATION_JSON).bodyValue("{\"a\":1}").exchange();
	}

	private static void assertServiceUnavailable(WebTestClient.ResponseSpec response, String path) {
		response.expectStatus()
			.isEqualTo(503)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.code")
			.isEqualTo("SERVICE_UNAVAILABLE")
			.jsonPath("$.instance")
			.isEqualTo(path);
	}

	/** The metric is recorded when the exchange completes, which may be just after the client has the answer. */
	private String prometheusContaining(String text) {
		String body = "";
		for (int i = 0; i < 30; i++) {
			body = management.get().uri("/actuator/prometheus").exchange().expectBody(String.class).returnResult()
				.getResponseBody();
			if (body != null && body.contains(text)) {
				return body;
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		return body;
	}

}
