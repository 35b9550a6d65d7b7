package cn.gov.lyg.enforcement.platform.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * Access tokens of a service account (OAuth 2.0 client credentials, Keycloak's token endpoint) for calls from one
 * service to another: fetched when first needed and reused until shortly before they expire. Thread-safe. A failure
 * to get a token is the caller's failure (it propagates), so a circuit breaker around the call covers it too.
 */
public final class ClientCredentialsTokens {

    /** A token is renewed this long before it expires. */
    static final Duration MARGIN = Duration.ofSeconds(30);

    private final RestClient http;
    private final String tokenUri;
    private final String clientId;
    private final String clientSecret;
    private final Clock clock;
    private String token;
    private Instant renewAt = Instant.MIN;

    /**
     * @param http     a client with the caller's timeouts
     * @param tokenUri e.g. {@code <issuer>/protocol/openid-connect/token}
     */
    public ClientCredentialsTokens(RestClient http, String tokenUri, String clientId, String clientSecret,
                                   Clock clock) {
        this.http = http;
        this.tokenUri = tokenUri;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.clock = clock;
    }

    /** A bearer token valid for at least {@link #MARGIN}. */
    public synchronized String token() {
        if (token == null || !clock.instant().isBefore(renewAt)) {
            MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
            form.add("grant_type", "client_credentials");
            form.add("client_id", clientId);
            form.add("client_secret", clientSecret);
            Map<?, ?> answer = http.post().uri(tokenUri).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .body(form).retrieve().body(Map.class);
            Object value = answer == null ? null : answer.get("access_token");
            if (!(value instanceof String access) || access.isBlank()) {
                throw new IllegalStateException("the token endpoint answered no access_token for " + clientId);
            }
            long lifetime = answer.get("expires_in") instanceof Number n ? n.longValue() : 60;
            token = access;
            renewAt = clock.instant().plusSeconds(lifetime).minus(MARGIN);
        }
        return token;
    }

    /** Forgets the token (after a 401 from the callee, e.g. a rotated key). */
    public synchronized void invalidate() {
        token = null;
    }
}
