package cn.gov.lyg.enforcement.gateway;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

class SecurityHeadersIT extends GatewayITSupport {

	@Test
	void proxiedApiResponseGetsSecurityHeadersReplacingTheBackendsOwn() {
		String path = "/api/supervision/v1/complaints";
		backend.stubFor(get(urlEqualTo(path)).willReturn(okJson("[]").withHeader("Cache-Control", "max-age=600")
			.withHeader("X-Frame-Options", "SAMEORIGIN")));
		client.get()
			.uri(path)
			.header(HttpHeaders.AUTHORIZATION, bearer(validToken()))
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("X-Content-Type-Options", "nosniff")
			.expectHeader()
			.valueEquals("X-Frame-Options", "DENY")
			.expectHeader()
			.valueEquals("Referrer-Policy", "no-referrer")
			.expectHeader()
			.valueEquals(HttpHeaders.CACHE_CONTROL, "no-store")
			.expectHeader()
			.value("Content-Security-Policy", v -> assertThat(v).startsWith("default-src 'none'"))
			.expectHeader()
			.value("X-Request-Id", v -> assertThat(v).matches("[0-9a-f]{32}"))
			// plain HTTP: no HSTS
			.expectHeader()
			.doesNotExist("Strict-Transport-Security");
	}

	@Test
	void gatewayOwnErrorsCarryThemToo() {
		client.get()
			.uri("/api/supervision/v1/complaints")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.valueEquals("X-Content-Type-Options", "nosniff")
			.expectHeader()
			.valueEquals("X-Frame-Options", "DENY")
			.expectHeader()
			.valueEquals(HttpHeaders.CACHE_CONTROL, "no-store")
			.expectHeader()
			.exists("Content-Security-Policy");
	}

	@Test
	void swaggerUiGetsACspThatAllowsItsOwnScripts() {
		client.get()
			.uri("/swagger-ui/index.html")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.value("Content-Security-Policy", v -> assertThat(v).contains("script-src 'self'"))
			.expectHeader()
			.valueEquals("X-Frame-Options", "DENY");
	}

}
