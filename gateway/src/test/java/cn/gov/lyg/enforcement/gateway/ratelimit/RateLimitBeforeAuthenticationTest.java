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

	private final AtomicInteger passed = new AtomicInteger();

	private final WebFilterChain chain = exchange -> {
		passed.incrementAndGet();
		return Mono.empty();
	};

	private static MockServerWebExchange request(String ip) {
		return MockServerWebExchange.from(MockServerHttpRequest.get("/api/catalog/v1/items")
			.header(HttpHeaders.AUTHORIZATION, "Bearer made.up.token")
			.remoteAddress(new InetSocketAddress(ip, 40000)));
	}

	@Test
	void aFloodFromOneAddressIsStoppedBeforeAnyTokenIsLookedAt() {
		EdgeProperties.RateLimit props = new EdgeProperties.RateLimit();
		props.setPerIp(new EdgeProperties.Limit(0.001, 2));
		WebFilter filter = new RateLimitGlobalFilter(new InMemoryRateLimiter(props), new ClientAddress(0))
			.beforeAuthentication();
		for (int i = 0; i < 2; i++) {
			filter.filter(request("192.0.2.7"), chain).block();
		}
		MockServerWebExchange third = request("192.0.2.7");
		filter.filter(third, chain).block();

		assertThat(passed).as("requests handed on to authentication").hasValue(2);
		assertThat(third.getResponse().getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(third.getResponse().getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
		assertThat(third.getResponse().getBodyAsString().block()).contains("\"code\":\"RATE_LIMITED\"");

		filter.filter(request("192.0.2.8"), chain).block();
		assertThat(passed).as("another address is not affected").hasValue(3);
	}

	@Test
	void offWhenRateLimitingIsDisabled() {
		EdgeProperties.RateLimit props = new EdgeProperties.RateLimit();
		props.setEnabled(false);
		props.setPerIp(new EdgeProperties.Limit(0.001, 1));
		WebFilter filter = new RateLimitGlobalFilter(new InMemoryRateLimiter(props), new ClientAddress(0))
			.beforeAuthentication();
		for (int i = 0; i < 5; i++) {
			filter.filter(request("192.0.2.7"), chain).block();
		}
		assertThat(passed).hasValue(5);
	}

}
