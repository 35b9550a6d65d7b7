package cn.gov.lyg.enforcement.gateway.problem;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import reactor.core.publisher.Mono;

import cn.gov.lyg.enforcement.gateway.web.PayloadTooLargeException;
import cn.gov.lyg.enforcement.gateway.web.RequestContext;
import cn.gov.lyg.enforcement.platform.problem.PlatformProblem;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

/**
 * Turns every error that reaches the top of the gateway into a problem response (ahead of Boot's
 * default handler, which would answer with its own JSON shape). Never writes a stack trace to the
 * client; unexpected errors are logged with the trace id.
 */
public class ProblemExceptionHandler implements WebExceptionHandler, Ordered {

	private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

	@Override
	public int getOrder() {
		// before Boot's DefaultErrorWebExceptionHandler (-1)
		return -2;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
		if (exchange.getResponse().isCommitted()) {
			return Mono.error(ex);
		}
		PayloadTooLargeException tooLarge = PayloadTooLargeException.find(ex);
		if (tooLarge != null) {
			return Problems.write(exchange, PlatformProblem.PAYLOAD_TOO_LARGE, "PAYLOAD_TOO_LARGE.limit",
					tooLarge.limit().toString());
		}
		if (ex instanceof ResponseStatusException rse) {
			return forStatus(exchange, rse.getStatusCode(), ex);
		}
		if (ex instanceof AuthenticationServiceException) {
			// the IdP (JWK set) could not be reached: not the client's fault
			log(exchange, ex, false);
			return Problems.write(exchange, PlatformProblem.SERVICE_UNAVAILABLE, "SERVICE_UNAVAILABLE.named", "Keycloak");
		}
		if (ex instanceof AuthenticationException) {
			return Problems.write(exchange, PlatformProblem.UNAUTHENTICATED);
		}
		if (ex instanceof AccessDeniedException) {
			return Problems.write(exchange, PlatformProblem.ACCESS_DENIED);
		}
		if (ex instanceof ConnectException || ex instanceof TimeoutException
				|| ex instanceof CallNotPermittedException) {
			log(exchange, ex, false);
			return Problems.write(exchange, PlatformProblem.SERVICE_UNAVAILABLE, "SERVICE_UNAVAILABLE.named", "backend");
		}
		log(exchange, ex, true);
		return Problems.write(exchange, PlatformProblem.INTERNAL_ERROR);
	}

	private Mono<Void> forStatus(ServerWebExchange exchange, HttpStatusCode status, Throwable ex) {
		int value = status.value();
		return switch (value) {
			case 400 -> Problems.write(exchange, PlatformProblem.BAD_REQUEST);
			case 401 -> Problems.write(exchange, PlatformProblem.UNAUTHENTICATED);
			case 403 -> Problems.write(exchange, PlatformProblem.ACCESS_DENIED);
			case 404 -> Problems.write(exchange, PlatformProblem.NOT_FOUND, "NOT_FOUND", "resource",
					RequestContext.of(exchange).path());
			case 405 -> Problems.write(exchange, PlatformProblem.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED",
					String.valueOf(exchange.getRequest().getMethod()));
			case 413 -> Problems.write(exchange, PlatformProblem.PAYLOAD_TOO_LARGE);
			case 429 -> Problems.write(exchange, PlatformProblem.RATE_LIMITED, "RATE_LIMITED", "1");
			case 502, 503, 504 -> {
				log(exchange, ex, false);
				yield Problems.write(exchange, PlatformProblem.SERVICE_UNAVAILABLE, "SERVICE_UNAVAILABLE.named", "backend");
			}
			default -> {
				if (status.is4xxClientError()) {
					yield Problems.write(exchange, PlatformProblem.BAD_REQUEST, status, "BAD_REQUEST");
				}
				log(exchange, ex, true);
				yield Problems.write(exchange, PlatformProblem.INTERNAL_ERROR);
			}
		};
	}

	private static void log(ServerWebExchange exchange, Throwable ex, boolean withStack) {
		RequestContext ctx = RequestContext.of(exchange);
		MDC.put("traceId", ctx.traceId());
		MDC.put("requestId", ctx.requestId());
		try {
			if (withStack) {
				log.error("Unexpected error on {} {}", exchange.getRequest().getMethod(), ctx.path(), ex);
			}
			else {
				log.warn("{} {} failed: {}", exchange.getRequest().getMethod(), ctx.path(), ex.toString());
			}
		}
		finally {
			MDC.remove("traceId");
			MDC.remove("requestId");
		}
	}

}
