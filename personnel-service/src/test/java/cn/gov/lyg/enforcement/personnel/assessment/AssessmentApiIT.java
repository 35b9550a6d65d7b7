package cn.gov.lyg.enforcement.personnel.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.lyg.enforcement.personnel.PersonnelApiTestSupport;
import cn.gov.lyg.enforcement.platform.test.ServiceTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Assessments 评议考核 through the API: one per officer and year, feeding the ranking. End to end inside the service ({@link PersonnelApiTestSupport}: MongoDB-wire server, embedded Kafka,
 * tokens); every test creates its own records.
 */
@ServiceTest
class AssessmentApiIT extends PersonnelApiTestSupport {

    @Test
    void assessmentsAreYearlyAndFeedTheRanking() throws Exception {
        int year = today.getYear() - 1;
        String best = registerOfficer();
        String second = registerOfficer();
        ObjectNode body = json.createObjectNode().put("officerId", best).put("year", year).put("grade", "EXCELLENT")
                .put("casesHandled", 300).put("caseReviewScore", 99);
        postJson(BASE + "/assessments", hzAdmin(), body).andExpect(status().isCreated())
                .andExpect(jsonPath("$.gradeName").value("优秀")).andExpect(jsonPath("$.outbox").doesNotExist());
        postJson(BASE + "/assessments", hzAdmin(), body).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("ASSESSMENT_EXISTS"));
        postJson(BASE + "/assessments", dhAdmin(), body.deepCopy().put("officerId", second))
                .andExpect(status().isNotFound());
        postJson(BASE + "/assessments", hzSupervisor(), body.deepCopy().put("officerId", second)
                .put("grade", "QUALIFIED").put("casesHandled", 299).put("caseReviewScore", 98))
                .andExpect(status().isCreated());
        JsonNode ranking = body(mvc.perform(get(BASE + "/assessments/ranking").param("year", String.valueOf(year))
                .param("top", "200").header("Authorization", hzSupervisor())).andExpect(status().isOk()));
        List<String> order = new java.util.ArrayList<>();
        ranking.forEach(e -> order.add(e.get("officerId").asString()));
        assertThat(order).containsSubsequence(best, second);
        mvc.perform(get(BASE + "/assessments/ranking").param("year", String.valueOf(year)).param("weights", "height:1")
                .header("Authorization", hzSupervisor())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("RANKING_INDICATOR_UNKNOWN"));
        mvc.perform(get(BASE + "/assessments/ranking").param("year", String.valueOf(year))
                .header("Authorization", officer("hz-officer"))).andExpect(status().isForbidden());
    }
}
