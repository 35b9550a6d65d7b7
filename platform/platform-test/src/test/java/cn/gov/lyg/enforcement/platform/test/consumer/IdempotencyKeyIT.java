package cn.gov.lyg.enforcement.platform.test.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.lyg.enforcement.platform.security.Role;
import cn.gov.lyg.enforcement.platform.test.TestTokens;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Writes with an Idempotency-Key: a retry returns the first result, a reused key with another request is refused. */
@PlatformAppTest
class IdempotencyKeyIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    ConsumerTestApplication.ThingController things;

    private static final String SYSTEM = TestTokens.system("gov-systems").region("320700").bearer();

    private MockHttpServletRequestBuilder create(String key, String name, String token) {
        return post("/api/test/v1/things").header("Authorization", token).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"" + name + "\"}");
    }

    @Test
    void aRetryReturnsTheFirstResultWithoutExecutingAgain() throws Exception {
        String key = UUID.randomUUID().toString();
        int before = things.executions.get();
        String first = mvc.perform(create(key, "a", SYSTEM)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String location = "/api/test/v1/things/" + (before + 1);
        mvc.perform(create(key, "a", SYSTEM)).andExpect(status().isCreated())
                .andExpect(header().string("Idempotency-Replayed", "true"))
                .andExpect(header().string("Location", location))
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).isEqualTo(first));
        assertThat(things.executions.get()).isEqualTo(before + 1);
    }

    @Test
    void theSameKeyForAnotherRequestIsRefused() throws Exception {
        String key = UUID.randomUUID().toString();
        mvc.perform(create(key, "a", SYSTEM)).andExpect(status().isCreated());
        mvc.perform(create(key, "b", SYSTEM)).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("IDEMPOTENCY_KEY_REUSED"));
    }

    @Test
    void keysAreScopedToTheCallerAndValidated() throws Exception {
        String key = UUID.randomUUID().toString();
        int before = things.executions.get();
        mvc.perform(create(key, "a", SYSTEM)).andExpect(status().isCreated());
        String other = TestTokens.system("provincial-exchange").roles(Role.PROVINCE_READONLY).bearer();
        mvc.perform(create(key, "a", other)).andExpect(status().isCreated())
                .andExpect(header().doesNotExist("Idempotency-Replayed"));
        assertThat(things.executions.get()).isEqualTo(before + 2);
        mvc.perform(create("has spaces!", "a", SYSTEM)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("IDEMPOTENCY_KEY_INVALID"));
    }
}
