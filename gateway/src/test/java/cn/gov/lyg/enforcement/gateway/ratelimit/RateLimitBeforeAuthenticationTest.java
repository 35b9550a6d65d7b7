package cn.gov.lyg.enforcement.gateway.ratelimit;

import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import cn.gov.lyg.enforcement.gateway.config.EdgeProperties;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitBeforeAuthenticationTest {

	private final AtomicInteger authenticated = new AtomicInteger();

	private final AtomicInteger rejected = new AtomicInteger();

	private RateLimitGlobalFilter rateLimit;

	/** Stands in for Spring Security: "good" tokens pass, anything else is a 401 that is recorded. */
	private final WebFilterChain security = exchange -> {
		String header = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
		if ("Bearer good".equals(header)) {
			authenticated.incrementAndGet();
		}
		else {
			rejected.incrementAndGet();
			rateLimit.recordRejected(exchange);
			exchange.getResponse().setStatusCode(HttpStatus.UNAUTHORIZED);
		}
		return Mono.empty();
	};

	private static MockServerWebExchange request(String ip, String token) {
		return MockServerWebExchange.from(MockServerHttpRequest.get("/api/catalog/v1/items")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.remoteAddress(new InetSocketAddress(ip, 40000)));
	}

	private WebFilter filter(boolean enabled) {
		EdgeProperties.RateLimit props = new EdgeProperties.RateLimit();
		props.setEnabled(enabled);
		props.setRejectedPerIp(new EdgeProperties.Limit(0.001, 3));
		rateLimit = new RateLimitGlobalFilter(new InMemoryRateLimiter(props), new ClientAddress(0));
		return rateLimit.beforeAuthentication();
	}

	@Test
	void anAddressSendingBadTokensIsStoppedBeforeAnyTokenIsLookedAt() {
		WebFilter filter = filter(true);
		for (int i = 0; i < 10; i++) {
			filter.filter(request("192.0.2.7", "made.up.token-" + i), security).block();
		}
		assertThat(rejected).as("401s before the address is stopped").hasValue(3);

		MockServerWebExchange next = request("192.0.2.7", "made.up.token");
		filter.filter(next, security).block();
		assertThat(next.getResponse().getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(next.getResponse().getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
		assertThat(next.getResponse().getBodyAsString().block()).contains("\"code\":\"RATE_LIMITED\"");
		assertThat(rejected).hasValue(3);

		filter.filter(request("192.0.2.8", "good"), security).block();
		assertThat(authenticated).as("another address is not affected").hasValue(1);
	}

	@Test
	void authenticatedTrafficNeverCountsAgainstTheAddress() {
		WebFilter filter = filter(true);
		for (int i = 0; i < 100; i++) {
			filter.filter(request("192.0.2.9", "good"), security).block();
		}
		assertThat(authenticated).hasValue(100);
	}

	@Test
	void offWhenRateLimitingIsDisabled() {
		WebFilter filter = filter(false);
		for (int i = 0; i < 10; i++) {
			filter.filter(request("192.0.2.7", "bad"), security).block();
		}
		assertThat(rejected).hasValue(10);
	}

}
