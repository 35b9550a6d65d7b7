package cn.gov.lyg.enforcement.gateway;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

class AuthenticationIT extends GatewayITSupport {

	private static final String PATH = "/api/personnel/v1/officers";

	private WebTestClient.ResponseSpec call(String authorization) {
		backend.stubFor(get(urlEqualTo(PATH)).willReturn(okJson("[]")));
		WebTestClient.RequestHeadersSpec<?> request = client.get().uri(PATH);
		if (authorization != null) {
			request = request.header(HttpHeaders.AUTHORIZATION, authorization);
		}
		return request.exchange();
	}

	private static void assertUnauthenticatedProblem(WebTestClient.ResponseSpec response) {
		response.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.value(HttpHeaders.WWW_AUTHENTICATE, v -> assertThat(v).startsWith("Bearer"))
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.doesNotExist(HttpHeaders.LOCATION)
			.expectBody()
			.jsonPath("$.code")
			.isEqualTo("UNAUTHENTICATED")
			.jsonPath("$.status")
			.isEqualTo(401)
			.jsonPath("$.type")
			.isEqualTo("https://enforcement.lyg.gov.cn/problems/unauthenticated")
			.jsonPath("$.instance")
			.isEqualTo(PATH)
			.jsonPath("$.traceId")
			.isNotEmpty();
	}

	@Test
	void validTokenIsAccepted() {
		call(bearer(TestTokens.token().roles("agency-admin", "officer").build())).expectStatus().isOk();
	}

	@Test
	void withoutTokenIs401ProblemNotRedirect() {
		int before = backend.countRequestsMatching(getRequestedFor(urlEqualTo(PATH)).build()).getCount();
		assertUnauthenticatedProblem(call(null));
		assertThat(backend.countRequestsMatching(getRequestedFor(urlEqualTo(PATH)).build()).getCount())
			.as("an unauthenticated request never reaches the service")
			.isEqualTo(before);
	}

	@Test
	void tokenFromAnotherIssuerIs401() {
		assertUnauthenticatedProblem(call(bearer(TestTokens.token().issuer("http://localhost:9999/realms/other").build())));
	}

	@Test
	void tamperedSignatureIs401() {
		String token = validToken();
		String[] parts = token.split("\\.");
		char last = parts[2].charAt(10);
		String signature = parts[2].substring(0, 10) + (last == 'A' ? 'B' : 'A') + parts[2].substring(11);
		assertUnauthenticatedProblem(call(bearer(parts[0] + "." + parts[1] + "." + signature)));
	}

	@Test
	void tamperedPayloadIs401() {
		String token = TestTokens.token().roles("officer").build();
		String[] parts = token.split("\\.");
		String forgedPayload = java.util.Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(new String(java.util.Base64.getUrlDecoder().decode(parts[1]),
					java.nio.charset.StandardCharsets.UTF_8)
				.replace("officer", "supervisor-city")
				.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertUnauthenticatedProblem(call(bearer(parts[0] + "." + forgedPayload + "." + parts[2])));
	}

	@Test
	void tokenSignedByUnknownKeyWithSameKidIs401() {
		assertUnauthenticatedProblem(call(bearer(TestTokens.token().signedBy(TestTokens.FORGER).build())));
	}

	@Test
	void expiredTokenIs401() {
		assertUnauthenticatedProblem(call(bearer(TestTokens.token().expiresAt(Instant.now().minusSeconds(60)).build())));
	}

	@Test
	void tokenWithoutAudienceIs401() {
		assertUnauthenticatedProblem(call(bearer(TestTokens.token().audience("account").build())));
	}

	@Test
	void malformedBearerHeaderIs401() {
		WebTestClient.ResponseSpec response = call("Bearer not a token");
		assertUnauthenticatedProblem(response);
		call("Bearer not a token").expectHeader()
			.value(HttpHeaders.WWW_AUTHENTICATE, v -> assertThat(v).contains("invalid_token"));
	}

	@Test
	void otherAuthorizationSchemeIsTreatedAsAnonymous() {
		assertUnauthenticatedProblem(call("Basic dXNlcjpwYXNz"));
	}

}
