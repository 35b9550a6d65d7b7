package cn.gov.lyg.enforcement.supervision.alert;

import static cn.gov.lyg.enforcement.supervision.SupervisionApi.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.lyg.enforcement.events.Topics;
import cn.gov.lyg.enforcement.events.benchmark.BenchmarkDeviationRecorded;
import cn.gov.lyg.enforcement.events.inspection.InspectionPlanPublished;
import cn.gov.lyg.enforcement.events.inspection.RepeatedInspectionDetected;
import cn.gov.lyg.enforcement.events.supervision.SupervisionAlertRaised;
import cn.gov.lyg.enforcement.platform.test.KafkaProbe;
import cn.gov.lyg.enforcement.platform.test.ServiceTest;
import cn.gov.lyg.enforcement.platform.test.TestEvents;
import cn.gov.lyg.enforcement.supervision.SupervisionApi;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Alerts from other services' events, for the bureau supervising the agency: the county bureau of 海州区 sees the
 * alerts about its agencies, 赣榆区's bureau does not, the city bureau sees all; acknowledged with If-Match.
 */
@ServiceTest
class AlertApiIT {

    static final OffsetDateTime AT = OffsetDateTime.of(2025, 9, 1, 9, 0, 0, 0, ZoneOffset.ofHours(8));

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;
    SupervisionApi api;

    @BeforeEach
    void setUp() {
        api = new SupervisionApi(mvc, json);
    }

    JsonNode awaitAlert(String token, String kind, String subject) {
        JsonNode[] found = new JsonNode[1];
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode page = api.read(api.perform(get("/api/supervision/v1/alerts").param("kind", kind)
                    .param("size", "200"), token, null).andExpect(status().isOk()));
            found[0] = null;
            for (JsonNode a : page.get("content")) {
                if (subject.equals(a.get("subjectRef").asString())) {
                    found[0] = a;
                }
            }
            assertThat(found[0]).isNotNull();
        });
        return found[0];
    }

    @Test
    void repeatedInspectionsReachTheCountyBureauAndTheCityButNotAnotherCounty() throws Exception {
        String detection = UUID.randomUUID().toString();
        String uscc = "91320722MA21TD9K6J";
        try (KafkaProbe probe = new KafkaProbe(bootstrap, Topics.SUPERVISION_ALERTS)) {
            RepeatedInspectionDetected event = new RepeatedInspectionDetected(UUID.randomUUID().toString(), AT,
                    detection, 1, "320706", uscc, LocalDate.of(2025, 8, 1), LocalDate.of(2025, 9, 29),
                    List.of(HZ_MARKET, HZ_URBAN), List.of(
                    new RepeatedInspectionDetected.Inspection(UUID.randomUUID().toString(), "JC-1", HZ_MARKET, "ROUTINE",
                            LocalDate.of(2025, 8, 20)),
                    new RepeatedInspectionDetected.Inspection(UUID.randomUUID().toString(), "JC-2", HZ_URBAN, "SPECIAL",
                            LocalDate.of(2025, 9, 1))));
            TestEvents.publish(bootstrap, json, event, 2);
            JsonNode alert = awaitAlert(hzSupervisor(), "REPEATED_INSPECTION", uscc);
            String id = alert.get("id").asString();
            assertThat(alert.get("agencyCodes").toString()).contains(HZ_MARKET, HZ_URBAN);
            assertThat(alert.get("regionCode").asString()).isEqualTo("320706");
            awaitAlert(citySupervisor(), "REPEATED_INSPECTION", uscc);
            api.perform(get("/api/supervision/v1/alerts/{id}", id), gySupervisor(), null)
                    .andExpect(status().isNotFound());
            JsonNode raised = api.events(probe, SupervisionAlertRaised.class, id, 1).get(0);
            assertThat(raised.get("kind").asString()).isEqualTo("REPEATED_INSPECTION");
            // redelivered: still one alert, one announcement
            assertThat(probe.drain(r -> id.equals(r.key()), Duration.ofSeconds(2))).hasSizeLessThanOrEqualTo(1);

            api.perform(post("/api/supervision/v1/alerts/{id}/acknowledge", id).header("If-Match", "\"7\""),
                    hzSupervisor(), null).andExpect(status().isConflict());
            api.perform(post("/api/supervision/v1/alerts/{id}/acknowledge", id), hzOfficer(), null)
                    .andExpect(status().isForbidden());
            api.perform(post("/api/supervision/v1/alerts/{id}/acknowledge", id), hzSupervisor(),
                            java.util.Map.of("note", "已约谈")).andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("ACKNOWLEDGED"))
                    .andExpect(jsonPath("$.acknowledgedBy").value("hz-supervisor"));
        }
    }

    @Test
    void benchmarkDeviationsAndLatePlansRaiseAlerts() throws Exception {
        String caseId = "C-" + UUID.randomUUID();
        TestEvents.publish(bootstrap, json, new BenchmarkDeviationRecorded(UUID.randomUUID().toString(), AT,
                UUID.randomUUID().toString(), 1, "320722", DH_MARKET, caseId, "bv-1", "e-1", "V01", "STANDARD",
                "10000.00", "30000.00", "50000.00", "COLLECTIVE_DELIBERATION", "局务会", LocalDate.of(2025, 8, 30),
                "会议纪要 3 号", "情节特别严重"), 1);
        JsonNode deviation = awaitAlert(citySupervisor(), "BENCHMARK_DEVIATION", caseId);
        assertThat(deviation.get("details").get("finalFine").asString()).isEqualTo("50000.00");
        api.perform(get("/api/supervision/v1/alerts/{id}", deviation.get("id").asString()), hzSupervisor(), null)
                .andExpect(status().isNotFound());

        String plan = UUID.randomUUID().toString();
        TestEvents.publish(bootstrap, json, new InspectionPlanPublished(UUID.randomUUID().toString(), AT, plan, 1,
                "320706", HZ_MARKET, 2025, LocalDate.of(2025, 4, 10), true, HZ_JUSTICE, List.of(
                new InspectionPlanPublished.PlannedTask("食品经营日常检查", "ROUTINE", List.of("3207-MKT-INS-0001"),
                        LocalDate.of(2025, 5, 1), LocalDate.of(2025, 11, 30), null))), 1);
        awaitAlert(hzSupervisor(), "LATE_PLAN", plan);
    }

    @Test
    void rolesAndPaging() throws Exception {
        api.perform(get("/api/supervision/v1/alerts"), null, null).andExpect(status().isUnauthorized());
        api.perform(get("/api/supervision/v1/alerts"), hzOfficer(), null).andExpect(status().isForbidden());
        api.perform(get("/api/supervision/v1/alerts").param("size", "201"), hzSupervisor(), null)
                .andExpect(status().isBadRequest());
        api.perform(get("/api/supervision/v1/alerts/{id}", UUID.randomUUID()), hzSupervisor(), null)
                .andExpect(status().isNotFound());
    }
}
