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
			assertThat(limiter.tryAcquireUser("spa", "user-1")).isZero();
		}
		assertThat(limiter.tryAcquireUser("spa", "user-1")).isPositive();
		// an anonymous caller and a client with the same name do not share a bucket
		assertThat(limiter.tryAcquireAnonymous("spa")).isZero();
	}

	@Test
	void perClientOverridesApply() {
		InMemoryRateLimiter limiter = limiter();
		for (int i = 0; i < 200; i++) {
			assertThat(limiter.tryAcquireUser("bulk-importer", "service-account")).isZero();
		}
		assertThat(limiter.tryAcquireUser("bulk-importer", "service-account")).isPositive();
	}

	@Test
	void eachUserOfAClientHasItsOwnBucket() {
		InMemoryRateLimiter limiter = limiter();
		for (int i = 0; i < 20; i++) {
			assertThat(limiter.tryAcquireUser("enforcement-web", "runaway-tab-user")).isZero();
		}
		assertThat(limiter.tryAcquireUser("enforcement-web", "runaway-tab-user")).isPositive();
		assertThat(limiter.tryAcquireUser("enforcement-web", "colleague")).as("other users are not throttled").isZero();
		assertThat(limiter.tryAcquireUser("other-client", "runaway-tab-user")).isZero();
		// client and subject cannot be shifted into each other
		assertThat(limiter.tryAcquireUser("a:b", "c")).isZero();
		for (int i = 0; i < 19; i++) {
			limiter.tryAcquireUser("a:b", "c");
		}
		assertThat(limiter.tryAcquireUser("a", "b:c")).isZero();
	}

	@Test
	void anAddressIsStoppedOnceItsRejectedRequestsExceedTheBudget() {
		EdgeProperties.RateLimit props = new EdgeProperties.RateLimit();
		props.setRejectedPerIp(new EdgeProperties.Limit(1, 3));
		InMemoryRateLimiter limiter = new InMemoryRateLimiter(props, now::get);
		assertThat(limiter.rejectedWait("10.0.0.9")).as("unknown address").isZero();
		for (int i = 0; i < 3; i++) {
			assertThat(limiter.rejectedWait("10.0.0.9")).as("checking takes nothing").isZero();
			limiter.recordRejected("10.0.0.9");
		}
		assertThat(limiter.rejectedWait("10.0.0.9")).isEqualTo(1_000_000_000L);
		assertThat(limiter.rejectedWait("10.0.0.8")).isZero();
		assertThat(limiter.tryAcquireAnonymous("10.0.0.9")).as("separate from the anonymous bucket").isZero();
		now.addAndGet(1_000_000_000L);
		assertThat(limiter.rejectedWait("10.0.0.9")).as("refilled").isZero();
	}

	@Test
	void retryAfterRoundsUpToWholeSeconds() {
		assertThat(InMemoryRateLimiter.retryAfterSeconds(1)).isEqualTo(1);
		assertThat(InMemoryRateLimiter.retryAfterSeconds(1_000_000_001L)).isEqualTo(2);
	}

}
