package cn.gov.lyg.enforcement.gateway.ratelimit;

import java.util.function.LongSupplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import cn.gov.lyg.enforcement.gateway.config.EdgeProperties;

/**
 * Token buckets per client key, held in memory of this gateway instance only (no Redis here): with N
 * gateway instances a client gets up to N times its limit. Buckets are dropped after a period of
 * inactivity and the number of tracked keys is bounded.
 */
public class InMemoryRateLimiter {

	private final EdgeProperties.RateLimit props;

	private final Cache<String, TokenBucket> buckets;

	private final LongSupplier nanoTime;

	public InMemoryRateLimiter(EdgeProperties.RateLimit props) {
		this(props, System::nanoTime);
	}

	InMemoryRateLimiter(EdgeProperties.RateLimit props, LongSupplier nanoTime) {
		this.props = props;
		this.nanoTime = nanoTime;
		this.buckets = Caffeine.newBuilder()
			.maximumSize(props.getMaxTrackedClients())
			.expireAfterAccess(props.getIdleExpiry())
			.build();
	}

	public boolean isEnabled() {
		return props.isEnabled();
	}

	/**
	 * Authenticated request, keyed by client id ({@code azp}) and subject: each user of a client has its own
	 * bucket, sized by the client's budget ({@code clients.<azp>}) or the default {@code authenticated} one.
	 */
	public long tryAcquireUser(String clientId, String subject) {
		String client = clientId == null ? "" : clientId;
		EdgeProperties.Limit limit = props.getClients().getOrDefault(client, props.getAuthenticated());
		return tryAcquire("u:" + client.length() + ":" + client + ":" + subject, limit);
	}

	/**
	 * Before authentication: 0 if this address may still be heard, else the nanoseconds until its budget of
	 * rejected (401) requests refills. Takes nothing from the budget.
	 */
	public long rejectedWait(String ip) {
		long now = nanoTime.getAsLong();
		TokenBucket bucket = buckets.getIfPresent("r:" + ip);
		return bucket == null ? 0 : bucket.peek(now);
	}

	/** A request from this address was rejected as unauthenticated (401): it counts against the address. */
	public void recordRejected(String ip) {
		tryAcquire("r:" + ip, props.getRejectedPerIp());
	}

	/** Anonymous caller, keyed by IP. */
	public long tryAcquireAnonymous(String ip) {
		return tryAcquire("a:" + ip, props.getAnonymous());
	}

	/**
	 * @return 0 if allowed, else the nanoseconds until the next request would be allowed
	 */
	long tryAcquire(String key, EdgeProperties.Limit limit) {
		long now = nanoTime.getAsLong();
		TokenBucket bucket = buckets.get(key, k -> new TokenBucket(limit.getReplenishRate(), limit.getBurstCapacity(), now));
		return bucket.tryConsume(now);
	}

	/** Whole seconds to put in {@code Retry-After} (at least 1). */
	public static long retryAfterSeconds(long waitNanos) {
		return Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
	}

}
