package cn.gov.lyg.enforcement.inspection.eligibility;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.lyg.enforcement.platform.client.ClientCredentialsTokens;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * The client of personnel's recusal check against a stand-in personnel and token endpoint: the service account's
 * token is fetched once and reused, personnel's answer is passed on, and personnel down, slow or failing answers
 * {@code 503 PERSONNEL_UNAVAILABLE} (never "no conflict") and opens the circuit breaker.
 */
class PersonnelRecusalsTest {

    private static final String OFFICER = "5a3c3f0e-2b1d-4c1e-9f1a-0d6f4c2b7e11";
    private static final String CITIZEN = "320706199001010416";
    private static final LocalDate DAY = LocalDate.of(2025, 5, 6);

    private WireMockServer personnel;
    private CircuitBreaker breaker;
    private PersonnelRecusals client;

    @BeforeEach
    void start() {
        personnel = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        personnel.start();
        personnel.stubFor(post(urlPathEqualTo("/token")).willReturn(okJson(
                "{\"access_token\":\"service-token\",\"expires_in\":300,\"token_type\":\"Bearer\"}")));
        breaker = CircuitBreaker.of("personnel-recusals", CircuitBreakerConfig.custom().slidingWindowSize(4)
                .minimumNumberOfCalls(2).failureRateThreshold(50).waitDurationInOpenState(Duration.ofMinutes(1))
                .build());
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(Duration.ofMillis(1000));
        requests.setReadTimeout(Duration.ofMillis(1500));
        RestClient http = RestClient.builder().requestFactory(requests).build();
        client = new PersonnelRecusals(http.mutate().baseUrl(personnel.baseUrl()).build(),
                new ClientCredentialsTokens(http, personnel.baseUrl() + "/token", "inspection-service", "secret",
                        Clock.systemUTC()), breaker);
    }

    @AfterEach
    void stop() {
        personnel.stop();
    }

    private void personnelAnswers(com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder answer) {
        personnel.stubFor(post(urlPathEqualTo("/api/personnel/v1/recusals/check"))
                .withHeader("Authorization", WireMock.equalTo("Bearer service-token")).willReturn(answer));
    }

    @Test
    void personnelsAnswerIsPassedOnWithTheServiceAccountsToken() {
        personnelAnswers(okJson("{\"officerId\":\"" + OFFICER + "\",\"date\":\"2025-05-06\",\"conflict\":true,"
                + "\"recusalIds\":[\"r1\"]}"));
        assertThat(client.citizen(OFFICER, CITIZEN, DAY).conflict()).isTrue();
        assertThat(client.citizen(OFFICER, CITIZEN, DAY).recusalIds()).containsExactly("r1");
        personnel.verify(1, postRequestedFor(urlPathEqualTo("/token")));
        // the ID number travels in the body, never in the URL (personnel refuses it there: ID_NUMBER_IN_URL)
        personnel.verify(2, postRequestedFor(urlPathEqualTo("/api/personnel/v1/recusals/check"))
                .withRequestBody(WireMock.equalToJson("{\"officerId\":\"" + OFFICER + "\",\"partyIdCardNo\":\""
                        + CITIZEN + "\",\"date\":\"2025-05-06\"}")));
        assertThat(personnel.getAllServeEvents()).allSatisfy(e -> assertThat(e.getRequest().getUrl())
                .doesNotContain(CITIZEN));
    }

    @Test
    void anOfficerPersonnelDoesNotKnowIsNotFoundAndNoFailure() {
        personnelAnswers(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"code\":\"NOT_FOUND\"}"));
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> client.citizen(OFFICER, CITIZEN, DAY)).isInstanceOfSatisfying(
                    ApiException.class, e -> assertThat(e.status().value()).isEqualTo(404));
        }
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void failuresAnswerUnavailableAndOpenTheBreaker() {
        personnelAnswers(aResponse().withStatus(500));
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> client.citizen(OFFICER, CITIZEN, DAY)).isInstanceOfSatisfying(
                    ApiException.class, e -> {
                        assertThat(e.status().value()).isEqualTo(503);
                        assertThat(e.code()).isEqualTo("PERSONNEL_UNAVAILABLE");
                    });
        }
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
        // open: personnel is not asked any more, and the answer is still "unavailable", never "no conflict"
        assertThatThrownBy(() -> client.citizen(OFFICER, CITIZEN, DAY)).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.code()).isEqualTo("PERSONNEL_UNAVAILABLE"));
        personnel.verify(2, postRequestedFor(urlPathEqualTo("/api/personnel/v1/recusals/check")));
    }

    @Test
    void aSlowPersonnelTimesOut() {
        personnelAnswers(okJson("{\"conflict\":false}").withFixedDelay(4000));
        long started = System.nanoTime();
        assertThatThrownBy(() -> client.citizen(OFFICER, CITIZEN, DAY)).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.code()).isEqualTo("PERSONNEL_UNAVAILABLE"));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(3500));
    }

    @Test
    void personnelDownAnswersUnavailable() {
        personnel.stop();
        assertThatThrownBy(() -> client.citizen(OFFICER, CITIZEN, DAY)).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.status().value()).isEqualTo(503));
    }
}
