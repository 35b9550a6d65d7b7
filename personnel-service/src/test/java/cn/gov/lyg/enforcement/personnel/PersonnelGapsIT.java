package cn.gov.lyg.enforcement.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.events.Topics;
import cn.gov.lyg.enforcement.events.personnel.AgencyChanged;
import cn.gov.lyg.enforcement.events.personnel.AgencyClosed;
import cn.gov.lyg.enforcement.events.personnel.AgencyRegistered;
import cn.gov.lyg.enforcement.events.personnel.TrainingShortfallDetected;
import cn.gov.lyg.enforcement.personnel.agency.ReferenceAgencySeeder;
import cn.gov.lyg.enforcement.platform.test.KafkaProbe;
import cn.gov.lyg.enforcement.platform.test.ServiceTest;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The four gaps of the personnel issue, end to end inside the service (same wiring as {@link PersonnelApiIT}): the end
 * of dated suspensions, TrainingShortfallDetected, agency events on personnel.agencies.v1 and the staffing check of
 * judicial offices 司法所. Every test creates its own records.
 */
@ServiceTest
class PersonnelGapsIT extends PersonnelApiTestSupport {

    @Autowired
    ReferenceAgencySeeder seeder;

    ResultActions postJob(String path, String token, String param, Object value) throws Exception {
        var request = post(BASE + "/jobs/" + path);
        if (param != null) {
            request.param(param, String.valueOf(value));
        }
        if (token != null) {
            request.header("Authorization", token);
        }
        return mvc.perform(request);
    }

    void suspend(String certificateId, LocalDate until) throws Exception {
        ObjectNode body = json.createObjectNode().put("reason", "UNDER_INVESTIGATION");
        if (until != null) {
            body.put("until", until.toString());
        }
        JsonNode suspended = body(postJson(BASE + "/certificates/{id}/suspend", hzSupervisor(), body, certificateId)
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUSPENDED")));
        JsonNode suspendedUntil = suspended.get("suspendedUntil");
        assertThat(suspendedUntil == null || suspendedUntil.isNull() ? null : suspendedUntil.asString())
                .isEqualTo(until == null ? null : until.toString());
    }

    String certificateStatus(String id) throws Exception {
        return body(mvc.perform(get(BASE + "/certificates/{id}", id).header("Authorization", hzAdmin()))
                .andExpect(status().isOk())).get("status").asString();
    }

    void train(String officerId, int year, double hours) throws Exception {
        ObjectNode training = json.createObjectNode().put("officerId", officerId).put("completedOn", year + "-06-01")
                .put("category", "PUBLIC_LAW").put("classHours", hours);
        postJson(BASE + "/training-records", hzAdmin(), training).andExpect(status().isCreated());
    }

    static final Map<String, Class<? extends DomainEvent>> SHORTFALL_EVENTS = Map.of(
            "cn.gov.lyg.enforcement.personnel.training.shortfall-detected.v1", TrainingShortfallDetected.class);

    static final Map<String, Class<? extends DomainEvent>> AGENCY_EVENTS = Map.of(
            "cn.gov.lyg.enforcement.personnel.agency.registered.v1", AgencyRegistered.class,
            "cn.gov.lyg.enforcement.personnel.agency.changed.v1", AgencyChanged.class,
            "cn.gov.lyg.enforcement.personnel.agency.closed.v1", AgencyClosed.class);

    // ---------------------------------------------------------------- 3. the end of a dated suspension

    @Test
    void theSuspensionEndJobReinstatesEndedSuspensionsOnceAndLeavesTheOthers() throws Exception {
        LocalDate until = today.plusDays(5);
        String dated = activeCertificate(registerOfficer(), today.minusYears(1));
        String open = activeCertificate(registerOfficer(), today.minusYears(1));
        LocalDate shortFrom = today.minusYears(5).plusDays(10);
        LocalDate shortValidTo = shortFrom.plusYears(5).minusDays(1);
        String ending = activeCertificate(registerOfficer(), shortFrom);
        suspend(dated, until);
        suspend(open, null);
        suspend(ending, today.plusDays(8));
        postJson(BASE + "/certificates/{id}/suspend", hzSupervisor(), json.createObjectNode().put("reason", "X")
                .put("until", today.toString()), registerAndCertify())
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("SUSPENSION_END_IN_PAST"));

        postJob("suspension-end", null, "asOf", until.plusDays(1)).andExpect(status().isUnauthorized());
        postJob("suspension-end", hzAdmin(), "asOf", until.plusDays(1)).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("ACCESS_DENIED"));
        postJob("suspension-end", hzSupervisor(), "asOf", "2025-13-01").andExpect(status().isBadRequest());

        try (KafkaProbe probe = new KafkaProbe(bootstrap, Topics.PERSONNEL_CERTIFICATES)) {
            postJob("suspension-end", hzSupervisor(), "asOf", until).andExpect(status().isOk())
                    .andExpect(jsonPath("$.job").value("suspension-end"))
                    .andExpect(jsonPath("$.certificateIds").value(not(hasItem(dated))));
            assertThat(certificateStatus(dated)).isEqualTo("SUSPENDED");
            // another county's supervisor does not reach 海州区 certificates
            postJob("suspension-end", dhSupervisor(), "asOf", until.plusDays(1)).andExpect(status().isOk())
                    .andExpect(jsonPath("$.certificateIds").value(not(hasItem(dated))));
            assertThat(certificateStatus(dated)).isEqualTo("SUSPENDED");

            LocalDate asOf = shortValidTo.plusDays(1);
            assertThat(asOf).isAfter(until);
            postJob("suspension-end", hzSupervisor(), "asOf", asOf).andExpect(status().isOk())
                    .andExpect(jsonPath("$.certificateIds").value(hasItem(dated)))
                    .andExpect(jsonPath("$.certificateIds").value(not(hasItem(open))))
                    .andExpect(jsonPath("$.certificateIds").value(not(hasItem(ending))));
            postJob("suspension-end", hzSupervisor(), "asOf", asOf).andExpect(status().isOk())
                    .andExpect(jsonPath("$.certificateIds").value(not(hasItem(dated))));
            mvc.perform(get(BASE + "/certificates/{id}", dated).header("Authorization", hzAdmin()))
                    .andExpect(jsonPath("$.status").value("ACTIVE"))
                    .andExpect(jsonPath("$.suspendedUntil").doesNotExist())
                    .andExpect(jsonPath("$.statusReason").value("SUSPENSION_ENDED"));
            assertThat(certificateStatus(open)).as("no end date: only a decision ends it").isEqualTo("SUSPENDED");
            assertThat(certificateStatus(ending)).as("validity ended: not reinstated").isEqualTo("SUSPENDED");
            postJob("certificate-expiry", hzSupervisor(), "asOf", asOf).andExpect(status().isOk())
                    .andExpect(jsonPath("$.certificateIds").value(hasItem(ending)));
            assertThat(certificateStatus(ending)).isEqualTo("EXPIRED");

            var events = events(probe, dated, 3, CERTIFICATE_EVENTS);
            assertThat(typesOf(events)).containsExactly("certificate.issued", "certificate.suspended",
                    "certificate.reinstated");
            JsonNode reinstated = events.get(2).getValue();
            assertThat(reinstated.get("actor").asString()).isEqualTo("system");
            assertThat(reinstated.get("reason").asString()).isEqualTo("SUSPENSION_ENDED");
            assertThat(reinstated.get("effectiveAt").asString()).startsWith(until.plusDays(1).toString());
            assertThat(reinstated.get("certificate").get("status").asString()).isEqualTo("ACTIVE");
            assertThat(typesOf(drained(probe, dated, CERTIFICATE_EVENTS))).hasSize(3);
            assertThat(typesOf(drained(probe, ending, CERTIFICATE_EVENTS))).containsExactly("certificate.issued",
                    "certificate.suspended", "certificate.expired");
        }
    }

    String registerAndCertify() throws Exception {
        return activeCertificate(registerOfficer(), today.minusYears(1));
    }

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

    // ---------------------------------------------------------------- 4. agency events

    /** A county agency whose parent is the city market regulator ({@code CITY_MARKET}). */
    ObjectNode childAgencyBody(String region) {
        return agencyBody(region).put("parentAgencyCode", CITY_MARKET);
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

    // ---------------------------------------------------------------- 1. judicial offices 司法所

    ObjectNode judicialOfficeBody(String parent) {
        ObjectNode body = json.createObjectNode();
        body.put("name", "海州区测试司法所" + TestIds.next());
        body.put("uscc", TestIds.uscc("320706"));
        body.put("agencyKind", "JUSTICE_BUREAU");
        body.put("adminLevel", "TOWNSHIP");
        body.put("regionCode", "320706");
        body.put("townshipCode", "320706" + String.format("%03d", TestIds.next() % 1000));
        if (parent != null) {
            body.put("parentAgencyCode", parent);
        }
        return body;
    }

    String registerJudicialOffice() throws Exception {
        return body(postJson(BASE + "/agencies", hzSupervisor(), judicialOfficeBody(HZ_JUSTICE))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.judicialOffice").value(true))
                .andExpect(jsonPath("$.supervisingJusticeBureauCode").value(HZ_JUSTICE)))
                .get("uscc").asString();
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
