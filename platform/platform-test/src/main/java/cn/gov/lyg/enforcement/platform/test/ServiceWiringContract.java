package cn.gov.lyg.enforcement.platform.test;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.lyg.enforcement.platform.security.Role;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What every service gets from the platform starter, checked in each service by a subclass annotated with
 * {@link ServiceTest}: 401 problems without or with a foreign token, 404 problems, probes, metrics and OpenAPI (the
 * gateway's URL in {@code servers}, OAuth2 login, public operations without security). Writes the service's OpenAPI
 * document to {@code target/openapi/<context>.json} (a build artifact: production serves no documents).
 */
public abstract class ServiceWiringContract {

    /** The service's API context, e.g. {@code personnel} for {@code /api/personnel/v1}. */
    protected abstract String apiContext();

    @Autowired
    protected MockMvc mvc;

    @Autowired
    private org.springframework.core.env.Environment environment;

    @Test
    protected void apiNeedsAToken() throws Exception {
        mvc.perform(get("/api/" + apiContext() + "/v1/anything"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer")))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"))
                .andExpect(jsonPath("$.traceId").isNotEmpty());
    }

    @Test
    protected void tokensOfAnotherIssuerAreRejected() throws Exception {
        mvc.perform(get("/api/" + apiContext() + "/v1/anything").header("Authorization",
                        TestTokens.user("x").roles(Role.OFFICER).issuer("http://localhost:1/realms/other").bearer()))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/" + apiContext() + "/v1/anything").header("Authorization",
                        TestTokens.user("x").roles(Role.OFFICER).signedWithForeignKey().bearer()))
                .andExpect(status().isUnauthorized());
    }

    /**
     * The token matrix at the service itself (the gateway is not the only wall): no token, garbage, wrong issuer or
     * audience, expired, not yet valid, tampered claims, {@code alg: none}, HS256 keyed with the public key, an
     * unknown kid, a foreign key under the realm's kid, a disabled client: each 401 problem+json, while the same
     * officer's good token passes authentication.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(BadTokens.class)
    protected void everyUnacceptableTokenIs401Problem(BadTokens token) throws Exception {
        String path = "/api/" + apiContext() + "/v1/anything";
        var request = get(path);
        String authorization = token.authorization();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        mvc.perform(request)
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
        // control: the same officer with a good token gets past authentication (404 for the unknown path)
        mvc.perform(get(path).header("Authorization", BadTokens.goodAuthorization()))
                .andExpect(status().isNotFound());
    }

    @Test
    protected void unknownPathsAnswerProblemNotFound() throws Exception {
        mvc.perform(get("/api/" + apiContext() + "/v1/anything").header("Authorization",
                        TestTokens.user("hz-officer").roles(Role.OFFICER).agency("11320706300200020C").region("320706")
                                .bearer()).header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("NOT_FOUND"))
                .andExpect(jsonPath("$.title").value("Not found"));
    }

    @Test
    protected void probesMetricsAndApiDocsAreServed() throws Exception {
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("jvm_memory_used_bytes")));
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").value(org.hamcrest.Matchers.startsWith("3.1")));
    }

    @Test
    protected void apiDocsNameTheGatewayAndOfferTheRealmsLogin() throws Exception {
        // the header the gateway's document route sends
        String forwarded = mvc.perform(get("/v3/api-docs").header("X-Gateway-Public-Url", "https://enforcement.gateway.example"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.servers.length()").value(1))
                .andExpect(jsonPath("$.servers[0].url").value("https://enforcement.gateway.example"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        // a proxy's X-Forwarded-* headers
        mvc.perform(get("/v3/api-docs").header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "proxy.example")
                        .header("X-Forwarded-Port", "8443"))
                .andExpect(jsonPath("$.servers[0].url").value("https://proxy.example:8443"));
        // computed per request, not cached from the first caller
        String direct = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.servers[0].url").value("http://localhost"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        JsonNode doc = JsonMapper.builder().build().readTree(forwarded);
        JsonNode oauth2 = doc.path("components").path("securitySchemes").path("keycloak");
        org.assertj.core.api.Assertions.assertThat(oauth2.path("type").asString()).isEqualTo("oauth2");
        String issuer = environment.getRequiredProperty("enforcement.security.issuer-uri").replaceAll("/+$", "")
                + "/protocol/openid-connect";
        org.assertj.core.api.Assertions.assertThat(oauth2.path("flows").path("authorizationCode").path("authorizationUrl")
                .asString()).isEqualTo(issuer + "/auth");
        org.assertj.core.api.Assertions.assertThat(oauth2.path("flows").path("authorizationCode").path("tokenUrl")
                .asString()).isEqualTo(issuer + "/token");
        org.assertj.core.api.Assertions.assertThat(oauth2.path("flows").path("clientCredentials").path("tokenUrl")
                .asString()).isEqualTo(issuer + "/token");
        org.assertj.core.api.Assertions.assertThat(doc.path("security").toString())
                .contains("\"keycloak\"").contains("\"bearer-jwt\"");

        // public (公示) operations need no token; every other operation inherits the document's security
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
            boolean open = path.getKey().matches("^/api/[^/]+/v1/public(/.*)?$");
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                JsonNode security = operation.getValue().path("security");
                boolean none = security.isArray() && security.isEmpty();
                if (open != none) {
                    wrong.add(operation.getKey() + " " + path.getKey() + " security=" + security);
                }
            }
        }
        org.assertj.core.api.Assertions.assertThat(wrong).as("operations with the wrong security").isEmpty();

        Path out = Path.of("target", "openapi", apiContext() + ".json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, direct, StandardCharsets.UTF_8);
    }

    /** The tamper-evident audit trail's verification endpoint: 401, 403, and an intact trail for an auditor. */
    @Test
    protected void auditTrailVerificationIsServedToAuditors() throws Exception {
        String path = "/api/" + apiContext() + "/v1/audit/verification";
        mvc.perform(get(path)).andExpect(status().isUnauthorized());
        mvc.perform(get(path).header("Authorization", TestTokens.user("hz-officer").roles(Role.OFFICER)
                        .agency("11320706300200020C").region("320706").bearer()))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get(path).header("Authorization", TestTokens.user("city-auditor").roles(Role.AUDITOR)
                        .region("320700").bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.problems").isArray());
    }
}
