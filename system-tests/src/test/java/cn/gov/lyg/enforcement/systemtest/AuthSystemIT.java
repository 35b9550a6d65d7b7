package cn.gov.lyg.enforcement.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** The edge and the services refuse every token that is not a live one of realm enforcement for enforcement-api. */
class AuthSystemIT {

    private static final String ITEMS = Stack.GATEWAY + "/api/catalog/v1/items";

    static HttpResponse<String> list(String bearer) {
        var request = Stack.get(ITEMS);
        if (bearer != null) {
            request.header("Authorization", bearer);
        }
        return Stack.send(request);
    }

    static void assertUnauthorizedProblem(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(response.headers().firstValue("Location")).isEmpty();
        assertThat(Stack.json(response).get("code").asString()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void noTokenIs401ProblemNeverARedirect() {
        assertUnauthorizedProblem(list(null));
        // the service itself is a resource server too, not only the gateway
        assertUnauthorizedProblem(Stack.send(Stack.get(Stack.CATALOG_DIRECT + "/api/catalog/v1/items")));
    }

    @Test
    void aRealTokenOfAnotherIssuerIsRejected() {
        HttpResponse<String> master = Stack.send(HttpRequest.newBuilder(URI.create(Stack.KEYCLOAK
                        + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username="
                        + Stack.env("KC_BOOTSTRAP_ADMIN_USERNAME", "admin") + "&password="
                        + Stack.env("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin"))));
        assertThat(master.statusCode()).as(master.body()).isEqualTo(200);
        String token = Stack.json(master).get("access_token").asString();
        assertUnauthorizedProblem(list(Tokens.bearer(token)));
        assertUnauthorizedProblem(Stack.send(Stack.get(Stack.CATALOG_DIRECT + "/api/catalog/v1/items")
                .header("Authorization", Tokens.bearer(token))));
    }

    @Test
    void aTamperedTokenIsRejected() {
        String token = Tokens.user("hz-officer");
        assertThat(list(Tokens.bearer(token)).statusCode()).isEqualTo(200);
        String[] parts = token.split("\\.");
        ObjectNode claims = (ObjectNode) Stack.JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        claims.put("regionCode", "320700");
        claims.putObject("realm_access").putArray("roles").add("catalog-admin");
        parts[1] = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));
        assertUnauthorizedProblem(list(Tokens.bearer(String.join(".", parts))));
        assertUnauthorizedProblem(Stack.send(Stack.postJson(ITEMS, Items.foodPenalty().toString())
                .header("Authorization", Tokens.bearer(String.join(".", parts)))));
    }

    @Test
    void anExpiredTokenIsRejected() {
        String token = Tokens.freshClient("token-expiry-probe",
                Stack.env("KC_TOKEN_EXPIRY_PROBE_SECRET", "token-expiry-probe-dev-secret"));
        ObjectNode claims = (ObjectNode) Stack.JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isLessThanOrEqualTo(5);
        // valid while fresh (the clock skew allowance is 10 s), refused once past exp + skew
        Awaitility.await().atMost(Duration.ofSeconds(45)).pollInterval(Duration.ofSeconds(1))
                .until(() -> list(Tokens.bearer(token)).statusCode() == 401);
        assertUnauthorizedProblem(list(Tokens.bearer(token)));
        assertUnauthorizedProblem(Stack.send(Stack.get(Stack.CATALOG_DIRECT + "/api/catalog/v1/items")
                .header("Authorization", Tokens.bearer(token))));
    }
}
