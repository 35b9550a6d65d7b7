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
