package cn.gov.lyg.enforcement.gateway;

import java.time.Duration;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4jBulkheadProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Breaker, retry and fallback. Test services (application-test.yml): {@code flaky} and {@code tripping}
 * on WireMock, {@code slow} with a response timeout above the time limiter, {@code down} on a closed port.
 * Test timeouts: response 1 s, time limiter 1.5 s.
 */
class ResilienceIT extends GatewayITSupport {

	@Autowired
	CircuitBreakerRegistry circuitBreakers;

	@Autowired
	TimeLimiterRegistry timeLimiters;

	@Autowired
	ApplicationContext context;

	private WebTestClient.ResponseSpec send(HttpMethod method, String path) {
		WebTestClient.RequestBodySpec request = client.method(method)
			.uri(path)
			.header(HttpHeaders.AUTHORIZATION, bearer(validToken()));
		if (method == HttpMethod.GET || method == HttpMethod.DELETE) {
			return request.exchange();
		}
		return request.contentType(MediaType.APPLICATION_JSON).bodyValue("{\"a\":1}").exchange();
	}

	private static void assertServiceUnavailable(WebTestClient.ResponseSpec response, String service, String path) {
		response.expectStatus()
			.isEqualTo(503)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.code")
			.isEqualTo("SERVICE_UNAVAILABLE")
			.jsonPath("$.type")
			.isEqualTo("https://enforcement.lyg.gov.cn/problems/service-unavailable")
			.jsonPath("$.status")
			.isEqualTo(503)
			.jsonPath("$.instance")
			.isEqualTo(path)
			.jsonPath("$.detail")
			.value(d -> assertThat((String) d).contains(service))
			.jsonPath("$.errors.length()")
			.isEqualTo(0)
			.jsonPath("$.traceId")
			.isNotEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "GET", "POST", "PUT", "PATCH", "DELETE" })
	void backend500AnswersFallbackProblemForEveryMethod(String method) {
		String path = "/api/flaky/v1/err500-" + method.toLowerCase();
		backend.stubFor(any(urlEqualTo(path)).willReturn(aResponse().withStatus(500)
			.withHeader("Content-Type", "text/plain")
			.withBody("java.lang.IllegalStateException: boom at ...")));

		assertServiceUnavailable(send(HttpMethod.valueOf(method), path), "flaky", path);
		// 500 is not retried (only 502/503/504 and connect errors are)
		backend.verify(1, anyRequestedFor(urlEqualTo(path)));
	}

	@Test
	void getIsRetriedOn503ButPostIsNot() {
		String path = "/api/flaky/v1/unavailable";
		backend.stubFor(any(urlEqualTo(path)).willReturn(aResponse().withStatus(503)));

		assertServiceUnavailable(send(HttpMethod.GET, path), "flaky", path);
		backend.verify(3, getRequestedFor(urlEqualTo(path)));

		assertServiceUnavailable(send(HttpMethod.POST, path), "flaky", path);
		backend.verify(1, postRequestedFor(urlEqualTo(path)));
	}

	@Test
	void getRetrySucceedsWhenBackendRecovers() {
		String path = "/api/flaky/v1/recovers";
		backend.stubFor(get(urlEqualTo(path)).inScenario("recovers")
			.whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
			.willReturn(aResponse().withStatus(502))
			.willSetStateTo("up"));
		backend.stubFor(get(urlEqualTo(path)).inScenario("recovers").whenScenarioStateIs("up").willReturn(okJson("{\"ok\":true}")));

		send(HttpMethod.GET, path).expectStatus().isOk().expectBody().jsonPath("$.ok").isEqualTo(true);
		backend.verify(2, getRequestedFor(urlEqualTo(path)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "GET", "POST" })
	void backendDownAnswersFallbackProblem(String method) {
		String path = "/api/down/v1/anything";
		long start = System.nanoTime();
		assertServiceUnavailable(send(HttpMethod.valueOf(method), path), "down", path);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
	}

	@ParameterizedTest
	@ValueSource(strings = { "GET", "POST" })
	void backendSlowerThanResponseTimeoutAnswersFallbackProblem(String method) {
		String path = "/api/flaky/v1/slow-" + method.toLowerCase();
		backend.stubFor(any(urlEqualTo(path)).willReturn(okJson("{}").withFixedDelay(5000)));
		long start = System.nanoTime();
		assertServiceUnavailable(send(HttpMethod.valueOf(method), path), "flaky", path);
		// 1 s response timeout; well below the backend's 5 s
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(4000));
		// a timed-out request is not retried (the backend may still be working on it)
		backend.verify(1, anyRequestedFor(urlEqualTo(path)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "GET", "POST" })
	void backendSlowerThanTimeLimiterAnswersFallbackProblem(String method) {
		// route "slow" has a 5 s response timeout, so the breaker's 1.5 s time limiter fires first
		String path = "/api/slow/v1/report-" + method.toLowerCase();
		backend.stubFor(any(urlEqualTo(path)).willReturn(okJson("{}").withFixedDelay(6000)));
		long start = System.nanoTime();
		assertServiceUnavailable(send(HttpMethod.valueOf(method), path), "slow", path);
		Duration took = Duration.ofNanos(System.nanoTime() - start);
		// 1.5 s time limiter; the route's response timeout (5 s) and the backend (6 s) are later
		assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(1400)).isLessThan(Duration.ofMillis(4500));
	}

	@Test
	void breakerOpensAfterTheMinimumNumberOfFailedCallsAndStopsCallingTheBackend() {
		String path = "/api/tripping/v1/broken";
		backend.stubFor(any(urlEqualTo(path)).willReturn(aResponse().withStatus(500)));
		String token = validToken();
		for (int i = 0; i < 20; i++) {
			client.post()
				.uri(path)
				.header(HttpHeaders.AUTHORIZATION, bearer(token))
				.exchange()
				.expectStatus()
				.isEqualTo(503);
		}
		assertThat(circuitBreakers.circuitBreaker("tripping").getState()).isEqualTo(CircuitBreaker.State.OPEN);
		int calls = backend.countRequestsMatching(anyRequestedFor(urlEqualTo(path)).build()).getCount();
		assertThat(calls).isEqualTo(20);

		assertServiceUnavailable(client.get().uri(path).header(HttpHeaders.AUTHORIZATION, bearer(token)).exchange(),
				"tripping", path);
		assertThat(backend.countRequestsMatching(anyRequestedFor(urlEqualTo(path)).build()).getCount())
			.as("open breaker: the backend is not called")
			.isEqualTo(calls);
	}

	@Test
	void routeBreakersUseTheConfiguredWindowAndTimeLimiterAndNoBulkhead() {
		String path = "/api/catalog/v1/breaker-probe";
		backend.stubFor(get(urlEqualTo(path)).willReturn(okJson("{}")));
		send(HttpMethod.GET, path).expectStatus().isOk();

		CircuitBreakerConfig config = circuitBreakers.find("catalog").orElseThrow().getCircuitBreakerConfig();
		assertThat(config.getSlidingWindowSize()).isEqualTo(50);
		assertThat(config.getMinimumNumberOfCalls()).isEqualTo(20);
		assertThat(config.getFailureRateThreshold()).isEqualTo(50f);
		assertThat(config.getWaitIntervalFunctionInOpenState().apply(1)).isEqualTo(30_000L);
		assertThat(timeLimiters.find("catalog").orElseThrow().getTimeLimiterConfig().getTimeoutDuration())
			.isEqualTo(Duration.ofMillis(1500));
		assertThat(context.getBeanProvider(ReactiveResilience4jBulkheadProvider.class).getIfAvailable()).isNull();
	}

}
