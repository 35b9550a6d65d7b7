package cn.gov.lyg.enforcement.personnel.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.lyg.enforcement.events.Topics;
import cn.gov.lyg.enforcement.personnel.PersonnelApiTestSupport;
import cn.gov.lyg.enforcement.platform.test.KafkaProbe;
import cn.gov.lyg.enforcement.platform.test.ServiceTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The agency register 行政执法主体 through the API: reference agencies, registration by supervisors with validated codes, agency events, judicial offices 司法所. End to end inside the service ({@link PersonnelApiTestSupport}: MongoDB-wire server, embedded Kafka,
 * tokens); every test creates its own records.
 */
@ServiceTest
class AgencyApiIT extends PersonnelApiTestSupport {

    // ---------------------------------------------------------------- agencies

    @Test
    void referenceAgenciesAreSeededAndReadable() throws Exception {
        mvc.perform(get(BASE + "/agencies").param("region", "320700").param("size", "200")
                        .header("Authorization", officer("hz-officer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(org.hamcrest.Matchers.greaterThanOrEqualTo(22)));
        mvc.perform(get(BASE + "/agencies/{code}", HZ_MARKET).header("Authorization", officer("hz-officer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("海州区市场监督管理局"))
                .andExpect(jsonPath("$.supervisingJusticeBureauCode").value("11320706300200012H"))
                .andExpect(jsonPath("$.domains[0]").value("MARKET"));
        mvc.perform(get(BASE + "/agencies")).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
    }

    @Test
    void supervisorsRegisterAgenciesInTheirRegionWithValidatedCodes() throws Exception {
        ObjectNode body = agencyBody("320706");
        postJson(BASE + "/agencies", hzSupervisor(), body).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.supervisingJusticeBureauCode").value("11320706300200012H"));
        postJson(BASE + "/agencies", citySupervisor(), body).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("AGENCY_CODE_DUPLICATE"));

        ObjectNode badCode = agencyBody("320706");
        badCode.put("uscc", "1132070630020002XX");
        postJson(BASE + "/agencies", hzSupervisor(), badCode).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("uscc"))
                .andExpect(jsonPath("$.errors[0].code").value(org.hamcrest.Matchers.startsWith("USCC_")));
        for (var regionAndCode : Map.of("320705", "REGION_OBSOLETE", "320799", "REGION_UNKNOWN",
                "320506", "REGION_OUT_OF_SCOPE").entrySet()) {
            ObjectNode bad = agencyBody("320706");
            bad.put("regionCode", regionAndCode.getKey());
            postJson(BASE + "/agencies", citySupervisor(), bad).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value(regionAndCode.getValue()));
        }
        ObjectNode entrusted = agencyBody("320706");
        entrusted.put("agencyKind", "ENTRUSTED_ORG");
        postJson(BASE + "/agencies", hzSupervisor(), entrusted).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("ENTRUSTING_AGENCY_REQUIRED"))
                .andExpect(jsonPath("$.detail").value(containsString("委托机关")));

        postJson(BASE + "/agencies", hzSupervisor(), agencyBody("320722")).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("REGION_NOT_SUPERVISED"));
        postJson(BASE + "/agencies", hzAdmin(), agencyBody("320706")).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("ACCESS_DENIED"));
        postJson(BASE + "/agencies", null, agencyBody("320706")).andExpect(status().isUnauthorized());
        mvc.perform(put(BASE + "/agencies/{code}", DH_MARKET).header("Authorization", hzSupervisor())
                        .contentType(MediaType.APPLICATION_JSON).content(agencyBody("320722").toString()))
                .andExpect(status().isNotFound());
    }

    @Test
    void agenciesAreAnnouncedWhenRegisteredChangedAndClosed() throws Exception {
        ObjectNode body = childAgencyBody("320706");
        JsonNode created = body(postJson(BASE + "/agencies", hzSupervisor(), body).andExpect(status().isCreated()));
        String id = created.get("id").asString();
        String code = created.get("uscc").asString();
        ObjectNode renamed = body.deepCopy().put("name", "海州区测试综合执法局");
        renamed.putArray("domains").add("MARKET").add("URBAN_MGMT");
        mvc.perform(put(BASE + "/agencies/{ref}", code).header("Authorization", hzSupervisor())
                        .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON).content(renamed.toString()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        mvc.perform(put(BASE + "/agencies/{ref}", code).header("Authorization", hzSupervisor())
                        .header("If-Match", "\"1\"").contentType(MediaType.APPLICATION_JSON).content(renamed.toString()))
                .andExpect(status().isOk());
        postJson(BASE + "/agencies/{ref}/close", hzSupervisor(), json.createObjectNode().put("status", "MERGED")
                .put("successorAgencyCode", code), code).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("SUCCESSOR_AGENCY_INVALID"));
        postJson(BASE + "/agencies/{ref}/close", hzSupervisor(), json.createObjectNode().put("status", "MERGED")
                .put("successorAgencyCode", HZ_MARKET).put("effectiveDate", today.toString()), code)
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("MERGED"));

        try (KafkaProbe probe = new KafkaProbe(bootstrap, Topics.PERSONNEL_AGENCIES)) {
            var events = events(probe, id, 3, AGENCY_EVENTS);
            assertThat(typesOf(events)).containsExactly("agency.registered", "agency.changed", "agency.closed");
            JsonNode registered = events.get(0).getValue();
            assertThat(registered.get("agencyCode").asString()).isEqualTo(code);
            assertThat(registered.get("actor").asString()).isEqualTo("hz-supervisor");
            JsonNode agency = registered.get("agency");
            assertThat(agency.get("name").asString()).isEqualTo(body.get("name").asString());
            assertThat(agency.get("agencyKind").asString()).isEqualTo("ADMIN_ORGAN");
            assertThat(agency.get("adminLevel").asString()).isEqualTo("COUNTY");
            assertThat(agency.get("regionCode").asString()).isEqualTo("320706");
            assertThat(agency.get("parentAgencyCode").asString()).isEqualTo("1132070030010002XW");
            assertThat(agency.get("supervisingJusticeBureauCode").asString()).isEqualTo(HZ_JUSTICE);
            assertThat(agency.get("status").asString()).isEqualTo("ACTIVE");
            JsonNode changed = events.get(1).getValue();
            assertThat(changed.get("aggregateVersion").asInt()).isEqualTo(1);
            assertThat(changed.get("changedFields").toString()).contains("name", "domains");
            assertThat(changed.get("agency").get("domains").size()).isEqualTo(2);
            JsonNode closed = events.get(2).getValue();
            assertThat(closed.get("status").asString()).isEqualTo("MERGED");
            assertThat(closed.get("successorAgencyCode").asString()).isEqualTo(HZ_MARKET);
            assertThat(closed.get("effectiveDate").asString()).isEqualTo(today.toString());
            assertThat(closed.get("agency").get("status").asString()).isEqualTo("MERGED");
            assertThat(drained(probe, id, AGENCY_EVENTS)).as("the no-change update announced nothing").hasSize(3);
        }
    }

    @Test
    void referenceAgenciesAreAnnouncedOnceAlsoWhenSeededAgain() throws Exception {
        String hzMarketId = body(mvc.perform(get(BASE + "/agencies/{code}", HZ_MARKET)
                .header("Authorization", hzAdmin())).andExpect(status().isOk())).get("id").asString();
        seeder.afterSingletonsInstantiated();
        try (KafkaProbe probe = new KafkaProbe(bootstrap, Topics.PERSONNEL_AGENCIES)) {
            var events = events(probe, hzMarketId, 1, AGENCY_EVENTS);
            assertThat(typesOf(events)).first().isEqualTo("agency.registered");
            assertThat(events.get(0).getValue().get("actor").asString()).isEqualTo("system");
            assertThat(events.get(0).getValue().get("agency").get("name").asString()).isEqualTo("海州区市场监督管理局");
            assertThat(typesOf(drained(probe, hzMarketId, AGENCY_EVENTS)).stream()
                    .filter("agency.registered"::equals)).hasSize(1);
            assertThat(probe.seen().stream().filter(r -> r.key() != null).map(r -> r.key()).distinct().count())
                    .as("every reference agency announced").isGreaterThanOrEqualTo(22);
        }
        mvc.perform(get(BASE + "/agencies").param("region", "320700").param("size", "200")
                .header("Authorization", hzAdmin())).andExpect(status().isOk());
    }

    @Test
    void judicialOfficesAreTownshipJusticeAgenciesUnderTheirCountyBureau() throws Exception {
        postJson(BASE + "/agencies", hzSupervisor(), judicialOfficeBody(null)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("JUDICIAL_OFFICE_PARENT_REQUIRED"));
        postJson(BASE + "/agencies", hzSupervisor(), judicialOfficeBody("113207003001000115"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("JUDICIAL_OFFICE_PARENT_INVALID"));
        String office = registerJudicialOffice();
        mvc.perform(get(BASE + "/agencies/{code}", office).header("Authorization", hzAdmin()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.adminLevel").value("TOWNSHIP"))
                .andExpect(jsonPath("$.judicialOffice").value(true));
        // a judicial office supervises nobody: a new county agency still defaults to the county bureau
        postJson(BASE + "/agencies", hzSupervisor(), childAgencyBody("320706")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.supervisingJusticeBureauCode").value(HZ_JUSTICE));
        ObjectNode underOffice = childAgencyBody("320706").put("supervisingJusticeBureauCode", office);
        postJson(BASE + "/agencies", hzSupervisor(), underOffice).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("SUPERVISING_BUREAU_INVALID"));
    }
}
