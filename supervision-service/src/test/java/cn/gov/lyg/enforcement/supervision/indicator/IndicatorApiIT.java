package cn.gov.lyg.enforcement.supervision.indicator;

import static cn.gov.lyg.enforcement.supervision.SupervisionApi.*;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.lyg.enforcement.platform.test.ServiceTest;
import cn.gov.lyg.enforcement.supervision.SupervisionApi;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** The indicator system as data (weights summing to 100) and an agency's scores of a year, scoped. */
@ServiceTest
class IndicatorApiIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    SupervisionApi api;

    @BeforeEach
    void setUp() {
        api = new SupervisionApi(mvc, json);
    }

    @Test
    void weightsMustSumTo100AndScoresAreScoped() throws Exception {
        api.perform(get("/api/supervision/v1/indicators/systems/active"), hzSupervisor(), null)
                .andExpect(status().isOk()).andExpect(jsonPath("$.indicators.length()").value(9));
        api.perform(post("/api/supervision/v1/indicators/systems"), citySupervisor(), Map.of("name", "x",
                        "indicators", List.of(Map.of("code", "A", "name", "a", "weight", 60, "metric", "COMPLAINTS"),
                                Map.of("code", "B", "name", "b", "weight", 30, "metric", "SATISFACTION"))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("INDICATOR_SYSTEM_INVALID"))
                .andExpect(jsonPath("$.errors[0].code").value("INDICATOR_WEIGHTS_SUM"));
        api.perform(post("/api/supervision/v1/indicators/systems"), hzSupervisor(), Map.of())
                .andExpect(status().isForbidden());
        api.perform(get("/api/supervision/v1/indicators/scores").param("agencyCode", HZ_MARKET)
                        .param("year", "2025").param("asOf", "2026-03-01"), hzSupervisor(), null)
                .andExpect(status().isOk()).andExpect(jsonPath("$.indicators.length()").value(9))
                .andExpect(jsonPath("$.agencyCode").value(HZ_MARKET));
        api.perform(get("/api/supervision/v1/indicators/scores").param("agencyCode", HZ_MARKET)
                .param("year", "2025"), gySupervisor(), null).andExpect(status().isNotFound());
        api.perform(get("/api/supervision/v1/indicators/scores").param("year", "2025"), hzOfficer(), null)
                .andExpect(status().isForbidden());
        api.perform(get("/api/supervision/v1/indicators/scores").param("year", "2025"), null, null)
                .andExpect(status().isUnauthorized());
    }
}
