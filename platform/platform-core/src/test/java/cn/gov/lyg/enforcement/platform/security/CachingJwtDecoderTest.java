package cn.gov.lyg.enforcement.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class CachingJwtDecoderTest {

    private final AtomicInteger verifications = new AtomicInteger();
    private final Instant now = Instant.parse("2025-03-01T00:00:00Z");

    private JwtDecoder delegate(Instant expiry) {
        return token -> {
            verifications.incrementAndGet();
            if (token.startsWith("bad")) {
                throw new BadJwtException("bad signature");
            }
            return Jwt.withTokenValue(token).header("alg", "RS256").subject("u").issuedAt(now)
                    .expiresAt(expiry).build();
        };
    }

    @Test
    void aValidTokenIsVerifiedOncePerLifetime() {
        var decoder = new CachingJwtDecoder(delegate(now.plusSeconds(300)), Clock.fixed(now, ZoneOffset.UTC), 10);
        decoder.decode("token-a");
        decoder.decode("token-a");
        decoder.decode("token-a");
        assertThat(verifications).hasValue(1);
    }

    @Test
    void failuresAreNeverCached() {
        var decoder = new CachingJwtDecoder(delegate(now.plusSeconds(300)), Clock.fixed(now, ZoneOffset.UTC), 10);
        assertThatThrownBy(() -> decoder.decode("bad-token")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode("bad-token")).isInstanceOf(BadJwtException.class);
        assertThat(verifications).hasValue(2);
        assertThat(decoder.size()).isZero();
    }

    @Test
    void anEntryPastItsExpiryIsVerifiedAgain() {
        Instant expiry = now.plusSeconds(60);
        TestClock clock = new TestClock(now);
        var decoder = new CachingJwtDecoder(delegate(expiry), clock, 10);
        decoder.decode("token-b");
        clock.advance(Duration.ofSeconds(61));
        decoder.decode("token-b");
        assertThat(verifications).hasValue(2);
    }

    @Test
    void theCacheIsBounded() {
        var decoder = new CachingJwtDecoder(delegate(now.plusSeconds(300)), Clock.fixed(now, ZoneOffset.UTC), 3);
        for (int i = 0; i < 10; i++) {
            decoder.decode("token-" + i);
        }
        assertThat(decoder.size()).isLessThanOrEqualTo(3);
    }
}
