package cn.gov.lyg.enforcement.gateway;

import org.junit.jupiter.api.Test;

import cn.gov.lyg.enforcement.gateway.config.EdgeProperties;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code rl-limited-client} gets 3 requests of burst and 0.1/s (application-test.yml). */
class RateLimitIT extends GatewayITSupport {

	@Test
	void clientOverItsLimitGets429WithRetryAfterAndOtherClientsAreNotLimited() {
		String path = "/api/benchmarks/v1/recommendations";
		backend.stubFor(get(urlEqualTo(path)).willReturn(okJson("[]")));
		String limited = TestTokens.token().azp("rl-limited-client").build();
		// a second token of the same client and user shares the bucket: the key is azp + sub, not the token
		String limitedOtherToken = TestTokens.token().azp("rl-limited-client").build();
		String other = TestTokens.token().azp("rl-other-client").build();

		for (int i = 0; i < 2; i++) {
			client.get().uri(path).header(HttpHeaders.AUTHORIZATION, bearer(limited)).exchange().expectStatus().isOk();
		}
		client.get().uri(path).header(HttpHeaders.AUTHORIZATION, bearer(limitedOtherToken)).exchange().expectStatus().isOk();

		client.get()
			.uri(path)
			.header(HttpHeaders.AUTHORIZATION, bearer(limitedOtherToken))
			.exchange()
			.expectStatus()
			.isEqualTo(429)
			.expectHeader()
			.value(HttpHeaders.RETRY_AFTER, v -> assertThat(Long.parseLong(v)).isBetween(1L, 10L))
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.code")
			.isEqualTo("RATE_LIMITED")
			.jsonPath("$.status")
			.isEqualTo(429);

		for (int i = 0; i < 5; i++) {
			client.get().uri(path).header(HttpHeaders.AUTHORIZATION, bearer(other)).exchange().expectStatus().isOk();
		}
	}

	@Test
	void eachUserOfAClientHasItsOwnBucket() {
		String path = "/api/benchmarks/v1/per-user-probe";
		backend.stubFor(get(urlEqualTo(path)).willReturn(okJson("[]")));
		String runaway = TestTokens.token().azp("rl-limited-client").subject("runaway-tab-user").build();
		String colleague = TestTokens.token().azp("rl-limited-client").subject("colleague").build();
		for (int i = 0; i < 3; i++) {
			client.get().uri(path).header(HttpHeaders.AUTHORIZATION, bearer(runaway)).exchange().expectStatus().isOk();
		}
		client.get().uri(path).header(HttpHeaders.AUTHORIZATION, bearer(runaway)).exchange().expectStatus().isEqualTo(429);
		for (int i = 0; i < 3; i++) {
			client.get().uri(path).header(HttpHeaders.AUTHORIZATION, bearer(colleague)).exchange().expectStatus().isOk();
		}
	}

	@Autowired
	EdgeProperties edge;

	@Test
	void govSystemsHasItsOwnLargerBudget() {
		EdgeProperties.Limit govSystems = edge.getRateLimit().getClients().get("gov-systems");
		assertThat(govSystems).isNotNull();
		assertThat(govSystems.getReplenishRate()).isGreaterThanOrEqualTo(3000)
			.isGreaterThan(edge.getRateLimit().getAuthenticated().getReplenishRate());
	}

	@Test
	void aClientWithItsOwnBudgetGetsIt() {
		String path = "/api/benchmarks/v1/system-budget-probe";
		backend.stubFor(get(urlEqualTo(path)).willReturn(okJson("[]")));
		String system = TestTokens.token().azp("rl-system-client").subject("service-account-rl-system").build();
		for (int i = 0; i < 6; i++) {
			client.get().uri(path).header(HttpHeaders.AUTHORIZATION, bearer(system)).exchange().expectStatus().isOk();
		}
		client.get().uri(path).header(HttpHeaders.AUTHORIZATION, bearer(system)).exchange().expectStatus().isEqualTo(429);
	}

}
