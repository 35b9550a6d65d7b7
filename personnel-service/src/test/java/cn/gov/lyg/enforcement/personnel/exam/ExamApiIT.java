package cn.gov.lyg.enforcement.personnel.exam;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.lyg.enforcement.personnel.PersonnelApiTestSupport;
import cn.gov.lyg.enforcement.platform.test.ServiceTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * Qualification exams through the API. End to end inside the service ({@link PersonnelApiTestSupport}: MongoDB-wire server, embedded Kafka,
 * tokens); every test creates its own records.
 */
@ServiceTest
class ExamApiIT extends PersonnelApiTestSupport {

    // ---------------------------------------------------------------- exams, auxiliary staff, recusals

    @Test
    void qualificationExamsHaveTwoScoresAPassMarkAndOneRetake() throws Exception {
        String officerId = registerOfficer();
        ObjectNode exam = json.createObjectNode().put("officerId", officerId).put("examDate", today.minusDays(20)
                .toString()).put("generalLawScore", 72).put("specialLawScore", 58);
        postJson(BASE + "/qualification-exams", hzAdmin(), exam).andExpect(status().isForbidden());
        postJson(BASE + "/qualification-exams", dhSupervisor(), exam).andExpect(status().isNotFound());
        postJson(BASE + "/qualification-exams", hzSupervisor(), exam).andExpect(status().isCreated())
                .andExpect(jsonPath("$.passed").value(false)).andExpect(jsonPath("$.attemptNo").value(1));
        postJson(BASE + "/qualification-exams", hzSupervisor(), exam.deepCopy().put("specialLawScore", 101))
                .andExpect(status().isBadRequest());
        postJson(BASE + "/qualification-exams", hzSupervisor(), exam.deepCopy().put("examDate",
                today.minusDays(10).toString())).andExpect(status().isCreated())
                .andExpect(jsonPath("$.passed").value(false)).andExpect(jsonPath("$.attemptNo").value(2));
        postJson(BASE + "/qualification-exams", hzSupervisor(), exam.deepCopy().put("examDate", today.toString())
                .put("specialLawScore", 90)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("EXAM_ATTEMPTS_EXHAUSTED"));
        mvc.perform(get(BASE + "/qualification-exams").param("officerId", officerId)
                .header("Authorization", hzAdmin())).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2));
    }
}
