package cn.gov.lyg.enforcement.platform.security;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.RSAKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * Tokens with made-up key ids must not reach Keycloak once each: the key set is fetched at most once per
 * min-refresh-interval, unknown kids are remembered, and keys removed from the realm expire.
 */
class JwkSetSourceTest {

    private final JwksServer realm = new JwksServer();
    private static final RSAKey key1 = JwksServer.rsa("key-1");
    private static final RSAKey OTHER = JwksServer.rsa("other");
    private final SecurityProperties properties = realm.properties();
    private final TestClock keyClock = new TestClock(Instant.parse("2026-12-01T02:00:00Z"));
    private final TokenPolicy policy = new TokenPolicy(properties, Clock.systemUTC());

    @AfterEach
    void stop() {
        realm.close();
    }

    private String randomKidToken() {
        return realm.token(JwksServer.withKid(OTHER, "kid-" + UUID.randomUUID()), c -> { });
    }

    private static boolean accepted(Runnable decode) {
        try {
            decode.run();
            return true;
        } catch (BadJwtException e) {
            return false;
        }
    }

    @Test
    void fiftyTokensWithRandomKidsCostOneFetch() {
        realm.publish(key1);
        JwkSetSource keys = JwkSetSource.http(properties, keyClock);
        ReactiveJwtDecoder gateway = policy.reactiveDecoder(keys);
        for (int i = 0; i < 50; i++) {
            String token = randomKidToken();
            assertThat(accepted(() -> gateway.decode(token).block())).isFalse();
        }
        assertThat(realm.fetches()).isEqualTo(1);
        assertThat(keys.fetches()).isEqualTo(1);
        assertThat(accepted(() -> gateway.decode(realm.token(key1, c -> { })).block())).isTrue();
        assertThat(realm.fetches()).as("the known key needs no fetch").isEqualTo(1);
    }

    @Test
    void servicesAreLimitedAlike() {
        realm.publish(key1);
        JwtDecoder service = policy.decoder(JwkSetSource.http(properties, keyClock));
        assertThat(accepted(() -> service.decode(realm.token(key1, c -> { })))).isTrue();
        for (int i = 0; i < 50; i++) {
            String token = randomKidToken();
            assertThat(accepted(() -> service.decode(token))).isFalse();
        }
        assertThat(realm.fetches()).isEqualTo(1);
    }

    @Test
    void aftertheIntervalAnUnknownKidFetchesOnceThenIsRemembered() {
        realm.publish(key1);
        JwkSetSource keys = JwkSetSource.http(properties, keyClock);
        JwtDecoder decoder = policy.decoder(keys);
        assertThat(accepted(() -> decoder.decode(realm.token(key1, c -> { })))).isTrue();

        keyClock.advance(Duration.ofSeconds(31));
        String unknown = realm.token(JwksServer.withKid(OTHER, "kid-x"), c -> { });
        assertThat(accepted(() -> decoder.decode(unknown))).isFalse();
        assertThat(realm.fetches()).isEqualTo(2);

        keyClock.advance(Duration.ofSeconds(31));
        assertThat(accepted(() -> decoder.decode(unknown))).isFalse();
        assertThat(realm.fetches()).as("kid-x is remembered as unknown for a minute").isEqualTo(2);
        assertThat(accepted(() -> decoder.decode(randomKidToken()))).isFalse();
        assertThat(realm.fetches()).as("another kid after the interval: one fetch").isEqualTo(3);
    }

    @Test
    void aRotatedKeyIsFetchedAndARemovedKeyExpires() {
        realm.publish(key1);
        JwkSetSource keys = JwkSetSource.http(properties, keyClock);
        AtomicInteger removals = new AtomicInteger();
        keys.onKeysRemoved(removals::incrementAndGet);
        JwtDecoder decoder = policy.decoder(keys);
        String old = realm.token(key1, c -> { });
        assertThat(accepted(() -> decoder.decode(old))).isTrue();

        RSAKey key2 = JwksServer.withKid(OTHER, "key-2");
        realm.publish(key2);
        keyClock.advance(Duration.ofSeconds(31));
        assertThat(accepted(() -> decoder.decode(realm.token(key2, c -> { })))).as("new key fetched").isTrue();
        assertThat(removals).hasValue(1);
        assertThat(accepted(() -> decoder.decode(old))).as("key-1 left the realm's set").isFalse();
    }

    @Test
    void keysOlderThanMaxAgeAreFetchedAgainSoRemovedKeysExpireWithoutUnknownKids() {
        realm.publish(key1);
        JwkSetSource keys = JwkSetSource.http(properties, keyClock);
        JwtDecoder decoder = policy.decoder(keys);
        assertThat(accepted(() -> decoder.decode(realm.token(key1, c -> { })))).isTrue();
        realm.publish(JwksServer.withKid(OTHER, "key-2"));
        keyClock.advance(Duration.ofMinutes(5));
        assertThat(accepted(() -> decoder.decode(realm.token(key1, c -> { })))).isTrue();
        keyClock.advance(Duration.ofMinutes(6));
        assertThat(accepted(() -> decoder.decode(realm.token(key1, c -> { })))).isFalse();
        assertThat(realm.fetches()).isEqualTo(2);
    }

    @Test
    void anUnreachableKeySetIsAnOutageNotABadTokenAndIsRetriedAfterFiveSeconds() {
        realm.server.stubFor(get(urlEqualTo(JwksServer.PATH)).willReturn(aResponse().withStatus(503)));
        JwkSetSource keys = JwkSetSource.http(properties, keyClock);
        ReactiveJwtDecoder gateway = policy.reactiveDecoder(keys);
        String token = realm.token(key1, c -> { });
        assertThatThrownBy(() -> gateway.decode(token).block()).isInstanceOf(JwtException.class)
                .isNotInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> gateway.decode(token).block()).isNotInstanceOf(BadJwtException.class);
        assertThat(realm.fetches()).isEqualTo(1);

        realm.publish(key1);
        keyClock.advance(Duration.ofSeconds(5));
        assertThat(accepted(() -> gateway.decode(token).block())).isTrue();
        assertThat(realm.fetches()).isEqualTo(2);
    }
}
