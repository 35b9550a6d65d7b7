package cn.gov.lyg.enforcement.inspection.eligibility;

import cn.gov.lyg.enforcement.platform.client.ClientCredentialsTokens;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * The client of personnel's recusal check: personnel's base URL, the service account {@code inspection-service}
 * (Keycloak realm, client credentials), connect and read timeouts, and the circuit breaker
 * {@code personnel-recusals} (its settings under {@code resilience4j.circuitbreaker.instances}).
 */
@Configuration(proxyBeanMethods = false)
class PersonnelClientConfiguration {

    static final String BREAKER = "personnel-recusals";

    @Bean
    PersonnelRecusals personnelRecusals(RestClient.Builder builder, CircuitBreakerRegistry breakers, Clock clock,
            @Value("${inspection.personnel.base-url}") String baseUrl,
            @Value("${inspection.personnel.token-uri}") String tokenUri,
            @Value("${inspection.personnel.client-id}") String clientId,
            @Value("${inspection.personnel.client-secret}") String clientSecret,
            @Value("${inspection.personnel.connect-timeout:1s}") Duration connectTimeout,
            @Value("${inspection.personnel.read-timeout:2s}") Duration readTimeout) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(connectTimeout);
        requests.setReadTimeout(readTimeout);
        RestClient http = builder.clone().requestFactory(requests).build();
        return new PersonnelRecusals(http.mutate().baseUrl(baseUrl).build(),
                new ClientCredentialsTokens(http, tokenUri, clientId, clientSecret, clock),
                breakers.circuitBreaker(BREAKER));
    }
}
