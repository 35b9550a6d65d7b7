package cn.gov.lyg.enforcement.inspection.eligibility;

import cn.gov.lyg.enforcement.platform.client.ClientCredentialsTokens;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Citizen-party recusals 回避 asked from personnel ({@code POST /api/personnel/v1/recusals/check}, the ID number in
 * the JSON body, never in a URL: personnel refuses it there with {@code 400 ID_NUMBER_IN_URL}, and URLs end up in
 * access logs): a citizen's ID number never leaves personnel in an event, so this service asks for each case
 * (team assignment, start, submission) with its own service account
 * ({@code inspection-service}, client credentials). Calls go through a Resilience4j circuit breaker
 * ({@code personnel-recusals}) with connect and read timeouts; personnel down, slow or failing (5xx, I/O, no token)
 * and an open circuit all answer {@code 503 PERSONNEL_UNAVAILABLE} — never "no conflict". Personnel's 4xx answers
 * are answers, not failures: they do not count against the breaker.
 */
public class PersonnelRecusals {

    private static final Logger log = LoggerFactory.getLogger(PersonnelRecusals.class);

    private final RestClient http;
    private final ClientCredentialsTokens tokens;
    private final CircuitBreaker breaker;

    /** Personnel's answer. */
    public record Check(String officerId, LocalDate date, boolean conflict, List<String> recusalIds) {
    }

    /** Body of personnel's {@code POST /recusals/check}. */
    public record CheckRequest(String officerId, String partyIdCardNo, LocalDate date) {
    }

    /** What one call gave: personnel's answer, or the 4xx status it refused with. */
    private record Outcome(Check check, HttpStatusCode refused) {
    }

    /**
     * @param http    a client for personnel's base URL with the timeouts applied
     * @param tokens  the service account's tokens
     * @param breaker the circuit breaker of these calls
     */
    public PersonnelRecusals(RestClient http, ClientCredentialsTokens tokens, CircuitBreaker breaker) {
        this.http = http;
        this.tokens = tokens;
        this.breaker = breaker;
    }

    /** Whether the officer must recuse from the citizen (normalised 18-character ID number) on {@code date}. */
    public Check citizen(String officerId, String idCardNo, LocalDate date) {
        Outcome outcome;
        try {
            outcome = breaker.executeSupplier(() -> call(officerId, idCardNo, date));
        } catch (CallNotPermittedException e) {
            throw unavailable("circuit open");
        } catch (RestClientException | IllegalStateException e) {
            log.warn("personnel's recusal check failed: {}", e.toString());
            throw unavailable(e.getClass().getSimpleName());
        }
        if (outcome.refused() != null) {
            if (outcome.refused().value() == 404) {
                throw ApiException.notFound("执法人员", officerId);
            }
            log.warn("personnel refused the recusal check with {}", outcome.refused());
            throw unavailable("personnel answered " + outcome.refused().value());
        }
        return outcome.check();
    }

    private Outcome call(String officerId, String idCardNo, LocalDate date) {
        Outcome first = request(officerId, idCardNo, date);
        if (first.refused() != null && first.refused().value() == 401) {
            tokens.invalidate(); // e.g. a rotated signing key: one retry with a fresh token
            return request(officerId, idCardNo, date);
        }
        return first;
    }

    private Outcome request(String officerId, String idCardNo, LocalDate date) {
        return http.post().uri("/api/personnel/v1/recusals/check")
                .header("Authorization", "Bearer " + tokens.token())
                .contentType(MediaType.APPLICATION_JSON)
                .body(new CheckRequest(officerId, idCardNo, date))
                .exchange((request, response) -> {
                    if (response.getStatusCode().is2xxSuccessful()) {
                        return new Outcome(response.bodyTo(Check.class), null);
                    }
                    if (response.getStatusCode().is4xxClientError()) {
                        return new Outcome(null, response.getStatusCode());
                    }
                    throw new RestClientException("personnel answered " + response.getStatusCode().value());
                });
    }

    private static ApiException unavailable(String why) {
        return new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "PERSONNEL_UNAVAILABLE").with("cause", why);
    }
}
