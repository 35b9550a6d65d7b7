package cn.gov.lyg.enforcement.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** Real tokens from the running Keycloak: password grant for test users, client credentials for systems. */
final class Tokens {

    static final String GATEWAY_CLIENT = "enforcement-gateway";
    static final String GATEWAY_SECRET = Stack.env("KC_GATEWAY_CLIENT_SECRET", "gateway-dev-secret");
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Tokens() {
    }

    /** Access token of a realm test user (password {@code <username>-pass}), cached for the run (lifetime 300 s). */
    static String user(String username) {
        return CACHE.computeIfAbsent("user:" + username, key -> fetch(Map.of("grant_type", "password",
                "client_id", GATEWAY_CLIENT, "client_secret", GATEWAY_SECRET, "username", username,
                "password", username + "-pass", "scope", "openid")));
    }

    static String client(String clientId, String secret) {
        return CACHE.computeIfAbsent("client:" + clientId, key -> fetch(Map.of("grant_type", "client_credentials",
                "client_id", clientId, "client_secret", secret)));
    }

    /** A fresh (uncached) client-credentials token. */
    static String freshClient(String clientId, String secret) {
        return fetch(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
    }

    static String bearer(String token) {
        return "Bearer " + token;
    }

    private static String fetch(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = Stack.send(HttpRequest.newBuilder(URI.create(Stack.KEYCLOAK
                        + "/realms/enforcement/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(response.statusCode()).as("token request %s: %s", form.get("grant_type"), response.body())
                .isEqualTo(200);
        return Stack.json(response).get("access_token").asString();
    }
}
