package cn.gov.lyg.enforcement.gateway.security;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;

import cn.gov.lyg.enforcement.gateway.problem.Problems;
import cn.gov.lyg.enforcement.gateway.ratelimit.RateLimitGlobalFilter;
import cn.gov.lyg.enforcement.platform.problem.PlatformProblem;
import cn.gov.lyg.enforcement.platform.security.CachingReactiveJwtDecoder;
import cn.gov.lyg.enforcement.platform.security.JwkSetSource;
import cn.gov.lyg.enforcement.platform.security.RealmRolesAuthoritiesConverter;
import cn.gov.lyg.enforcement.platform.security.SecurityProperties;
import cn.gov.lyg.enforcement.platform.security.TokenPolicy;
import cn.gov.lyg.enforcement.platform.security.VerifiedTokenCache;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;

/**
 * The gateway is an OAuth2 resource server. Stateless: no security-context repository, no request
 * cache, no session, no CSRF (bearer-token API, no cookies), no login forms or redirects.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
@EnableConfigurationProperties(SecurityProperties.class)
public class SecurityConfiguration {

	static final String METRICS_NAME = "gateway.jwt";

	/**
	 * Readable (GET/HEAD) without a token: the public (公示) API, the API documents, the Swagger UI and
	 * the health/info probes. Everything else under /api needs a valid token; the rest is denied. Prometheus is
	 * scraped on the management port only ({@link ManagementPort}), never on the routed port.
	 */
	static final String[] PUBLIC_READ_PATHS = { "/api/*/v1/public/**", "/v3/api-docs/**", "/swagger-ui.html",
			"/swagger-ui/**", "/webjars/swagger-ui/**", "/actuator/health/**", "/actuator/info" };

	@Bean
	ManagementPort managementPort() {
		return new ManagementPort();
	}

	@Bean
	SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, ReactiveJwtDecoder jwtDecoder,
			RateLimitGlobalFilter rateLimit, ManagementPort managementPort) {
		// every 401 counts against the caller's address (RateLimitGlobalFilter#beforeAuthentication)
		ProblemSecurityHandlers problems = new ProblemSecurityHandlers(rateLimit::recordRejected);
		JwtAuthenticationConverter jwtConverter = new JwtAuthenticationConverter();
		jwtConverter.setJwtGrantedAuthoritiesConverter(new RealmRolesAuthoritiesConverter());
		Converter<Jwt, Mono<AbstractAuthenticationToken>> authConverter = new ReactiveJwtAuthenticationConverterAdapter(
				jwtConverter);
		http.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
			.requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
			.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			// security headers are written by RequestContextWebFilter (path-dependent CSP, HSTS on HTTPS)
			.headers(ServerHttpSecurity.HeaderSpec::disable)
			// CORS is handled before this chain by CorsProblemWebFilter (preflights need no token)
			.cors(ServerHttpSecurity.CorsSpec::disable)
			.exceptionHandling(ex -> ex.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.oauth2ResourceServer(rs -> rs.bearerTokenConverter(new HeaderBearerTokenConverter())
				.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems)
				.jwt(jwt -> jwt.jwtDecoder(jwtDecoder).jwtAuthenticationConverter(authConverter)))
			// the management port (health probes, Prometheus): not routed by the ingress, no token
			.authorizeExchange(auth -> auth.matchers(managementPort)
				.permitAll()
				.pathMatchers(HttpMethod.GET, PUBLIC_READ_PATHS)
				.permitAll()
				.pathMatchers(HttpMethod.HEAD, PUBLIC_READ_PATHS)
				.permitAll()
				.pathMatchers("/api/**")
				.authenticated()
				.anyExchange()
				.denyAll());
		return http.build();
	}

	/** Requests the firewall rejects (e.g. {@code ;} or encoded {@code /} in the path): 400 problem, not an empty 400. */
	@Bean
	ServerExchangeRejectedHandler problemExchangeRejectedHandler() {
		return (exchange, rejected) -> Problems.write(exchange, PlatformProblem.BAD_REQUEST);
	}

	/**
	 * The platform's token check (platform-core {@link TokenPolicy}: the same one every service applies), its
	 * limited key-set source and its verified-token cache; Micrometer meters {@code gateway.jwt.*}.
	 */
	@Bean
	JwkSetSource jwkSetSource(SecurityProperties props, Clock clock, ObjectProvider<MeterRegistry> meterRegistry) {
		JwkSetSource keys = JwkSetSource.http(props, clock);
		meterRegistry.ifAvailable(registry -> keys.bindTo(registry, METRICS_NAME));
		return keys;
	}

	@Bean
	CachingReactiveJwtDecoder jwtDecoder(SecurityProperties props, Clock clock, JwkSetSource keys,
			ObjectProvider<MeterRegistry> meterRegistry) {
		long maxSize = props.getTokenCache().isActive() ? props.getTokenCache().getMaxSize() : 0;
		VerifiedTokenCache cache = new VerifiedTokenCache(clock, maxSize);
		keys.onKeysRemoved(cache::invalidateAll);
		meterRegistry.ifAvailable(registry -> cache.bindTo(registry, METRICS_NAME));
		return new CachingReactiveJwtDecoder(new TokenPolicy(props, clock).reactiveDecoder(keys), cache);
	}

}
