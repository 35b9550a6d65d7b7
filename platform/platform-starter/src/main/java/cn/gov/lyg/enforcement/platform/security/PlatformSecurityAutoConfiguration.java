package cn.gov.lyg.enforcement.platform.security;

import cn.gov.lyg.enforcement.platform.problem.ProblemResponseWriter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.savedrequest.NullRequestCache;

/**
 * Every service is an OAuth2 resource server (the gateway is not the only wall), checking tokens with the same
 * {@link TokenPolicy} as the gateway (RS256 from the realm's key set, {@code typ}, issuer, audience
 * {@code enforcement-api}, expiry with skew), the same limited {@link JwkSetSource} and the same
 * {@link VerifiedTokenCache}; realm roles become authorities; the agency and region claims become the
 * {@link DataScope}. Stateless: no session, no saved request, no CSRF (bearer tokens).
 * Open without a token: {@code /api/*&#47;v1/public/**}, health probes, Prometheus, the OpenAPI document.
 */
@AutoConfiguration
@EnableMethodSecurity
@EnableConfigurationProperties(SecurityProperties.class)
public class PlatformSecurityAutoConfiguration {

    static final String METRICS_NAME = "enforcement.jwt";

    @Bean
    @ConditionalOnMissingBean
    public JwkSetSource jwkSetSource(SecurityProperties properties, Clock clock,
                                     ObjectProvider<MeterRegistry> meterRegistry) {
        JwkSetSource keys = JwkSetSource.http(properties, clock);
        meterRegistry.ifAvailable(registry -> keys.bindTo(registry, METRICS_NAME));
        return keys;
    }

    @Bean
    @ConditionalOnMissingBean
    public JwtDecoder jwtDecoder(SecurityProperties properties, Clock clock, JwkSetSource keys,
                                 ObjectProvider<MeterRegistry> meterRegistry) {
        JwtDecoder decoder = new TokenPolicy(properties, clock).decoder(keys);
        if (!properties.getTokenCache().isActive()) {
            return decoder;
        }
        VerifiedTokenCache cache = new VerifiedTokenCache(clock, properties.getTokenCache().getMaxSize());
        keys.onKeysRemoved(cache::invalidateAll);
        meterRegistry.ifAvailable(registry -> cache.bindTo(registry, METRICS_NAME));
        return new CachingJwtDecoder(decoder, cache);
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
                                                           SecurityProperties properties) throws Exception {
        List<String> open = new ArrayList<>(List.of("/api/*/v1/public/**", "/actuator/health", "/actuator/health/**",
                "/actuator/info", "/actuator/prometheus", "/v3/api-docs", "/v3/api-docs/**", "/error"));
        open.addAll(properties.getPermitAll());
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
