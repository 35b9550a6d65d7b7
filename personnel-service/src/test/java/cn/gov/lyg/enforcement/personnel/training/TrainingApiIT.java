package cn.gov.lyg.enforcement.personnel.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.lyg.enforcement.events.Topics;
import cn.gov.lyg.enforcement.events.personnel.TrainingShortfallDetected;
import cn.gov.lyg.enforcement.personnel.PersonnelApiTestSupport;
import cn.gov.lyg.enforcement.platform.test.KafkaProbe;
import cn.gov.lyg.enforcement.platform.test.ServiceTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Training shortfalls through the API: the yearly job and a failed annual review announce each officer and year once. End to end inside the service ({@link PersonnelApiTestSupport}: MongoDB-wire server, embedded Kafka,
 * tokens); every test creates its own records.
 */
@ServiceTest
class TrainingApiIT extends PersonnelApiTestSupport {

    // ---------------------------------------------------------------- 2. TrainingShortfallDetected

    @Test
    void theShortfallJobAnnouncesEachOfficerYearOnce() throws Exception {
        int year = today.getYear() - 1;
        String shortOfHours = registerOfficer();
        String enough = registerOfficer();
        String newlyCertified = registerOfficer();
        activeCertificate(shortOfHours, today.minusYears(2));
        activeCertificate(enough, today.minusYears(2));
        activeCertificate(newlyCertified, today);
        train(shortOfHours, year, 50);
        train(shortOfHours, year, 8.5);
        train(enough, year, 60);

        postJob("training-shortfall", null, "year", year).andExpect(status().isUnauthorized());
        postJob("training-shortfall", hzAdmin(), "year", year).andExpect(status().isForbidden());
        postJob("training-shortfall", hzSupervisor(), "year", today.getYear()).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("TRAINING_YEAR_INVALID"))
                .andExpect(jsonPath("$.errors[0].field").value("year"));
        postJob("training-shortfall", hzSupervisor(), "year", 1999).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("TRAINING_YEAR_INVALID"));
        postJob("training-shortfall", hzSupervisor(), "year", "last").andExpect(status().isBadRequest());

        String key = shortOfHours + ":" + year;
        try (KafkaProbe probe = new KafkaProbe(bootstrap, Topics.PERSONNEL_OFFICERS)) {
            postJob("training-shortfall", dhSupervisor(), "year", year).andExpect(status().isOk())
                    .andExpect(jsonPath("$.officerIds").value(not(hasItem(shortOfHours))));
            postJob("training-shortfall", hzSupervisor(), "year", year).andExpect(status().isOk())
                    .andExpect(jsonPath("$.job").value("training-shortfall"))
                    .andExpect(jsonPath("$.year").value(year))
                    .andExpect(jsonPath("$.requiredHours").value(60))
                    .andExpect(jsonPath("$.officerIds").value(hasItem(shortOfHours)))
                    .andExpect(jsonPath("$.officerIds").value(not(hasItem(enough))))
                    .andExpect(jsonPath("$.officerIds").value(not(hasItem(newlyCertified))));
            // the hours now reach the requirement: nothing is withdrawn, nothing new is announced
            train(shortOfHours, year, 2);
            postJob("training-shortfall", hzSupervisor(), "year", year).andExpect(status().isOk())
                    .andExpect(jsonPath("$.officerIds").value(not(hasItem(shortOfHours))));
            postJob("training-shortfall", hzSupervisor(), null, null).andExpect(status().isOk())
                    .andExpect(jsonPath("$.year").value(year))
                    .andExpect(jsonPath("$.officerIds").value(not(hasItem(shortOfHours))));

            var events = events(probe, key, 1, SHORTFALL_EVENTS);
            assertThat(typesOf(events)).containsExactly("training.shortfall-detected");
            JsonNode e = events.get(0).getValue();
            assertThat(e.get("officerId").asString()).isEqualTo(shortOfHours);
            assertThat(e.get("agencyCode").asString()).isEqualTo(HZ_MARKET);
            assertThat(e.get("regionCode").asString()).isEqualTo("320706");
            assertThat(e.get("year").asInt()).isEqualTo(year);
            assertThat(e.get("recordedHours").decimalValue()).isEqualByComparingTo("58.5");
            assertThat(e.get("requiredHours").asInt()).isEqualTo(60);
            assertThat(e.get("detectedAt").asString()).isNotBlank();
            assertThat(e.get("source").asString()).isEqualTo("JOB");
            assertThat(e.get("actor").asString()).isEqualTo("hz-supervisor");
            assertThat(drained(probe, key, SHORTFALL_EVENTS)).hasSize(1);
            assertThat(drained(probe, enough + ":" + year, SHORTFALL_EVENTS)).isEmpty();
        }
    }

    @Test
    void aComputedAnnualReviewFailingForTrainingAnnouncesTheShortfallOnce() throws Exception {
        int year = today.getYear() - 1;
        String officerId = registerOfficer();
        String certificate = activeCertificate(officerId, today.minusYears(2));
        train(officerId, year, 40);
        String key = officerId + ":" + year;
        try (KafkaProbe probe = new KafkaProbe(bootstrap, Topics.PERSONNEL_OFFICERS)) {
            postJson(BASE + "/certificates/{id}/annual-reviews", hzSupervisor(), json.createObjectNode()
                    .put("year", year), certificate).andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("SUSPENDED"))
                    .andExpect(jsonPath("$.reviews[0].failReasons").value(hasItem("TRAINING_SHORTFALL")));
            var events = events(probe, key, 1, SHORTFALL_EVENTS);
            assertThat(events.get(0).getValue().get("source").asString()).isEqualTo("ANNUAL_REVIEW");
            assertThat(events.get(0).getValue().get("recordedHours").decimalValue()).isEqualByComparingTo("40");
            postJob("training-shortfall", hzSupervisor(), "year", year).andExpect(status().isOk())
                    .andExpect(jsonPath("$.officerIds").value(not(hasItem(officerId))));
            assertThat(drained(probe, key, SHORTFALL_EVENTS)).hasSize(1);
        }
    }
}
