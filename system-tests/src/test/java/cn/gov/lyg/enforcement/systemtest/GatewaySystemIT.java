package cn.gov.lyg.enforcement.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** What the gateway adds: CORS for the SPA, public disclosure without a token, one Swagger UI over all services. */
class GatewaySystemIT {

    static HttpResponse<String> preflight(String origin) {
        return Stack.send(HttpRequest.newBuilder(URI.create(Stack.GATEWAY + "/api/catalog/v1/items"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type"));
    }

    @Test
    void corsPreflightFromTheSpaOriginSucceedsWithoutAToken() {
        HttpResponse<String> response = preflight(Stack.SPA_ORIGIN);
        assertThat(response.statusCode()).isBetween(200, 204);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(Stack.SPA_ORIGIN);
        assertThat(response.headers().firstValue("Access-Control-Allow-Methods").orElse("")).contains("POST");
        assertThat(response.headers().firstValue("Access-Control-Allow-Headers").orElse("").toLowerCase())
                .contains("authorization");
    }

    @Test
    void corsPreflightFromAnotherOriginIsRefused() {
        HttpResponse<String> response = preflight("https://evil.example");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void publicDisclosureNeedsNoToken() {
        HttpResponse<String> response = Stack.send(Stack.get(Stack.GATEWAY
                + "/api/catalog/v1/public/items?itemType=PENALTY&size=5"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Stack.json(response).has("content")).isTrue();
    }

    @Test
    void theSwaggerUiIsServed() {
        HttpResponse<String> ui = Stack.send(Stack.get(Stack.GATEWAY + "/swagger-ui/index.html"));
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).containsIgnoringCase("swagger");
    }

    @ParameterizedTest
    @ValueSource(strings = {"catalog", "personnel", "benchmarks", "inspections", "supervision"})
    void everyServicesOpenApiIsReachableThroughTheGateway(String context) {
        HttpResponse<String> docs = Stack.send(Stack.get(Stack.GATEWAY + "/v3/api-docs/" + context));
        assertThat(docs.statusCode()).as(docs.body()).isEqualTo(200);
        assertThat(Stack.json(docs).get("openapi").asString()).startsWith("3.1");
        // "Try it out" and generated clients call the gateway, never the service's own port
        assertThat(Stack.json(docs).path("servers").path(0).path("url").asString()).isEqualTo(Stack.GATEWAY);
        assertThat(Stack.json(docs).path("components").path("securitySchemes").path("keycloak").path("flows")
                .path("authorizationCode").path("authorizationUrl").asString())
                .isEqualTo(Stack.ISSUER + "/protocol/openid-connect/auth");
    }

    @Test
    void unknownPathsAreProblemNotFound() {
        HttpResponse<String> response = Stack.send(Stack.get(Stack.GATEWAY + "/api/nothing/v1/here")
                .header("Authorization", Tokens.bearer(Tokens.user("hz-officer"))));
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }
}
