package cn.gov.lyg.enforcement.supervision.threesystems;

import static cn.gov.lyg.enforcement.supervision.SupervisionApi.GY_ENFORCEMENT;
import static cn.gov.lyg.enforcement.supervision.SupervisionApi.citySupervisor;
import static cn.gov.lyg.enforcement.supervision.SupervisionApi.govSystems;
import static cn.gov.lyg.enforcement.supervision.SupervisionApi.gySupervisor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.lyg.enforcement.platform.mongo.ScopeCriteria;
import cn.gov.lyg.enforcement.platform.test.ServiceTest;
import cn.gov.lyg.enforcement.supervision.SupervisionApi;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** The counters the figures read agree with a scan of the cases, after reports, publications and a rebuild. */
@ServiceTest
class ThreeSystemsCountersIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    ThreeSystemsStore store;
    SupervisionApi api;

    @BeforeEach
    void setUp() {
        api = new SupervisionApi(mvc, json);
    }

    void report(String caseNo, String milestone, String on, Map<String, Object> extra) throws Exception {
        Map<String, Object> body = new HashMap<>(Map.of("agencyCode", GY_ENFORCEMENT, "caseNo", caseNo,
                "caseType", "PENALTY", "milestone", milestone, "occurredOn", on));
        body.putAll(extra);
        api.perform(post("/api/supervision/v1/cases/milestones"), govSystems(), body).andExpect(status().isCreated());
    }

    void correct(String caseNo, String milestone, Map<String, Object> content) throws Exception {
        Map<String, Object> body = new HashMap<>(content);
        body.put("reason", "案件系统更正");
        api.perform(post("/api/supervision/v1/cases/{id}/milestones/{type}/corrections", GY_ENFORCEMENT + ":" + caseNo,
                milestone), govSystems(), body).andExpect(status().isOk());
    }

    void assertCountersMatchTheCases() {
        for (String asOf : List.of("2023-08-01", "2023-08-20", "2023-12-31")) {
            for (String region : List.of("320700", "320707")) {
                assertThat(store.countByAgency(ScopeCriteria.inRegion(region), LocalDate.of(2023, 1, 1),
                        LocalDate.of(2023, 12, 31), LocalDate.parse(asOf)))
                        .as(region + " as of " + asOf)
                        .isEqualTo(store.countByAgencyFromCases(ScopeCriteria.inRegion(region),
                                LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), LocalDate.parse(asOf)));
            }
        }
    }

    @Test
    void countersFollowEveryMilestoneAndTheRebuildJobGivesTheSameFigures() throws Exception {
        Map<String, Object> fine = Map.of("decisionNo", "赣执罚〔2023〕", "penaltyKinds", List.of("FINE"),
                "fineAmount", "150000");
        for (int i = 0; i < 4; i++) {
            report("赣综执罚〔2023〕" + i + "号", "DECIDED", "2023-08-0" + (1 + i), fine);
        }
        report("赣综执罚〔2023〕0号", "PUBLISHED", "2023-08-07", Map.of());
        report("赣综执罚〔2023〕1号", "PUBLISHED", "2023-08-30", Map.of());
        report("赣综执罚〔2023〕2号", "LEGAL_REVIEW", "2023-07-30", Map.of("reviewResult", "PASSED"));
        report("赣综执罚〔2023〕3号", "RECONSIDERATION_CONCLUDED", "2023-09-05", Map.of("outcome", "REVOKED"));
        assertCountersMatchTheCases();
        assertThat(store.countByAgency(ScopeCriteria.inRegion("320707"), LocalDate.of(2023, 8, 1),
                LocalDate.of(2023, 8, 31), LocalDate.of(2023, 12, 31)).get(0).decided()).isGreaterThanOrEqualTo(4);
        // corrections move the counters by difference: a decision day into another month, a publication date later
        long september = store.countByAgency(ScopeCriteria.inRegion("320707"), LocalDate.of(2023, 9, 1),
                LocalDate.of(2023, 9, 30), LocalDate.of(2023, 12, 31)).stream().mapToLong(f -> f.decided()).sum();
        correct("赣综执罚〔2023〕2号", "DECIDED", Map.of("occurredOn", "2023-09-04", "decisionNo", "赣执罚〔2023〕",
                "penaltyKinds", List.of("FINE"), "fineAmount", "150000"));
        correct("赣综执罚〔2023〕0号", "PUBLISHED", Map.of("occurredOn", "2023-08-25"));
        assertCountersMatchTheCases();
        assertThat(store.countByAgency(ScopeCriteria.inRegion("320707"), LocalDate.of(2023, 9, 1),
                LocalDate.of(2023, 9, 30), LocalDate.of(2023, 12, 31)).stream().mapToLong(f -> f.decided()).sum())
                .isEqualTo(september + 1);

        api.perform(post("/api/supervision/v1/three-systems/jobs/rebuild-counters"), gySupervisor(), null)
                .andExpect(status().isForbidden());
        api.perform(post("/api/supervision/v1/three-systems/jobs/rebuild-counters"), citySupervisor(), null)
                .andExpect(status().isOk());
        assertCountersMatchTheCases();
    }
}
