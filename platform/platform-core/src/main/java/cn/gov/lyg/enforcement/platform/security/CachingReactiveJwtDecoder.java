package cn.gov.lyg.enforcement.platform.security;

import java.nio.ByteBuffer;
import java.time.Clock;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * The reactive face of the shared {@link VerifiedTokenCache} (the gateway): a token that the delegate has fully
 * verified is served from the cache until its own {@code exp}, so it is RSA-verified once per lifetime instead of
 * on every request. Failures are never cached.
 */
public class CachingReactiveJwtDecoder implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder delegate;
    private final VerifiedTokenCache cache;

    public CachingReactiveJwtDecoder(ReactiveJwtDecoder delegate, VerifiedTokenCache cache) {
        this.delegate = delegate;
        this.cache = cache;
    }

    public CachingReactiveJwtDecoder(ReactiveJwtDecoder delegate, Clock clock, long maxSize) {
        this(delegate, new VerifiedTokenCache(clock, maxSize));
    }

    @Override
    public Mono<Jwt> decode(String token) throws JwtException {
        ByteBuffer key = VerifiedTokenCache.key(token);
        Jwt cached = cache.valid(key);
        if (cached != null) {
            return Mono.just(cached);
        }
        cache.verifying();
        return delegate.decode(token).doOnNext(jwt -> cache.verified(key, jwt));
    }

    /** How many tokens went to the delegate (signature verification), for metrics and tests. */
    public long verifications() {
        return cache.verifications();
    }

    public VerifiedTokenCache cache() {
        return cache;
    }

    static ByteBuffer key(String token) {
        return VerifiedTokenCache.key(token);
    }
}
