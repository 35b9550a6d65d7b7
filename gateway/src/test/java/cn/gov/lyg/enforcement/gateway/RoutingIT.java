package cn.gov.lyg.enforcement.gateway;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

class RoutingIT extends GatewayITSupport {

	@ParameterizedTest
	@ValueSource(strings = { "catalog", "personnel", "benchmarks", "inspections", "supervision" })
	void routesEachContextWithPathUnchangedAndAuthorizationForwarded(String context) {
		String path = "/api/" + context + "/v1/routing-probe?page=0&size=20";
		backend.stubFor(get(urlEqualTo(path)).willReturn(okJson("{\"context\":\"" + context + "\"}")));
		String token = validToken();

		client.get()
			.uri(path)
			.header(HttpHeaders.AUTHORIZATION, bearer(token))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.context")
			.isEqualTo(context);

		backend.verify(1, getRequestedFor(urlEqualTo(path)).withHeader(HttpHeaders.AUTHORIZATION, equalTo(bearer(token)))
			// the gateway generated a request id and forwards it
			.withHeader("X-Request-Id", matching("[0-9a-f]{32}"))
			// and starts the W3C trace the service continues
			.withHeader("traceparent", matching("00-[0-9a-f]{32}-[0-9a-f]{16}-01"))
			// Host is preserved so that links built by the service point at the gateway
			.withHeader(HttpHeaders.HOST, equalTo("127.0.0.1:" + port)));
	}

	@Test
	void forwardsBodyAndClientRequestIdAndTraceparent() {
		String path = "/api/catalog/v1/items";
		backend.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(201)
			.withHeader("Location", "http://127.0.0.1:" + port + path + "/42")
			.withHeader("ETag", "\"1\"")));
		String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

		client.post()
			.uri(path)
			.header(HttpHeaders.AUTHORIZATION, bearer(validToken()))
			.header("X-Request-Id", "client-req-1")
			.header("traceparent", traceparent)
			.header("Idempotency-Key", "k-1")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"name\":\"行政处罚事项\"}")
			.exchange()
			.expectStatus()
			.isCreated()
			.expectHeader()
			.valueEquals("X-Request-Id", "client-req-1")
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, "\"1\"")
			.expectHeader()
			.exists(HttpHeaders.LOCATION);

		backend.verify(1, postRequestedFor(urlEqualTo(path)).withHeader("X-Request-Id", equalTo("client-req-1"))
			.withHeader("traceparent", equalTo(traceparent))
			.withHeader("Idempotency-Key", equalTo("k-1"))
			.withRequestBody(equalToJson("{\"name\":\"行政处罚事项\"}")));
	}

	@Test
	void anonymousPublicRouteIsServedWithoutToken() {
		String path = "/api/catalog/v1/public/items";
		backend.stubFor(get(urlEqualTo(path)).willReturn(okJson("{\"content\":[],\"page\":0,\"size\":20,\"totalElements\":0}")));

		client.get().uri(path).exchange().expectStatus().isOk().expectBody().jsonPath("$.totalElements").isEqualTo(0);

		backend.verify(getRequestedFor(urlEqualTo(path)).withHeader(HttpHeaders.AUTHORIZATION, absent()));
	}

	@Test
	void anonymousWriteToPublicRouteNeedsToken() {
		client.post()
			.uri("/api/catalog/v1/public/items")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	@Test
	void unknownApiPathIsNotFoundProblem() {
		client.get()
			.uri("/api/nothing-here/v1/items")
			.header(HttpHeaders.AUTHORIZATION, bearer(validToken()))
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://enforcement.lyg.gov.cn/problems/not-found")
			.jsonPath("$.title")
			.isEqualTo("资源不存在")
			.jsonPath("$.status")
			.isEqualTo(404)
			.jsonPath("$.detail")
			.isNotEmpty()
			.jsonPath("$.instance")
			.isEqualTo("/api/nothing-here/v1/items")
			.jsonPath("$.code")
			.isEqualTo("NOT_FOUND")
			.jsonPath("$.errors")
			.isArray()
			.jsonPath("$.errors.length()")
			.isEqualTo(0)
			.jsonPath("$.traceId")
			.value(id -> assertThat((String) id).matches("[0-9a-f]{32}"));
	}

	@Test
	void problemIsEnglishWithAcceptLanguageEnAndCarriesIncomingTraceId() {
		client.get()
			.uri("/api/nothing-here/v1/items")
			.header(HttpHeaders.AUTHORIZATION, bearer(validToken()))
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en-US,en;q=0.9")
			.header("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("Not found")
			.jsonPath("$.traceId")
			.isEqualTo("0af7651916cd43dd8448eb211c80319c");
	}

	@Test
	void requestRejectedByTheFirewallIsBadRequestProblem() {
		client.get()
			.uri(java.net.URI.create("http://127.0.0.1:" + port + "/api/catalog/v1/items;jsessionid=x"))
			.header(HttpHeaders.AUTHORIZATION, bearer(validToken()))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.code")
			.isEqualTo("BAD_REQUEST");
	}

	@Test
	void pathsOutsideTheApiAreDenied() {
		client.get().uri("/internal/admin").exchange().expectStatus().isUnauthorized();
		client.get()
			.uri("/fallback/catalog")
			.header(HttpHeaders.AUTHORIZATION, bearer(validToken()))
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.code")
			.isEqualTo("ACCESS_DENIED");
	}

}
