package cn.gov.lyg.enforcement.gateway.ratelimit;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import cn.gov.lyg.enforcement.gateway.config.EdgeProperties;

import static org.assertj.core.api.Assertions.assertThat;

class InMemoryRateLimiterTest {

	private final AtomicLong now = new AtomicLong(1_000_000_000L);

	private InMemoryRateLimiter limiter() {
		EdgeProperties.RateLimit props = new EdgeProperties.RateLimit();
		props.setAuthenticated(new EdgeProperties.Limit(10, 20));
		props.setAnonymous(new EdgeProperties.Limit(2, 4));
		props.getClients().put("bulk-importer", new EdgeProperties.Limit(100, 200));
		return new InMemoryRateLimiter(props, now::get);
	}

	@Test
	void allowsTheBurstThenRefillsAtTheRate() {
		InMemoryRateLimiter limiter = limiter();
		for (int i = 0; i < 4; i++) {
			assertThat(limiter.tryAcquireAnonymous("10.0.0.1")).isZero();
		}
		long wait = limiter.tryAcquireAnonymous("10.0.0.1");
		assertThat(wait).isEqualTo(500_000_000L);
		assertThat(InMemoryRateLimiter.retryAfterSeconds(wait)).isEqualTo(1);
		now.addAndGet(500_000_000L);
		assertThat(limiter.tryAcquireAnonymous("10.0.0.1")).isZero();
		assertThat(limiter.tryAcquireAnonymous("10.0.0.1")).isPositive();
	}

	@Test
	void keysAreIndependentAndAnonymousIsStricter() {
		InMemoryRateLimiter limiter = limiter();
		for (int i = 0; i < 4; i++) {
			limiter.tryAcquireAnonymous("10.0.0.1");
		}
		assertThat(limiter.tryAcquireAnonymous("10.0.0.1")).isPositive();
		assertThat(limiter.tryAcquireAnonymous("10.0.0.2")).isZero();
		for (int i = 0; i < 20; i++) {
			assertThat(limiter.tryAcquireClient("spa")).isZero();
		}
		assertThat(limiter.tryAcquireClient("spa")).isPositive();
		// an anonymous caller and a client with the same name do not share a bucket
		assertThat(limiter.tryAcquireAnonymous("spa")).isZero();
	}

	@Test
	void perClientOverridesApply() {
		InMemoryRateLimiter limiter = limiter();
		for (int i = 0; i < 200; i++) {
			assertThat(limiter.tryAcquireClient("bulk-importer")).isZero();
		}
		assertThat(limiter.tryAcquireClient("bulk-importer")).isPositive();
	}

	@Test
	void retryAfterRoundsUpToWholeSeconds() {
		assertThat(InMemoryRateLimiter.retryAfterSeconds(1)).isEqualTo(1);
		assertThat(InMemoryRateLimiter.retryAfterSeconds(1_000_000_001L)).isEqualTo(2);
	}

}
