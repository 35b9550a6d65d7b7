package cn.gov.lyg.enforcement.gateway.security;

import java.util.function.Consumer;

import reactor.core.publisher.Mono;

import cn.gov.lyg.enforcement.platform.problem.PlatformProblem;
import cn.gov.lyg.enforcement.gateway.problem.Problems;

import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;

/**
 * 401 and 403 as problem details, never a redirect. 401 carries {@code WWW-Authenticate: Bearer}
 * (with {@code error="invalid_token"} when a token was presented and rejected, RFC 6750 §3).
 */
public class ProblemSecurityHandlers implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

	private final Consumer<ServerWebExchange> onUnauthenticated;

	public ProblemSecurityHandlers() {
		this(exchange -> {
		});
	}

	/** @param onUnauthenticated told of every 401 (the per-address budget of rejected requests) */
	public ProblemSecurityHandlers(Consumer<ServerWebExchange> onUnauthenticated) {
		this.onUnauthenticated = onUnauthenticated;
	}

	@Override
	public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException ex) {
		onUnauthenticated.accept(exchange);
		exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, wwwAuthenticate(ex));
		return Problems.write(exchange, PlatformProblem.UNAUTHENTICATED);
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
		exchange.getResponse()
			.getHeaders()
			.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_scope\"");
		return Problems.write(exchange, PlatformProblem.ACCESS_DENIED);
	}

	static String wwwAuthenticate(AuthenticationException ex) {
		if (ex instanceof OAuth2AuthenticationException oauth) {
			OAuth2Error error = oauth.getError();
			if (error != null && error.getErrorCode() != null) {
				// the error description may contain quotes from library messages; keep the header simple
				return "Bearer error=\"" + error.getErrorCode() + "\"";
			}
		}
		return "Bearer";
	}

}
