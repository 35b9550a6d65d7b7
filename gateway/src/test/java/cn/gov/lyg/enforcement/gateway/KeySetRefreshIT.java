package cn.gov.lyg.enforcement.gateway;

import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Anonymous callers must not be able to make the gateway call Keycloak once per request: tokens naming key ids
 * that are not in the realm's key set are answered 401 with at most one key-set fetch per refresh interval.
 */
class KeySetRefreshIT extends GatewayITSupport {

	private static final String PATH = "/api/catalog/v1/key-set-probe";

	private static int keySetFetches() {
		return backend.findAll(getRequestedFor(urlEqualTo(TestBackends.JWKS_PATH))).size();
	}

	@Test
	void tokensWithMadeUpKeyIdsCauseAtMostOneKeySetFetch() {
		backend.stubFor(get(urlEqualTo(PATH)).willReturn(okJson("{}")));
		int before = keySetFetches();
		for (int i = 0; i < 30; i++) {
			RSAKey madeUp = new RSAKey.Builder(TestTokens.FORGER).keyID("made-up-" + i).build();
			client.get()
				.uri(PATH)
				.header(HttpHeaders.AUTHORIZATION, bearer(TestTokens.token().signedBy(madeUp).build()))
				.exchange()
				.expectStatus()
				.isUnauthorized();
		}
		assertThat(keySetFetches() - before).as("key-set fetches for 30 unknown kids").isLessThanOrEqualTo(1);

		client.get()
			.uri(PATH)
			.header(HttpHeaders.AUTHORIZATION, bearer(validToken()))
			.exchange()
			.expectStatus()
			.isOk();
	}

}
