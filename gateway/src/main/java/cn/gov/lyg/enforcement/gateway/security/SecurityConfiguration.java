package cn.gov.lyg.enforcement.gateway.security;

import java.time.Clock;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.netty.channel.ChannelOption;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

import cn.gov.lyg.enforcement.gateway.config.EdgeSecurityProperties;
import cn.gov.lyg.enforcement.gateway.problem.ProblemCode;
import cn.gov.lyg.enforcement.gateway.problem.Problems;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The gateway is an OAuth2 resource server. Stateless: no security-context repository, no request
 * cache, no session, no CSRF (bearer-token API, no cookies), no login forms or redirects.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
public class SecurityConfiguration {

	/**
	 * Readable (GET/HEAD) without a token: the public (公示) API, the API documents, the Swagger UI and
	 * the health/info probes. Everything else under /api needs a valid token; the rest is denied.
	 */
	static final String[] PUBLIC_READ_PATHS = { "/api/*/v1/public/**", "/v3/api-docs/**", "/swagger-ui.html",
			"/swagger-ui/**", "/webjars/swagger-ui/**", "/actuator/health/**", "/actuator/info" };

	@Bean
	SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, ReactiveJwtDecoder jwtDecoder) {
		ProblemSecurityHandlers problems = new ProblemSecurityHandlers();
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
			.authorizeExchange(auth -> auth.pathMatchers(HttpMethod.GET, PUBLIC_READ_PATHS)
				.permitAll()
				.pathMatchers(HttpMethod.HEAD, PUBLIC_READ_PATHS)
				.permitAll()
				// Prometheus scrapes without a token. The gateway binds to 127.0.0.1 locally; in a cluster the
				// ingress must not route /actuator/** from outside (or move management to its own port).
				.pathMatchers(HttpMethod.GET, "/actuator/prometheus")
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
		return (exchange, rejected) -> Problems.write(exchange, ProblemCode.BAD_REQUEST);
	}

	@Bean
	CachingReactiveJwtDecoder jwtDecoder(EdgeSecurityProperties props, Clock clock,
			ObjectProvider<MeterRegistry> meterRegistry) {
		HttpClient httpClient = HttpClient.create()
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) props.getJwkConnectTimeout().toMillis())
			.responseTimeout(props.getJwkResponseTimeout());
		WebClient jwkClient = WebClient.builder().clientConnector(new ReactorClientHttpConnector(httpClient)).build();
		// withJwkSetUri fetches the keys on first use (and again for an unknown kid): the gateway starts
		// while Keycloak is still down.
		NimbusReactiveJwtDecoder nimbus = NimbusReactiveJwtDecoder.withJwkSetUri(props.getJwkSetUri())
			.jwsAlgorithm(SignatureAlgorithm.RS256)
			.webClient(jwkClient)
			.build();
		JwtTimestampValidator timestamps = new JwtTimestampValidator(props.getClockSkew());
		timestamps.setClock(clock);
		nimbus.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtTypeValidator.jwt(), timestamps,
				new JwtIssuerValidator(props.getIssuerUri()), new JwtAudienceValidator(props.getAudience())));
		long maxSize = props.getJwtCache().isEnabled() ? props.getJwtCache().getMaxSize() : 0;
		CachingReactiveJwtDecoder decoder = new CachingReactiveJwtDecoder(nimbus, clock, maxSize);
		meterRegistry.ifAvailable(registry -> {
			CaffeineCacheMetrics.monitor(registry, decoder.cache(), "gateway.jwt");
			FunctionCounter.builder("gateway.jwt.verifications", decoder, CachingReactiveJwtDecoder::verifications)
				.description("Tokens whose signature was verified (cache misses)")
				.register(registry);
		});
		return decoder;
	}

}
