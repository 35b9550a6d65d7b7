package cn.gov.lyg.enforcement.perf.vanilla;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;

/**
 * Spring Cloud Gateway as it comes: the routes and the resource-server JWT check (issuer, audience, RS256) are
 * configured in application.yml, everything else is the default. The only code is the security chain that Boot would
 * build anyway, plus an open health probe so that the benchmark script can see it is up.
 */
@SpringBootApplication
public class VanillaGatewayApplication {

    public static void main(String[] args) {
        SpringApplication.run(VanillaGatewayApplication.class, args);
    }

    @Bean
    SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http) {
        return http.authorizeExchange(auth -> auth.pathMatchers("/actuator/health").permitAll()
                        .anyExchange().authenticated())
                .oauth2ResourceServer(rs -> rs.jwt(Customizer.withDefaults()))
                .build();
    }
}
