package cn.gov.lyg.enforcement.gateway.ratelimit;

/**
 * A classic token bucket: refills {@code ratePerSecond} tokens per second up to {@code capacity}; a
 * request takes one token. Synchronized per bucket (one bucket per client, so contention is only
 * between requests of the same client).
 */
final class TokenBucket {

	private final double tokensPerNano;

	private final double capacity;

	private double tokens;

	private long lastRefill;

	TokenBucket(double ratePerSecond, long capacity, long nowNanos) {
		if (ratePerSecond <= 0 || capacity < 1) {
			throw new IllegalArgumentException("rate must be > 0 and capacity >= 1");
		}
		this.tokensPerNano = ratePerSecond / 1_000_000_000d;
		this.capacity = capacity;
		this.tokens = capacity;
		this.lastRefill = nowNanos;
	}

	/**
	 * @return 0 if a token was taken, else the nanoseconds until one will be available
	 */
	synchronized long tryConsume(long nowNanos) {
		refill(nowNanos);
		if (tokens >= 1d) {
			tokens -= 1d;
			return 0;
		}
		return (long) Math.ceil((1d - tokens) / tokensPerNano);
	}

	/**
	 * @return 0 if a token is available (none is taken), else the nanoseconds until one will be
	 */
	synchronized long peek(long nowNanos) {
		refill(nowNanos);
		return tokens >= 1d ? 0 : (long) Math.ceil((1d - tokens) / tokensPerNano);
	}

	private void refill(long nowNanos) {
		long elapsed = nowNanos - lastRefill;
		if (elapsed > 0) {
			tokens = Math.min(capacity, tokens + elapsed * tokensPerNano);
			lastRefill = nowNanos;
		}
	}

}
