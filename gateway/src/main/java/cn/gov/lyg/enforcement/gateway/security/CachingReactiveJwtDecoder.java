package cn.gov.lyg.enforcement.gateway.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import reactor.core.publisher.Mono;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * Remembers tokens that the delegate has fully verified (signature, issuer, audience, expiry), keyed by
 * the SHA-256 of the token string, until the token's own {@code exp}. A token is therefore RSA-verified
 * once per lifetime instead of on every request.
 * <ul>
 * <li>Only successes are cached; a failure is re-checked every time (it is cheap to reject garbage,
 * and a transient JWK-fetch failure must not stick).</li>
 * <li>Tokens without {@code exp} are never cached.</li>
 * <li>A cached entry is never used at or after {@code exp} (checked against the clock on every hit,
 * independent of the cache's own eviction); past {@code exp} the delegate decides, which applies the
 * configured clock skew.</li>
 * <li>The cache is bounded ({@code maxSize}); evicted tokens are simply verified again.</li>
 * </ul>
 */
public class CachingReactiveJwtDecoder implements ReactiveJwtDecoder {

	private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	});

	private final ReactiveJwtDecoder delegate;

	private final Clock clock;

	private final Cache<ByteBuffer, Jwt> cache;

	private final LongAdder verifications = new LongAdder();

	public CachingReactiveJwtDecoder(ReactiveJwtDecoder delegate, Clock clock, long maxSize) {
		this.delegate = delegate;
		this.clock = clock;
		this.cache = Caffeine.newBuilder().maximumSize(maxSize).expireAfter(new UntilExpiry(clock)).recordStats().build();
	}

	@Override
	public Mono<Jwt> decode(String token) throws JwtException {
		ByteBuffer key = key(token);
		Jwt cached = cache.getIfPresent(key);
		if (cached != null) {
			Instant exp = cached.getExpiresAt();
			if (exp != null && clock.instant().isBefore(exp)) {
				return Mono.just(cached);
			}
			cache.invalidate(key);
		}
		verifications.increment();
		return delegate.decode(token).doOnNext(jwt -> {
			Instant exp = jwt.getExpiresAt();
			if (exp != null && clock.instant().isBefore(exp)) {
				cache.put(key, jwt);
			}
		});
	}

	/** How many tokens went to the delegate (signature verification), for metrics and tests. */
	public long verifications() {
		return verifications.sum();
	}

	public Cache<ByteBuffer, Jwt> cache() {
		return cache;
	}

	static ByteBuffer key(String token) {
		MessageDigest digest = SHA256.get();
		digest.reset();
		return ByteBuffer.wrap(digest.digest(token.getBytes(StandardCharsets.US_ASCII)));
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
