package cn.gov.lyg.enforcement.supervision;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.lyg.enforcement.platform.security.Role;
import cn.gov.lyg.enforcement.platform.test.ServiceTest;
import cn.gov.lyg.enforcement.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The platform is wired into supervision-service: security, problems, health, metrics, OpenAPI. */
@ServiceTest
class SupervisionServiceWiringTest {

    @Autowired
    MockMvc mvc;

    @Test
    void apiNeedsAToken() throws Exception {
        mvc.perform(get("/api/supervision/v1/anything"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer")))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"))
                .andExpect(jsonPath("$.traceId").isNotEmpty());
    }

    @Test
    void tokensOfAnotherIssuerAreRejected() throws Exception {
        mvc.perform(get("/api/supervision/v1/anything").header("Authorization",
                        TestTokens.user("x").roles(Role.OFFICER).issuer("http://localhost:1/realms/other").bearer()))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/supervision/v1/anything").header("Authorization",
                        TestTokens.user("x").roles(Role.OFFICER).signedWithForeignKey().bearer()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void unknownPathsAnswerProblemNotFound() throws Exception {
        mvc.perform(get("/api/supervision/v1/anything").header("Authorization",
                        TestTokens.user("hz-officer").roles(Role.OFFICER).agency("11320706300200020C").region("320706")
                                .bearer()).header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("NOT_FOUND"))
                .andExpect(jsonPath("$.title").value("Not found"));
    }

    @Test
    void probesMetricsAndApiDocsAreServed() throws Exception {
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("jvm_memory_used_bytes")));
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").value(org.hamcrest.Matchers.startsWith("3.1")));
    }
}
