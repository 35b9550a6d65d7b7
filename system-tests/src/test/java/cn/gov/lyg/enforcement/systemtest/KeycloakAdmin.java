package cn.gov.lyg.enforcement.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keycloak's admin REST API of the dev stack (bootstrap admin of the master realm): the generated suites create their
 * own users, one per realm role, and a client they disable, so they need nothing beyond the realm's roles and
 * claim mappers.
 */
final class KeycloakAdmin {

    private static final String ADMIN = Stack.KEYCLOAK + "/admin/realms/enforcement";

    private KeycloakAdmin() {
    }

    static String adminToken() {
        HttpResponse<String> response = Stack.send(HttpRequest.newBuilder(URI.create(Stack.KEYCLOAK
                        + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username="
                        + enc(Stack.env("KC_BOOTSTRAP_ADMIN_USERNAME", "admin")) + "&password="
                        + enc(Stack.env("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin")))));
        assertThat(response.statusCode()).as("master admin token: %s", response.body()).isEqualTo(200);
        return Stack.json(response).get("access_token").asString();
    }

    private static String cachedAdmin;
    private static long cachedAt;

    /** The master admin token, reused for 30 s (master-realm tokens live 60 s). */
    private static synchronized String admin() {
        if (cachedAdmin == null || System.nanoTime() - cachedAt > 30_000_000_000L) {
            cachedAdmin = adminToken();
            cachedAt = System.nanoTime();
        }
        return cachedAdmin;
    }

    static HttpResponse<String> call(String method, String path, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ADMIN + path))
                .header("Authorization", "Bearer " + admin()).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(Stack.JSON.writeValueAsString(body)));
        return Stack.send(request);
    }

    /**
     * A user with exactly these realm roles and claims (created on first use, password {@code <username>-pass}); its
     * access token comes from {@link Tokens#user}.
     */
    @SuppressWarnings("unchecked")
    static void ensureUser(String username, List<String> realmRoles, String agencyCode, String regionCode) {
        HttpResponse<String> found = call("GET", "/users?exact=true&username=" + enc(username), null);
        List<Map<String, Object>> users = Stack.JSON.readValue(found.body(), List.class);
        if (!users.isEmpty()) {
            return;
        }
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        if (agencyCode != null) {
            attributes.put("agencyCode", List.of(agencyCode));
        }
        if (regionCode != null) {
            attributes.put("regionCode", List.of(regionCode));
        }
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("username", username);
        user.put("enabled", true);
        user.put("emailVerified", true);
        user.put("firstName", username);
        user.put("lastName", "matrix");
        user.put("email", username + "@matrix.test");
        user.put("attributes", attributes);
        user.put("credentials", List.of(Map.of("type", "password", "value", username + "-pass", "temporary", false)));
        HttpResponse<String> created = call("POST", "/users", user);
        assertThat(created.statusCode()).as("create user %s: %s", username, created.body()).isIn(201, 409);
        String id = ((List<Map<String, Object>>) Stack.JSON.readValue(
                call("GET", "/users?exact=true&username=" + enc(username), null).body(), List.class)).get(0)
                .get("id").toString();
        List<Object> roles = new ArrayList<>();
        for (String role : realmRoles) {
            roles.add(Stack.JSON.readValue(call("GET", "/roles/" + enc(role), null).body(), Map.class));
        }
        HttpResponse<String> mapped = call("POST", "/users/" + id + "/role-mappings/realm", roles);
        assertThat(mapped.statusCode()).as("roles of %s: %s", username, mapped.body()).isEqualTo(204);
    }

    /**
     * A confidential client with a service account holding {@code realmRole}, tokens for {@code enforcement-api};
     * answers its secret.
     */
    @SuppressWarnings("unchecked")
    static String ensureClient(String clientId, String realmRole) {
        String secret = clientId + "-secret";
        Map<String, Object> client = new LinkedHashMap<>();
        client.put("clientId", clientId);
        client.put("enabled", true);
        client.put("publicClient", false);
        client.put("secret", secret);
        client.put("serviceAccountsEnabled", true);
        client.put("standardFlowEnabled", false);
        client.put("directAccessGrantsEnabled", false);
        client.put("protocolMappers", List.of(Map.of("name", "audience-enforcement-api", "protocol", "openid-connect",
                "protocolMapper", "oidc-audience-mapper", "config", Map.of("included.custom.audience",
                        "enforcement-api", "access.token.claim", "true", "id.token.claim", "false"))));
        HttpResponse<String> created = call("POST", "/clients", client);
        assertThat(created.statusCode()).as("create client %s: %s", clientId, created.body()).isIn(201, 409);
        String id = clientUuid(clientId);
        Map<String, Object> account = Stack.JSON.readValue(call("GET", "/clients/" + id + "/service-account-user",
                null).body(), Map.class);
        Object role = Stack.JSON.readValue(call("GET", "/roles/" + enc(realmRole), null).body(), Map.class);
        call("POST", "/users/" + account.get("id") + "/role-mappings/realm", List.of(role));
        return secret;
    }

    @SuppressWarnings("unchecked")
    static void setClientEnabled(String clientId, boolean enabled) {
        String id = clientUuid(clientId);
        Map<String, Object> client = Stack.JSON.readValue(call("GET", "/clients/" + id, null).body(), Map.class);
        client.put("enabled", enabled);
        HttpResponse<String> updated = call("PUT", "/clients/" + id, client);
        assertThat(updated.statusCode()).as("update client %s: %s", clientId, updated.body()).isEqualTo(204);
    }

    @SuppressWarnings("unchecked")
    private static String clientUuid(String clientId) {
        List<Map<String, Object>> clients = Stack.JSON.readValue(call("GET", "/clients?clientId=" + enc(clientId),
                null).body(), List.class);
        assertThat(clients).as("client %s", clientId).isNotEmpty();
        return clients.get(0).get("id").toString();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
