package cn.gov.lyg.enforcement.personnel.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.lyg.enforcement.personnel.PersonnelApiTestSupport;
import cn.gov.lyg.enforcement.platform.test.ServiceTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Staffing reports through the API: certificate holders and legal reviewers per agency, judicial offices per region. End to end inside the service ({@link PersonnelApiTestSupport}: MongoDB-wire server, embedded Kafka,
 * tokens); every test creates its own records.
 */
@ServiceTest
class ReportApiIT extends PersonnelApiTestSupport {

    // ---------------------------------------------------------------- reports and accountability outcomes

    @Test
    void staffingReportsCountHoldersAndLegalReviewers() throws Exception {
        String holder = registerOfficer();
        activeCertificate(holder, today);
        ObjectNode reviewer = officerBody().put("legalReviewer", true).put("legalProfessionQualified", true);
        postJson(BASE + "/officers", hzAdmin(), reviewer).andExpect(status().isCreated())
                .andExpect(jsonPath("$.legalReviewer").value(true));
        JsonNode own = body(mvc.perform(get(BASE + "/reports/staffing").header("Authorization", hzAdmin()))
                .andExpect(status().isOk()));
        assertThat(own.size()).isEqualTo(1);
        assertThat(own.get(0).get("agencyCode").asString()).isEqualTo(HZ_MARKET);
        assertThat(own.get(0).get("certificateHolders").asLong()).isPositive();
        assertThat(own.get(0).get("legalReviewers").asLong()).isPositive();
        mvc.perform(get(BASE + "/reports/staffing").param("region", "320700").header("Authorization", citySupervisor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.agencyCode == '" + DH_MARKET + "')]").exists());
        mvc.perform(get(BASE + "/reports/staffing").param("region", "320722").header("Authorization", hzSupervisor()))
                .andExpect(status().isNotFound());
        mvc.perform(get(BASE + "/reports/supervision-staffing").header("Authorization", citySupervisor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.agencyCode == '11320706300200012H')].met").value(
                        org.hamcrest.Matchers.hasItem(false)));
        mvc.perform(get(BASE + "/reports/supervision-staffing").header("Authorization", hzAdmin()))
                .andExpect(status().isForbidden());
        mvc.perform(get(BASE + "/reports/staffing")).andExpect(status().isUnauthorized());
    }

    @Test
    void theStaffingCheckCountsJudicialOfficesPerRegion() throws Exception {
        String office = registerJudicialOffice();
        String path = "$.regions[?(@.regionCode == '320706')].judicialOffices[?(@.agencyCode == '" + office + "')]";
        mvc.perform(get(BASE + "/reports/supervision-staffing/regions").param("region", "320706")
                        .header("Authorization", hzSupervisor())).andExpect(status().isOk())
                .andExpect(jsonPath("$.regionCode").value("320706"))
                .andExpect(jsonPath(path + ".staff").value(hasItem(0)))
                .andExpect(jsonPath(path + ".met").value(hasItem(false)))
                .andExpect(jsonPath("$.regions[?(@.regionCode == '320706')].bureaus[?(@.agencyCode == '"
                        + HZ_JUSTICE + "')].met").value(hasItem(false)))
                .andExpect(jsonPath("$.regions[?(@.regionCode == '320706')].totals.met").value(hasItem(false)))
                .andExpect(jsonPath("$.totals.met").value(false));

        ObjectNode notALawyer = officerBody(office).put("post", "司法所科员");
        postJson(BASE + "/officers", adminOf(office), notALawyer).andExpect(status().isCreated())
                .andExpect(jsonPath("$.legalBackground").value(false));
        ObjectNode highSchool = officerBody(office).put("legalBackground", true).put("education", "HIGH_SCHOOL");
        postJson(BASE + "/officers", adminOf(office), highSchool).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("LEGAL_BACKGROUND_REQUIRES_DEGREE"))
                .andExpect(jsonPath("$.errors[0].field").value("legalBackground"));
        mvc.perform(get(BASE + "/reports/supervision-staffing/regions").param("region", "320706")
                        .header("Authorization", hzSupervisor())).andExpect(status().isOk())
                .andExpect(jsonPath(path + ".staff").value(hasItem(1)))
                .andExpect(jsonPath(path + ".met").value(hasItem(false)));

        ObjectNode lawGraduate = officerBody(office).put("legalBackground", true);
        String lawyerId = body(postJson(BASE + "/officers", adminOf(office), lawGraduate)
                .andExpect(status().isCreated()).andExpect(jsonPath("$.legalBackground").value(true)))
                .get("id").asString();
        mvc.perform(get(BASE + "/officers/{id}", lawyerId).header("Authorization", adminOf(office)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.legalBackground").value(true));
        mvc.perform(get(BASE + "/reports/supervision-staffing/regions").header("Authorization", citySupervisor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.regionCode").value("320700"))
                .andExpect(jsonPath(path + ".staff").value(hasItem(2)))
                .andExpect(jsonPath(path + ".legalBackgroundStaff").value(hasItem(1)))
                .andExpect(jsonPath(path + ".legallyTrainedStaff").value(hasItem(1)))
                .andExpect(jsonPath(path + ".parentAgencyCode").value(hasItem(HZ_JUSTICE)))
                .andExpect(jsonPath(path + ".met").value(hasItem(true)))
                .andExpect(jsonPath("$.regions[?(@.regionCode == '320707')].bureaus[0].agencyCode")
                        .value(hasItem("11320707300300013M")))
                .andExpect(jsonPath("$.totals.bureaus").value(org.hamcrest.Matchers.greaterThanOrEqualTo(2)))
                .andExpect(jsonPath("$.totals.judicialOffices").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)));

        // the existing per-bureau list stays as it was
        mvc.perform(get(BASE + "/reports/supervision-staffing").header("Authorization", citySupervisor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.agencyCode == '" + office + "')]").isEmpty());
        mvc.perform(get(BASE + "/reports/supervision-staffing/regions").param("region", "320722")
                .header("Authorization", hzSupervisor())).andExpect(status().isNotFound());
        mvc.perform(get(BASE + "/reports/supervision-staffing/regions").header("Authorization", hzAdmin()))
                .andExpect(status().isForbidden());
        mvc.perform(get(BASE + "/reports/supervision-staffing/regions")).andExpect(status().isUnauthorized());
    }
}
