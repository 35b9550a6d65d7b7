package cn.gov.lyg.enforcement.platform.test;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.lyg.enforcement.platform.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What every service gets from the platform starter, checked in each service by a subclass annotated with
 * {@link ServiceTest}: 401 problems without or with a foreign token, 404 problems, probes, metrics and OpenAPI.
 */
public abstract class ServiceWiringContract {

    /** The service's API context, e.g. {@code personnel} for {@code /api/personnel/v1}. */
    protected abstract String apiContext();

    @Autowired
    protected MockMvc mvc;

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

    /** The error path is no API: hidden from the OpenAPI document, and a direct call is a 404 problem, never a 500. */
    @Test
    protected void theErrorPathIsNoOperation() throws Exception {
        for (var request : java.util.List.of(get("/error"),
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/error"))) {
            mvc.perform(request.header("Authorization", BadTokens.goodAuthorization()))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.code").value("NOT_FOUND"));
        }
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/error']").doesNotExist());
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
}
