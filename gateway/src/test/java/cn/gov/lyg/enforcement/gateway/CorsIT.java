package cn.gov.lyg.enforcement.gateway;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

class CorsIT extends GatewayITSupport {

	@Test
	void preflightFromConfiguredOriginSucceedsWithoutToken() {
		client.options()
			.uri("/api/inspections/v1/spot-checks")
			.header(HttpHeaders.ORIGIN, "http://localhost:5173")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "PATCH")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization, content-type, if-match, idempotency-key")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "http://localhost:5173")
			.expectHeader()
			.value(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, v -> assertThat(v).contains("PATCH"))
			.expectHeader()
			.value(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS,
					v -> assertThat(v.toLowerCase()).contains("authorization", "content-type", "if-match", "idempotency-key"))
			.expectHeader()
			.exists(HttpHeaders.ACCESS_CONTROL_MAX_AGE);
	}

	@Test
	void preflightFromOtherOriginIsRejected() {
		client.options()
			.uri("/api/inspections/v1/spot-checks")
			.header(HttpHeaders.ORIGIN, "https://evil.example.com")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.code")
			.isEqualTo("ACCESS_DENIED");
	}

	@Test
	void actualCrossOriginRequestExposesHeaders() {
		String path = "/api/inspections/v1/cors-probe";
		backend.stubFor(get(urlEqualTo(path)).willReturn(okJson("{}").withHeader("ETag", "\"7\"")));
		client.get()
			.uri(path)
			.header(HttpHeaders.ORIGIN, "http://localhost:5173")
			.header(HttpHeaders.AUTHORIZATION, bearer(validToken()))
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "http://localhost:5173")
			.expectHeader()
			.value(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS,
					v -> assertThat(v).contains("ETag", "Location", "Retry-After"));
	}

	@Test
	void unauthenticatedCrossOriginResponseStillCarriesCorsHeaders() {
		// so the SPA can read the 401 problem and start a login
		client.get()
			.uri("/api/inspections/v1/spot-checks")
			.header(HttpHeaders.ORIGIN, "http://localhost:5173")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "http://localhost:5173");
	}

}
