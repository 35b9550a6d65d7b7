package cn.gov.lyg.enforcement.gateway;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

class SwaggerIT extends GatewayITSupport {

	@Test
	void swaggerUiIsReachableAnonymously() {
		client.get()
			.uri("/swagger-ui.html")
			.exchange()
			.expectStatus()
			.is3xxRedirection()
			.expectHeader()
			.value(HttpHeaders.LOCATION, v -> assertThat(v).endsWith("/swagger-ui/index.html"));
		client.get()
			.uri("/swagger-ui/index.html")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectBody(String.class)
			.value(html -> assertThat(html).contains("swagger-ui"));
	}

	@Test
	@SuppressWarnings("unchecked")
	void swaggerConfigListsAllFiveServiceDocuments() {
		client.get()
			.uri("/v3/api-docs/swagger-config")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.urls.length()")
			.isEqualTo(5)
			.jsonPath("$.urls[*].url")
			.value(urls -> assertThat((List<Object>) urls).containsExactlyInAnyOrder("/v3/api-docs/catalog",
					"/v3/api-docs/personnel", "/v3/api-docs/benchmarks", "/v3/api-docs/inspections",
					"/v3/api-docs/supervision"));
	}

	@Test
	void serviceApiDocsAreProxiedAnonymouslyToTheServicesOwnPath() {
		backend.stubFor(get(urlEqualTo("/v3/api-docs"))
			.willReturn(okJson("{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"catalog-service\",\"version\":\"v1\"}}")));
		client.get()
			.uri("/v3/api-docs/catalog")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.openapi")
			.isEqualTo("3.1.0");
		backend.verify(getRequestedFor(urlEqualTo("/v3/api-docs")));
	}

	@Test
	void documentRequestsTellTheServiceTheGatewaysOriginNotTheCallersClaim() {
		backend.stubFor(get(urlEqualTo("/v3/api-docs"))
			.willReturn(okJson("{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"personnel\",\"version\":\"v1\"}}")));
		client.get()
			.uri("/v3/api-docs/personnel")
			.header("X-Forwarded-Host", "evil.example")
			.header("X-Gateway-Public-Url", "https://evil.example")
			.exchange()
			.expectStatus()
			.isOk();
		backend.verify(getRequestedFor(urlEqualTo("/v3/api-docs")).withHeader("X-Gateway-Public-Url",
				equalTo("http://127.0.0.1:" + port)));
	}

	@Test
	void swaggerUiLogsInWithAuthorizationCodeAndPkceAndMayFetchTheRealmsToken() {
		client.get()
			.uri("/swagger-ui/swagger-initializer.js")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value(js -> assertThat(js).contains("enforcement-api-docs")
				.containsPattern("usePkceWithAuthorizationCodeGrant\"?\\s*:\\s*true")
				.contains("openid"));
		client.get()
			.uri("/swagger-ui/index.html")
			.exchange()
			.expectHeader()
			.value("Content-Security-Policy",
					csp -> assertThat(csp).contains("connect-src 'self' http://localhost:"
							+ java.net.URI.create(TestBackends.issuer()).getPort() + ";"));
	}

}
