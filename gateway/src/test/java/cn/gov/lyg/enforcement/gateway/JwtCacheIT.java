package cn.gov.lyg.enforcement.gateway;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;

import cn.gov.lyg.enforcement.platform.security.CachingReactiveJwtDecoder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class JwtCacheIT extends GatewayITSupport {

	private static final String PATH = "/api/catalog/v1/jwt-cache-probe";

	@Autowired
	CachingReactiveJwtDecoder decoder;

	private int status(String token) {
		backend.stubFor(get(urlEqualTo(PATH)).willReturn(okJson("{}")));
		return client.get()
			.uri(PATH)
			.header(HttpHeaders.AUTHORIZATION, bearer(token))
			.exchange()
			.returnResult(Void.class)
			.getStatus()
			.value();
	}

	@Test
	void eachTokenIsVerifiedOnce() {
		String token = validToken();
		long before = decoder.verifications();
		for (int i = 0; i < 5; i++) {
			assertThat(status(token)).isEqualTo(200);
		}
		assertThat(decoder.verifications() - before).isEqualTo(1);

		String another = validToken();
		assertThat(status(another)).isEqualTo(200);
		assertThat(decoder.verifications() - before).isEqualTo(2);
	}

	@Test
	void invalidTokensAreNeverCached() {
		String expired = TestTokens.token().expiresAt(Instant.now().minusSeconds(120)).build();
		long before = decoder.verifications();
		assertThat(status(expired)).isEqualTo(401);
		assertThat(status(expired)).isEqualTo(401);
		assertThat(decoder.verifications() - before).isEqualTo(2);
	}

	@Test
	void cachedTokenIsNotAcceptedAfterItExpires() {
		// exp in ~2 s; test clock skew is 1 s
		Instant exp = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
		String token = TestTokens.token().expiresAt(exp).build();
		assertThat(status(token)).isEqualTo(200);
		assertThat(status(token)).as("served from the cache").isEqualTo(200);

		await().atMost(Duration.ofSeconds(8)).pollInterval(Duration.ofMillis(200)).until(() -> status(token) == 401);
		assertThat(Instant.now()).as("rejected only after exp").isAfter(exp);
		assertThat(status(token)).isEqualTo(401);
	}

}
