package cn.gov.lyg.enforcement.gateway.fallback;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import io.micrometer.core.instrument.Counter;
import io.swagger.v3.oas.annotations.Hidden;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import cn.gov.lyg.enforcement.platform.problem.PlatformProblem;
import cn.gov.lyg.enforcement.gateway.problem.Problems;
import cn.gov.lyg.enforcement.gateway.web.PayloadTooLargeException;
import cn.gov.lyg.enforcement.gateway.web.RequestContext;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/**
 * Target of every route's circuit-breaker fallback ({@code forward:/fallback/<service>}): answers 503
 * {@code SERVICE_UNAVAILABLE} for any method. Only reachable through the forward: the security chain
 * denies {@code /fallback/**} to clients. A body that overflowed the size limit while streaming also
 * arrives here (the breaker sees it as an error) and is answered 413.
 */
@Hidden
@RestController
public class FallbackController {

	private static final Logger log = LoggerFactory.getLogger(FallbackController.class);

	private final MeterRegistry registry;

	private final ConcurrentMap<String, Counter> counters = new ConcurrentHashMap<>();

	public FallbackController(ObjectProvider<MeterRegistry> registry) {
		this.registry = registry.getIfAvailable();
	}

	@RequestMapping("/fallback/{service}")
	public Mono<Void> fallback(@PathVariable String service, ServerWebExchange exchange) {
		Throwable cause = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
		PayloadTooLargeException tooLarge = PayloadTooLargeException.find(cause);
		if (tooLarge != null) {
			return Problems.write(exchange, PlatformProblem.PAYLOAD_TOO_LARGE, "PAYLOAD_TOO_LARGE.limit",
					tooLarge.limit().toString());
		}
		count(service, cause);
		if (log.isDebugEnabled()) {
			log.debug("Fallback for {} on {}: {}", service, RequestContext.of(exchange).path(), String.valueOf(cause));
		}
		return Problems.write(exchange, PlatformProblem.SERVICE_UNAVAILABLE, "SERVICE_UNAVAILABLE.named", service);
	}

	private void count(String service, Throwable cause) {
		if (registry == null) {
			return;
		}
		String reason = cause == null ? "unknown" : cause.getClass().getSimpleName();
		counters
			.computeIfAbsent(service + '|' + reason,
					k -> Counter.builder("gateway.fallbacks")
						.description("Requests answered by a route's circuit-breaker fallback")
						.tag("service", service)
						.tag("reason", reason)
						.register(registry))
			.increment();
	}

}
