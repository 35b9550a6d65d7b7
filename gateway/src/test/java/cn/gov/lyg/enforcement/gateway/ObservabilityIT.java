package cn.gov.lyg.enforcement.gateway;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

class ObservabilityIT extends GatewayITSupport {

	@Test
	void healthProbesAreOpenOnTheManagementPort() {
		assertThat(managementPort.port()).isPositive().isNotEqualTo(port);
		management.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
		management.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
	}

	@Test
	void theRoutedPortServesNoActuatorEndpoint() {
		client.get().uri("/actuator/prometheus").exchange().expectStatus().isUnauthorized();
		client.get()
			.uri("/actuator/prometheus")
			.header(HttpHeaders.AUTHORIZATION, bearer(validToken()))
			.exchange()
			.expectStatus()
			.isForbidden();
		client.get().uri("/actuator/health/liveness").exchange().expectStatus().isNotFound();
	}

	@Test
	void prometheusShowsRouteTaggedServerRequestsAndJwtMetrics() {
		String path = "/api/personnel/v1/metrics-probe";
		backend.stubFor(get(urlEqualTo(path)).willReturn(okJson("{}")));
		client.get().uri(path).header(HttpHeaders.AUTHORIZATION, bearer(validToken())).exchange().expectStatus().isOk();

		management.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value(body -> assertThat(body).contains("http_server_requests_seconds_count")
				.contains("uri=\"/api/personnel/**\"")
				.contains("gateway_jwt_verifications_total")
				.contains("resilience4j_circuitbreaker_state"));
	}

	@Test
	void otherActuatorEndpointsAreNotExposedOrOpen() {
		management.get().uri("/actuator/env").exchange().expectStatus().isNotFound();
		client.get().uri("/actuator/env").exchange().expectStatus().isUnauthorized();
		client.get()
			.uri("/actuator/env")
			.header(HttpHeaders.AUTHORIZATION, bearer(validToken()))
			.exchange()
			.expectStatus()
			.isForbidden();
	}

}
