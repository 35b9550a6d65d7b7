package cn.gov.lyg.enforcement.platform.security;

import cn.gov.lyg.enforcement.platform.config.PlatformProperties;
import cn.gov.lyg.enforcement.platform.problem.ProblemResponseWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.savedrequest.NullRequestCache;

/**
 * Every service is an OAuth2 resource server (the gateway is not the only wall): signature (realm JWK set),
 * issuer, audience {@code enforcement-api} and expiry are checked; realm roles become authorities; the agency and
 * region claims become the {@link DataScope}. Stateless: no session, no saved request, no CSRF (bearer tokens).
 * Open without a token: {@code /api/*&#47;v1/public/**}, health probes, Prometheus, the OpenAPI document.
 */
@AutoConfiguration
@EnableMethodSecurity
public class PlatformSecurityAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public JwtDecoder jwtDecoder(PlatformProperties properties, Clock clock) {
        PlatformProperties.Security security = properties.getSecurity();
        NimbusJwtDecoder nimbus = NimbusJwtDecoder.withJwkSetUri(security.getJwkSetUri()).build();
        JwtTimestampValidator timestamps = new JwtTimestampValidator(security.getClockSkew());
        timestamps.setClock(clock);
        nimbus.setJwtValidator(new DelegatingOAuth2TokenValidator<>(timestamps,
                new JwtIssuerValidator(security.getIssuerUri()), audienceValidator(security.getAudience())));
        if (security.getTokenCacheSize() <= 0) {
            return nimbus;
        }
        return new CachingJwtDecoder(nimbus, clock, security.getTokenCacheSize());
    }

    static OAuth2TokenValidator<Jwt> audienceValidator(String audience) {
        OAuth2Error error = new OAuth2Error("invalid_token", "the token is not issued for " + audience, null);
        return jwt -> jwt.getAudience() != null && jwt.getAudience().contains(audience)
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(error);
    }

    @Bean
    @ConditionalOnMissingBean
    public ProblemSecurityHandlers problemSecurityHandlers(ProblemResponseWriter writer) {
        return new ProblemSecurityHandlers(writer);
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    public SecurityFilterChain platformSecurityFilterChain(HttpSecurity http, JwtDecoder decoder,
                                                           ProblemSecurityHandlers handlers,
                                                           PlatformProperties properties) throws Exception {
        List<String> open = new ArrayList<>(List.of("/api/*/v1/public/**", "/actuator/health", "/actuator/health/**",
                "/actuator/info", "/actuator/prometheus", "/v3/api-docs", "/v3/api-docs/**", "/error"));
        open.addAll(properties.getSecurity().getPermitAll());
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.requestCache(new NullRequestCache()))
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .anonymous(a -> { })
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.OPTIONS, "/**").permitAll()
                        .requestMatchers(open.toArray(String[]::new)).permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(o -> o
                        .jwt(j -> j.decoder(decoder).jwtAuthenticationConverter(new KeycloakJwtConverter()))
                        .authenticationEntryPoint(handlers)
                        .accessDeniedHandler(handlers))
                .exceptionHandling(e -> e.authenticationEntryPoint(handlers).accessDeniedHandler(handlers));
        return http.build();
    }
}
