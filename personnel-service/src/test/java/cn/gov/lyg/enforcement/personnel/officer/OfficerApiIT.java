package cn.gov.lyg.enforcement.personnel.officer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.lyg.enforcement.events.Topics;
import cn.gov.lyg.enforcement.events.personnel.OfficerLeftService;
import cn.gov.lyg.enforcement.events.personnel.OfficerProfileChanged;
import cn.gov.lyg.enforcement.events.personnel.OfficerTransferred;
import cn.gov.lyg.enforcement.personnel.PersonnelApiTestSupport;
import cn.gov.lyg.enforcement.personnel.TestIds;
import cn.gov.lyg.enforcement.personnel.officer.Officer;
import cn.gov.lyg.enforcement.platform.audit.AuditEntry;
import cn.gov.lyg.enforcement.platform.security.Role;
import cn.gov.lyg.enforcement.platform.test.KafkaProbe;
import cn.gov.lyg.enforcement.platform.test.ServiceTest;
import cn.gov.lyg.enforcement.platform.test.TestTokens;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The officer register through the API: masked ID numbers and audited full reads, data scope, input problems, transfers and leaving the service (with the certificate withdrawal that follows), versions. End to end inside the service ({@link PersonnelApiTestSupport}: MongoDB-wire server, embedded Kafka,
 * tokens); every test creates its own records.
 */
@ServiceTest
class OfficerApiIT extends PersonnelApiTestSupport {

    // ---------------------------------------------------------------- officers

    @Test
    void officersAreMaskedEverywhereAndTheFullIdReadIsAudited() throws Exception {
        ObjectNode body = officerBody().put("username", "hz-officer-" + TestIds.next());
        String idCard = body.get("idCardNo").asString();
        String id = body(postJson(BASE + "/officers", hzAdmin(), body).andExpect(status().isCreated())
                .andExpect(jsonPath("$.idCardNo").value(idCard.substring(0, 6) + "********" + idCard.substring(14)))
                .andExpect(jsonPath("$.mobile").value("139****5678"))
                .andExpect(jsonPath("$.gender").value("MALE"))).get("id").asString();

        // nothing in the stored document reveals the number
        String stored = mongo.findById(id, org.bson.Document.class, Officer.COLLECTION).toJson();
        assertThat(stored).doesNotContain(idCard).doesNotContain(idCard.substring(6, 14));

        // the ID number goes in a body, never in a URL; the old query parameter points at the new endpoint
        mvc.perform(get(BASE + "/officers").param("idCardNo", idCard).header("Authorization", hzAdmin()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("ID_NUMBER_IN_URL"))
                .andExpect(jsonPath("$.errors[0].field").value("idCardNo"))
                .andExpect(jsonPath("$.use").value("POST /api/personnel/v1/officers/id-card-lookup"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.not(containsString(idCard))));
        postJson(BASE + "/officers/id-card-lookup", hzAdmin(), json.createObjectNode().put("idCardNo", idCard))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].id").value(id))
                .andExpect(jsonPath("$.content[0].idCardNo").value(containsString("********")));
        // outside the caller's scope the number finds nothing
        postJson(BASE + "/officers/id-card-lookup", dhAdmin(), json.createObjectNode().put("idCardNo", idCard))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(0));
        postJson(BASE + "/officers/id-card-lookup", hzAdmin(), json.createObjectNode())
                .andExpect(status().isBadRequest());
        postJson(BASE + "/officers/id-card-lookup", null, json.createObjectNode().put("idCardNo", idCard))
                .andExpect(status().isUnauthorized());
        mvc.perform(get(BASE + "/officers/{id}", id).header("Authorization", hzSupervisor()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.idCardNo").value(containsString("********")));
        mvc.perform(get(BASE + "/officers/{id}/identity", id).header("Authorization", hzAdmin())
                        .param("purpose", "证件制作"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.idCardNo").value(idCard));
        // a purpose is required (and checked after the authorization: others still get 403)
        for (String purpose : new String[] {null, "", "  ", "x", "长".repeat(201)}) {
            var request = get(BASE + "/officers/{id}/identity", id).header("Authorization", hzAdmin());
            if (purpose != null) {
                request.param("purpose", purpose);
            }
            mvc.perform(request).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("PURPOSE_REQUIRED"))
                    .andExpect(jsonPath("$.idCardNo").doesNotExist());
        }
        // the policy: the agency-admin role only, for everyone else 403 before the record is looked at, even where
        // they read the (masked) officer: the supervisor, the agency's leader, the officer himself, province, systems
        for (String refused : new String[] {hzSupervisor(), citySupervisor(),
                TestTokens.user("hz-leader").roles(Role.AGENCY_LEADER).agency(HZ_MARKET).region("320706").bearer(),
                body.get("username").asString().transform(PersonnelApiTestSupport::officer),
                TestTokens.user("province").roles(Role.PROVINCE_READONLY).region("320000").bearer(),
                TestTokens.system("inspection").region("320700").bearer()}) {
            mvc.perform(get(BASE + "/officers/{id}/identity", id).header("Authorization", refused)
                            .param("purpose", "证件制作"))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.code").value("ACCESS_DENIED"))
                    .andExpect(jsonPath("$.idCardNo").doesNotExist());
        }
        mvc.perform(get(BASE + "/officers/{id}/identity", id).param("purpose", "证件制作"))
                .andExpect(status().isUnauthorized());
        // data scope: another agency's admin does not find the officer
        mvc.perform(get(BASE + "/officers/{id}/identity", id).header("Authorization", dhAdmin())
                        .param("purpose", "证件制作"))
                .andExpect(status().isNotFound());
        // the service's own check stays: an admin who reads the officer only as a supervisor of the region
        mvc.perform(get(BASE + "/officers/{id}/identity", id).header("Authorization", TestTokens.user("hz-bureau-admin")
                        .roles(Role.AGENCY_ADMIN, Role.SUPERVISOR_COUNTY).agency(HZ_JUSTICE).region("320706").bearer())
                        .param("purpose", "证件制作"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("FULL_ID_READ_DENIED"));
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(mongo.find(new Query(Criteria.where("aggregateId").is(id)), AuditEntry.class))
                        .filteredOn(e -> e.action().equals("OFFICER_ID_CARD_READ")).singleElement()
                        .satisfies(e -> {
                            assertThat(e.actor()).isEqualTo("hz-agency-admin");
                            assertThat(e.details()).containsEntry("purpose", "证件制作");
                            assertThat(e.details().toString()).doesNotContain(idCard);
                        }));
    }

    @Test
    void officersReadThemselvesAndOtherAgenciesSee404() throws Exception {
        String username = "hz-officer-" + TestIds.next();
        String id = registerOfficer(username);
        String other = registerOfficer("hz-officer-" + TestIds.next());
        mvc.perform(get(BASE + "/officers/{id}", id).header("Authorization", officer(username)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.username").value(username));
        mvc.perform(get(BASE + "/officers/{id}", other).header("Authorization", officer(username)))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("NOT_FOUND"));
        mvc.perform(get(BASE + "/officers").header("Authorization", officer(username)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(1));
        mvc.perform(get(BASE + "/officers/{id}", id).header("Authorization", dhAdmin()))
                .andExpect(status().isNotFound());
        mvc.perform(get(BASE + "/officers/{id}", id).header("Authorization", dhSupervisor()))
                .andExpect(status().isNotFound());
        mvc.perform(get(BASE + "/officers/{id}", id).header("Authorization", citySupervisor()))
                .andExpect(status().isOk());
        mvc.perform(get(BASE + "/officers").param("agencyCode", HZ_MARKET).header("Authorization", dhAdmin()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get(BASE + "/officers/{id}", id)).andExpect(status().isUnauthorized());
        // writes: only the own agency's admin
        postJson(BASE + "/officers", dhAdmin(), officerBody()).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("AGENCY_NOT_OWN"));
        postJson(BASE + "/officers", officer(username), officerBody()).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("ACCESS_DENIED"));
        ObjectNode leave = json.createObjectNode().put("employmentStatus", "RETIRED");
        postJson(BASE + "/officers/{id}/leave", dhAdmin(), leave, id).andExpect(status().isNotFound());
    }

    /** Who may register officers is decided before the body is validated: 403 for a supervisor, also on an empty body. */
    @Test
    void callersWithoutTheRoleAreDeniedBeforeTheBodyIsValidated() throws Exception {
        postJson(BASE + "/officers", hzSupervisor(), json.createObjectNode()).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("ACCESS_DENIED")).andExpect(jsonPath("$.errors").isEmpty());
        postJson(BASE + "/officers", officer("someone"), officerBody().put("idCardNo", "not an id"))
                .andExpect(status().isForbidden());
        postJson(BASE + "/officers", hzAdmin(), json.createObjectNode()).andExpect(status().isBadRequest());
    }

    @Test
    void badOfficerInputAnswersProblemsAndWritesNothing() throws Exception {
        long before = mongo.count(new Query(), Officer.class);
        ObjectNode checksum = officerBody();
        String valid = checksum.get("idCardNo").asString();
        checksum.put("idCardNo", valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0'));
        postJson(BASE + "/officers", hzAdmin(), checksum).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].code").value("ID_CARD_CHECKSUM"));
        ObjectNode impossibleDate = officerBody();
        impossibleDate.put("idCardNo", TestIds.citizenId("320706", "19850230", true));
        postJson(BASE + "/officers", hzAdmin(), impossibleDate).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("ID_CARD_BIRTH_DATE"));
        ObjectNode contract = officerBody();
        contract.put("staffType", "CONTRACT_WORKER");
        postJson(BASE + "/officers", hzAdmin(), contract).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("STAFF_TYPE_NOT_ELIGIBLE"));
        ObjectNode child = officerBody();
        child.put("idCardNo", TestIds.citizenId("320706", today.minusYears(17).toString().replace("-", ""), true));
        postJson(BASE + "/officers", hzAdmin(), child).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("OFFICER_UNDER_AGE"));
        ObjectNode reviewer = officerBody();
        reviewer.put("legalReviewer", true);
        postJson(BASE + "/officers", hzAdmin(), reviewer).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("LEGAL_REVIEWER_REQUIRES_QUALIFICATION"));
        ObjectNode unknownType = officerBody();
        unknownType.put("staffType", "VOLUNTEER");
        postJson(BASE + "/officers", hzAdmin(), unknownType).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_FIELD_VALUE"));
        assertThat(mongo.count(new Query(), Officer.class)).isEqualTo(before);

        ObjectNode ok = officerBody();
        postJson(BASE + "/officers", hzAdmin(), ok).andExpect(status().isCreated());
        postJson(BASE + "/officers", hzAdmin(), ok).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("OFFICER_ID_CARD_DUPLICATE"));
    }

    @Test
    void transferWithdrawsTheCertificateAndTheNewAgencyIsNotCovered() throws Exception {
        String officerId = registerOfficer();
        String id = activeCertificate(officerId, today);
        try (KafkaProbe officers = new KafkaProbe(bootstrap, Topics.PERSONNEL_OFFICERS);
             KafkaProbe certificates = new KafkaProbe(bootstrap, Topics.PERSONNEL_CERTIFICATES)) {
            postJson(BASE + "/officers/{id}/transfer", hzAdmin(), json.createObjectNode()
                    .put("toAgencyCode", CITY_HEALTH), officerId)
                    .andExpect(status().isOk()).andExpect(jsonPath("$.agencyCode").value(CITY_HEALTH))
                    .andExpect(jsonPath("$.regionCode").value("320700"));
            mvc.perform(get(BASE + "/certificates/{id}", id).header("Authorization", citySupervisor()))
                    .andExpect(jsonPath("$.status").value("WITHDRAWN"))
                    .andExpect(jsonPath("$.statusReason").value("TRANSFERRED"));
            JsonNode answer = body(mvc.perform(get(BASE + "/officers/{id}/eligibility", officerId)
                    .param("domain", "HEALTH").header("Authorization", citySupervisor())).andExpect(status().isOk()));
            assertThat(answer.get("assignable").asBoolean()).isFalse();
            assertThat(answer.get("reasons").toString()).contains("CERTIFICATE_WITHDRAWN", "AGENCY_MISMATCH",
                    "DOMAIN_MISMATCH");
            // the old agency no longer sees the officer
            mvc.perform(get(BASE + "/officers/{id}", officerId).header("Authorization", hzAdmin()))
                    .andExpect(status().isNotFound());
            assertThat(eventTypes(officers, officerId, 1, Map.of(
                    "cn.gov.lyg.enforcement.personnel.officer.transferred.v1", OfficerTransferred.class)))
                    .containsExactly("officer.transferred");
            assertThat(eventTypes(certificates, id, 2, CERTIFICATE_EVENTS)).containsExactly("certificate.issued",
                    "certificate.withdrawn");
        }
    }

    @Test
    void leavingTheServiceIsTerminalAndEmitsTheEvent() throws Exception {
        String officerId = registerOfficer();
        activeCertificate(officerId, today);
        try (KafkaProbe officers = new KafkaProbe(bootstrap, Topics.PERSONNEL_OFFICERS)) {
            postJson(BASE + "/officers/{id}/leave", hzAdmin(), json.createObjectNode()
                    .put("employmentStatus", "RETIRED"), officerId).andExpect(status().isOk())
                    .andExpect(jsonPath("$.employmentStatus").value("RETIRED"));
            postJson(BASE + "/officers/{id}/leave", hzAdmin(), json.createObjectNode()
                    .put("employmentStatus", "RETIRED"), officerId).andExpect(status().isConflict())
                    .andExpect(jsonPath("$.code").value("INVALID_TRANSITION"));
            JsonNode answer = eligibility(officerId, "?domain=MARKET&region=320706");
            assertThat(answer.get("reasons").toString()).contains("NOT_ON_DUTY", "CERTIFICATE_WITHDRAWN");
            assertThat(eventTypes(officers, officerId, 1, Map.of(
                    "cn.gov.lyg.enforcement.personnel.officer.left-service.v1", OfficerLeftService.class)))
                    .containsExactly("officer.left-service");
        }
    }

    @Test
    void staleVersionsConflict() throws Exception {
        String officerId = registerOfficer();
        ObjectNode profile = officerBody();
        profile.remove("idCardNo");
        profile.remove("agencyCode");
        profile.put("post", "执法二科");
        mvc.perform(put(BASE + "/officers/{id}", officerId).header("Authorization", hzAdmin())
                        .header("If-Match", "\"7\"").contentType(MediaType.APPLICATION_JSON).content(profile.toString()))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("VERSION_CONFLICT"));
        mvc.perform(put(BASE + "/officers/{id}", officerId).header("Authorization", hzAdmin())
                        .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON).content(profile.toString()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.post").value("执法二科"))
                .andExpect(jsonPath("$.version").value(1));
    }

    @Test
    void registrationAndProfileUpdatesPublishTheProfileForLegalReview() throws Exception {
        try (KafkaProbe officers = new KafkaProbe(bootstrap, Topics.PERSONNEL_OFFICERS)) {
            String officerId = registerOfficer();
            ObjectNode profile = officerBody();
            profile.remove("idCardNo");
            profile.remove("agencyCode");
            profile.put("legalReviewer", true).put("legalProfessionQualified", true);
            mvc.perform(put(BASE + "/officers/{id}", officerId).header("Authorization", hzAdmin())
                            .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                            .content(profile.toString()))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.legalReviewer").value(true));
            var events = events(officers, officerId, 2, Map.of(PROFILE_CHANGED, OfficerProfileChanged.class));
            assertThat(typesOf(events)).containsExactly("officer.profile-changed", "officer.profile-changed");
            JsonNode registered = events.get(0).getValue();
            JsonNode updated = events.get(1).getValue();
            assertThat(registered.get("aggregateVersion").asLong()).isZero();
            assertThat(registered.get("legalProfessionQualified").asBoolean()).isFalse();
            assertThat(registered.get("actor").asString()).isEqualTo("hz-agency-admin");
            assertThat(updated.get("aggregateVersion").asLong()).isEqualTo(1);
            assertThat(updated.get("legalProfessionQualified").asBoolean()).isTrue();
            assertThat(updated.get("legalReviewer").asBoolean()).isTrue();
            assertThat(updated.get("legalReviewerSince").asString()).isEqualTo(today.toString());
            assertThat(updated.get("agencyCode").asString()).isEqualTo(HZ_MARKET);
        }
    }
}
