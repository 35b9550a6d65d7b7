package cn.gov.lyg.enforcement.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The one cache of verified tokens, used by the servlet services ({@link CachingJwtDecoder}) and the gateway
 * ({@link CachingReactiveJwtDecoder}). A token that passed the full check (signature, issuer, audience, type,
 * expiry) is kept, keyed by the SHA-256 of its serialization, until its own {@code exp} and never longer:
 * <ul>
 * <li>only successes are cached (a failure is re-checked every time, and a transient key-set failure must not stick);</li>
 * <li>tokens without {@code exp} are never cached;</li>
 * <li>an entry is never used at or after {@code exp} (checked against the clock on every hit, independent of the
 * cache's own eviction); past {@code exp} the decoder decides again, with the configured clock skew;</li>
 * <li>bounded ({@code maxSize}, Caffeine's eviction); an evicted token is simply verified again.</li>
 * </ul>
 * Metered with Micrometer: Caffeine's cache metrics and a {@code <name>.verifications} counter of cache misses.
 */
public final class VerifiedTokenCache {

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    private final Clock clock;
    private final Cache<ByteBuffer, Jwt> cache;
    private final LongAdder verifications = new LongAdder();

    public VerifiedTokenCache(Clock clock, long maxSize) {
        this.clock = clock;
        this.cache = Caffeine.newBuilder().maximumSize(maxSize).expireAfter(new UntilExpiry(clock))
                .executor(Runnable::run).recordStats().build();
    }

    /** The cache key of a token: the SHA-256 of its serialization. */
    public static ByteBuffer key(String token) {
        MessageDigest digest = SHA256.get();
        digest.reset();
        return ByteBuffer.wrap(digest.digest(token.getBytes(StandardCharsets.US_ASCII)));
    }

    /** The verified token for this key if it is still before its {@code exp}; else null (and the entry is dropped). */
    public Jwt valid(ByteBuffer key) {
        Jwt cached = cache.getIfPresent(key);
        if (cached == null) {
            return null;
        }
        Instant exp = cached.getExpiresAt();
        if (exp != null && clock.instant().isBefore(exp)) {
            return cached;
        }
        cache.invalidate(key);
        return null;
    }

    /** Counts a token that goes to full verification (a cache miss). */
    public void verifying() {
        verifications.increment();
    }

    /** Keeps a token the decoder has just verified, if it has an {@code exp} still ahead. */
    public void verified(ByteBuffer key, Jwt jwt) {
        Instant exp = jwt.getExpiresAt();
        if (exp != null && clock.instant().isBefore(exp)) {
            cache.put(key, jwt);
        }
    }

    /** Forgets every token, e.g. when a signing key was removed from the realm. */
    public void invalidateAll() {
        cache.invalidateAll();
    }

    /** How many tokens went to full verification (cache misses). */
    public long verifications() {
        return verifications.sum();
    }

    public long size() {
        cache.cleanUp();
        return cache.estimatedSize();
    }

    /** Registers {@code <name>.*} cache metrics and the {@code <name>.verifications} counter. */
    public void bindTo(MeterRegistry registry, String name) {
        CaffeineCacheMetrics.monitor(registry, cache, name);
        FunctionCounter.builder(name + ".verifications", this, VerifiedTokenCache::verifications)
                .description("Tokens whose signature was verified (cache misses)")
                .register(registry);
    }

    /** Entries live until the token's exp (never longer); re-reads do not extend them. */
    private record UntilExpiry(Clock clock) implements Expiry<ByteBuffer, Jwt> {

        @Override
        public long expireAfterCreate(ByteBuffer key, Jwt jwt, long currentTime) {
            Instant exp = jwt.getExpiresAt();
            long millis = exp == null ? 0 : exp.toEpochMilli() - clock.millis();
            return TimeUnit.MILLISECONDS.toNanos(Math.max(0, millis));
        }

        @Override
        public long expireAfterUpdate(ByteBuffer key, Jwt jwt, long currentTime, long currentDuration) {
            return expireAfterCreate(key, jwt, currentTime);
        }

        @Override
        public long expireAfterRead(ByteBuffer key, Jwt jwt, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
