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

    private Tokens() {
    }

    /**
     * Access token of a realm test user (password {@code <username>-pass}), cached and fetched again once older than
     * 200 s (the realm's lifetime is 300 s and a run lasts longer).
     */
    static String user(String username) {
        return recentUser(username);
    }

    private static final Map<String, Object[]> RECENT = new ConcurrentHashMap<>();

    /** The user's token, fetched again once older than 200 s. */
    static String recentUser(String username) {
        Object[] cached = RECENT.get(username);
        if (cached == null || System.nanoTime() - (long) cached[1] > 200_000_000_000L) {
            cached = new Object[] {fetch(Map.of("grant_type", "password", "client_id", GATEWAY_CLIENT,
                    "client_secret", GATEWAY_SECRET, "username", username, "password", username + "-pass",
                    "scope", "openid")), System.nanoTime()};
            RECENT.put(username, cached);
        }
        return (String) cached[0];
    }

    static String client(String clientId, String secret) {
        Object[] cached = RECENT.get("client:" + clientId);
        if (cached == null || System.nanoTime() - (long) cached[1] > 200_000_000_000L) {
            cached = new Object[] {fetch(Map.of("grant_type", "client_credentials", "client_id", clientId,
                    "client_secret", secret)), System.nanoTime()};
            RECENT.put("client:" + clientId, cached);
        }
        return (String) cached[0];
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
