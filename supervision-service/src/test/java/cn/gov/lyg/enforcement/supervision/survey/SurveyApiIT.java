package cn.gov.lyg.enforcement.supervision.survey;

import static cn.gov.lyg.enforcement.supervision.SupervisionApi.*;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.lyg.enforcement.platform.security.Role;
import cn.gov.lyg.enforcement.platform.test.ServiceTest;
import cn.gov.lyg.enforcement.platform.test.TestTokens;
import cn.gov.lyg.enforcement.supervision.SupervisionApi;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** Surveys answered by the SMS system (idempotent per response and Idempotency-Key); revisits due 30 days later. */
@ServiceTest
class SurveyApiIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    SupervisionApi api;

    @BeforeEach
    void setUp() {
        api = new SupervisionApi(mvc, json);
    }

    static String hzAdmin() {
        return TestTokens.user("hz-admin").roles(Role.AGENCY_ADMIN).agency(HZ_MARKET).region("320706").bearer();
    }

    @Test
    void aSurveyCollectsAnswersFromTheSmsSystem() throws Exception {
        String id = api.read(api.perform(post("/api/supervision/v1/surveys"), hzSupervisor(), Map.of(
                "agencyCode", HZ_MARKET, "title", "2025 年执法满意度", "channel", "SMS_LINK", "periodFrom",
                "2025-01-01", "periodTo", "2025-12-31", "minimumSample", 2)).andExpect(status().isCreated()))
                .get("id").asString();
        String key = "sms-" + UUID.randomUUID();
        Map<String, Object> answer = Map.of("responseId", key, "respondentKind", "ENTERPRISE", "respondentRef",
                "91320722MA21TD9K6J", "scores", Map.of("CIVILITY", 5, "FAIRNESS", 4), "overall", 5,
                "respondedOn", "2025-06-01");
        api.perform(post("/api/supervision/v1/surveys/{id}/responses", id).header("Idempotency-Key", key),
                govSystems(), answer).andExpect(status().isOk()).andExpect(jsonPath("$.valid").value(1));
        api.perform(post("/api/supervision/v1/surveys/{id}/responses", id).header("Idempotency-Key", key),
                govSystems(), answer).andExpect(status().isOk()).andExpect(jsonPath("$.valid").value(1));
        api.perform(post("/api/supervision/v1/surveys/{id}/responses", id), govSystems(), Map.of("responseId", "x2",
                        "respondentKind", "CITIZEN", "overall", 7, "respondedOn", "2025-06-02"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("SATISFACTION_RANGE"));
        api.perform(post("/api/supervision/v1/surveys/{id}/responses", id), govSystems(), Map.of("responseId", "x3",
                        "respondentKind", "CITIZEN", "overall", 2, "respondedOn", "2025-06-02"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.satisfactionRate").value("50.0"))
                .andExpect(jsonPath("$.sufficientSample").value(true));
        api.perform(get("/api/supervision/v1/surveys/{id}", id), hzAdmin(), null).andExpect(status().isOk());
        api.perform(get("/api/supervision/v1/surveys/{id}", id), gySupervisor(), null)
                .andExpect(status().isNotFound());
        api.perform(post("/api/supervision/v1/surveys/{id}/responses", id), hzOfficer(), Map.of())
                .andExpect(status().isForbidden());
        api.perform(get("/api/supervision/v1/surveys"), null, null).andExpect(status().isUnauthorized());
    }

    @Test
    void aRevisitIsDue30DaysAfterTheClosure() throws Exception {
        String sourceRef = "case-" + UUID.randomUUID();
        String id = api.read(api.perform(post("/api/supervision/v1/revisits"), hzOfficer(), Map.of("agencyCode",
                        HZ_MARKET, "uscc", "91320722MA21TD9K6J", "sourceKind", "CASE", "sourceRef", sourceRef,
                        "closedOn", "2025-11-03")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.dueOn").value("2025-12-03"))).get("id").asString();
        api.perform(post("/api/supervision/v1/revisits"), hzOfficer(), Map.of("agencyCode", HZ_MARKET, "uscc",
                "91320722MA21TD9K6J", "sourceKind", "CASE", "sourceRef", sourceRef, "closedOn", "2025-11-03"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("REVISIT_DUPLICATE"));
        api.perform(post("/api/supervision/v1/revisits"), hzOfficer(), Map.of("agencyCode", HZ_MARKET, "uscc",
                "91320706MA1Y2K3L4X", "sourceKind", "CASE", "sourceRef", "r", "closedOn", "2025-11-03"))
                .andExpect(status().isBadRequest());
        api.perform(get("/api/supervision/v1/revisits/{id}", id).param("asOf", "2025-12-04"), hzSupervisor(), null)
                .andExpect(status().isOk()).andExpect(jsonPath("$.overdue").value(true));
        api.perform(get("/api/supervision/v1/revisits/{id}", id), dhOfficer(), null).andExpect(status().isNotFound());
        api.perform(post("/api/supervision/v1/revisits/{id}/record", id), hzOfficer(), Map.of("revisitedOn",
                        "2025-12-01", "rectificationStatus", "RECTIFIED", "satisfaction", 5))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DONE"))
                .andExpect(jsonPath("$.late").value(false));
        api.perform(post("/api/supervision/v1/revisits"), hotline(), Map.of()).andExpect(status().isForbidden());
    }

    /**
     * Row 15 of the authorization review (DOMAIN.md §2.5.6, channel "12345 callback"): the hotline platform posts the
     * answers of surveys run by 12345 callback, within its region; other surveys do not exist for it; it still neither
     * reads nor manages surveys, and roles without a part in surveys are refused.
     */
    @Test
    void theHotlinePostsTheAnswersOfCallbackSurveysOfItsRegion() throws Exception {
        String callback = open("HOTLINE_CALLBACK");
        String sms = open("SMS_LINK");
        Map<String, Object> answer = Map.of("responseId", "cb-" + UUID.randomUUID(), "respondentKind", "CITIZEN",
                "respondentRef", "13800001111", "overall", 4, "respondedOn", "2025-06-01");
        api.perform(post("/api/supervision/v1/surveys/{id}/responses", callback), hotline(), answer)
                .andExpect(status().isOk()).andExpect(jsonPath("$.valid").value(1));
        api.perform(post("/api/supervision/v1/surveys/{id}/responses", sms), hotline(), answer)
                .andExpect(status().isNotFound());
        String otherCounty = cn.gov.lyg.enforcement.platform.test.TestTokens.user("service-account-hotline-gy")
                .client("hotline-12345").roles(cn.gov.lyg.enforcement.platform.security.Role.HOTLINE)
                .region("320707").bearer();
        api.perform(post("/api/supervision/v1/surveys/{id}/responses", callback), otherCounty, answer)
                .andExpect(status().isNotFound());
        api.perform(get("/api/supervision/v1/surveys/{id}", callback), hotline(), null)
                .andExpect(status().isForbidden());
        api.perform(post("/api/supervision/v1/surveys/{id}/close", callback), hotline(), null)
                .andExpect(status().isForbidden());
        for (cn.gov.lyg.enforcement.platform.security.Role role : java.util.List.of(
                cn.gov.lyg.enforcement.platform.security.Role.OFFICER,
                cn.gov.lyg.enforcement.platform.security.Role.AGENCY_ADMIN,
                cn.gov.lyg.enforcement.platform.security.Role.AUDITOR,
                cn.gov.lyg.enforcement.platform.security.Role.SPECIAL_SUPERVISOR,
                cn.gov.lyg.enforcement.platform.security.Role.PROVINCE_READONLY)) {
            api.perform(post("/api/supervision/v1/surveys/{id}/responses", callback),
                            cn.gov.lyg.enforcement.platform.test.TestTokens.user("x").roles(role).agency(HZ_MARKET)
                                    .region("320706").bearer(), answer)
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.code").value("ACCESS_DENIED"));
        }
    }

    private String open(String channel) throws Exception {
        return api.read(api.perform(post("/api/supervision/v1/surveys"), hzSupervisor(), Map.of(
                "agencyCode", HZ_MARKET, "title", "2025 年执法满意度", "channel", channel, "periodFrom",
                "2025-01-01", "periodTo", "2025-12-31")).andExpect(status().isCreated())).get("id").asString();
    }
}
