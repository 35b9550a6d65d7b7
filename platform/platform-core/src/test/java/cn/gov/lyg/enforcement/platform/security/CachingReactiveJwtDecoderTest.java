package cn.gov.lyg.enforcement.platform.security;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;

class CachingReactiveJwtDecoderTest {

	private static final Instant T0 = Instant.parse("2026-11-27T02:00:00Z");

	private final TestClock clock = new TestClock(T0);

	private final AtomicInteger delegateCalls = new AtomicInteger();

	private static Jwt jwt(String token, Instant exp) {
		Jwt.Builder b = Jwt.withTokenValue(token).header("alg", "RS256").subject("s").issuedAt(T0.minusSeconds(1));
		if (exp != null) {
			b.expiresAt(exp);
		}
		return b.build();
	}

	/** Accepts "good-*" tokens expiring at T0+60s, "noexp" without exp; rejects everything else. */
	private final ReactiveJwtDecoder delegate = token -> {
		delegateCalls.incrementAndGet();
		if (token.startsWith("good")) {
			return Mono.just(jwt(token, T0.plusSeconds(60)));
		}
		if (token.equals("noexp")) {
			return Mono.just(jwt(token, null));
		}
		return Mono.error(new BadJwtException("bad"));
	};

	private final CachingReactiveJwtDecoder decoder = new CachingReactiveJwtDecoder(delegate, clock, 100);

	@Test
	void verifiesEachTokenOnceWhileValid() {
		for (int i = 0; i < 3; i++) {
			StepVerifier.create(decoder.decode("good-1")).expectNextMatches(j -> j.getTokenValue().equals("good-1")).verifyComplete();
		}
		assertThat(delegateCalls).hasValue(1);
		assertThat(decoder.verifications()).isEqualTo(1);
		StepVerifier.create(decoder.decode("good-2")).expectNextCount(1).verifyComplete();
		assertThat(delegateCalls).hasValue(2);
	}

	@Test
	void neverUsesACachedTokenAtOrAfterExp() {
		StepVerifier.create(decoder.decode("good-1")).expectNextCount(1).verifyComplete();
		clock.now = T0.plusSeconds(59);
		StepVerifier.create(decoder.decode("good-1")).expectNextCount(1).verifyComplete();
		assertThat(delegateCalls).hasValue(1);

		clock.now = T0.plusSeconds(60);
		decoder.decode("good-1").onErrorResume(e -> Mono.empty()).block();
		assertThat(delegateCalls).as("at exp the delegate decides again").hasValue(2);
		clock.now = T0.plusSeconds(61);
		decoder.decode("good-1").onErrorResume(e -> Mono.empty()).block();
		assertThat(delegateCalls).as("and it is not re-cached after exp").hasValue(3);
	}

	@Test
	void neverCachesFailures() {
		for (int i = 0; i < 3; i++) {
			StepVerifier.create(decoder.decode("forged")).expectError(BadJwtException.class).verify();
		}
		assertThat(delegateCalls).hasValue(3);
	}

	@Test
	void neverCachesTokensWithoutExp() {
		decoder.decode("noexp").block();
		decoder.decode("noexp").block();
		assertThat(delegateCalls).hasValue(2);
	}

	@Test
	void keyIsTheSha256OfTheToken() {
		assertThat(CachingReactiveJwtDecoder.key("a")).isEqualTo(CachingReactiveJwtDecoder.key("a"));
		assertThat(CachingReactiveJwtDecoder.key("a")).isNotEqualTo(CachingReactiveJwtDecoder.key("b"));
		assertThat(CachingReactiveJwtDecoder.key("a").remaining()).isEqualTo(32);
	}

}
