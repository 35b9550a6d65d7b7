package cn.gov.lyg.enforcement.platform.test.consumer;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.lyg.enforcement.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** How the platform maps unreadable bodies: a field Jackson cannot convert is named; broken JSON is MALFORMED_JSON. */
@PlatformAppTest
class ProblemMappingIT {

    @Autowired
    MockMvc mvc;

    private static final String TOKEN = TestTokens.system("gov-systems").region("320700").bearer();

    @Test
    void anImpossibleDateNamesTheField() throws Exception {
        mvc.perform(post("/api/test/v1/dated-things").header("Authorization", TOKEN)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"x\",\"date\":\"2025-02-30\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_FIELD_VALUE"))
                .andExpect(jsonPath("$.errors[0].field").value("date"));
    }

    @Test
    void brokenJsonIsMalformed() throws Exception {
        mvc.perform(post("/api/test/v1/dated-things").header("Authorization", TOKEN)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_JSON"));
        mvc.perform(post("/api/test/v1/dated-things").header("Authorization", TOKEN)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"x\",\"colour\":1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("UNKNOWN_FIELD"))
                .andExpect(jsonPath("$.errors[0].field").value("colour"));
    }
}
