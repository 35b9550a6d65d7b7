package cn.gov.lyg.enforcement.personnel;

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
import cn.gov.lyg.enforcement.events.personnel.OfficerTransferred;
import cn.gov.lyg.enforcement.personnel.certificate.Certificate;
import cn.gov.lyg.enforcement.personnel.certificate.CertificateStatus;
import cn.gov.lyg.enforcement.personnel.eligibility.EligibilityReadModel;
import cn.gov.lyg.enforcement.personnel.officer.Officer;
import cn.gov.lyg.enforcement.platform.readmodel.MongoMirrorSync;
import org.bson.Document;
import cn.gov.lyg.enforcement.platform.audit.AuditEntry;
import cn.gov.lyg.enforcement.platform.test.KafkaProbe;
import cn.gov.lyg.enforcement.platform.test.ServiceTest;
import cn.gov.lyg.enforcement.platform.test.TestTokens;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * personnel-service end to end inside one service: real MongoDB-wire server, embedded Kafka, token validation
 * against the test key endpoint. Every test creates its own officers, so the tests do not depend on each other.
 */
@ServiceTest
class PersonnelApiIT extends PersonnelApiTestSupport {

    ObjectNode reason(String text) {
        ObjectNode node = json.createObjectNode();
        node.put("reason", text);
        return node;
    }

    JsonNode eligibility(String officerId, String query) throws Exception {
        return body(mvc.perform(get(BASE + "/officers/{id}/eligibility" + query, officerId)
                .header("Authorization", hzAdmin())).andExpect(status().isOk()));
    }

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

        mvc.perform(get(BASE + "/officers").param("idCardNo", idCard).header("Authorization", hzAdmin()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].idCardNo").value(containsString("********")));
        mvc.perform(get(BASE + "/officers/{id}", id).header("Authorization", hzSupervisor()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.idCardNo").value(containsString("********")));
        mvc.perform(get(BASE + "/officers/{id}/identity", id).header("Authorization", hzAdmin())
                        .param("purpose", "证件制作"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.idCardNo").value(idCard));
        mvc.perform(get(BASE + "/officers/{id}/identity", id).header("Authorization", hzSupervisor()))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("FULL_ID_READ_DENIED"));
        mvc.perform(get(BASE + "/officers/{id}/identity", id).header("Authorization", body.get("username").asString()
                        .transform(PersonnelApiIT::officer)))
                .andExpect(status().isForbidden());
        mvc.perform(get(BASE + "/officers/{id}/identity", id).header("Authorization", dhAdmin()))
                .andExpect(status().isNotFound());
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

    // ---------------------------------------------------------------- certificates

    @Test
    void issueSuspendReinstateRevokeWithEventsOnKafka() throws Exception {
        String officerId = registerOfficer();
        try (KafkaProbe probe = new KafkaProbe(bootstrap, Topics.PERSONNEL_CERTIFICATES)) {
            String id = activeCertificate(officerId, today);
            assertThat(eligibility(officerId, "?domain=MARKET&region=320706").get("assignable").asBoolean()).isTrue();

            postJson(BASE + "/certificates/{id}/suspend", hzAdmin(), reason("UNDER_INVESTIGATION"), id)
                    .andExpect(status().isForbidden());
            postJson(BASE + "/certificates/{id}/suspend", dhSupervisor(), reason("UNDER_INVESTIGATION"), id)
                    .andExpect(status().isNotFound());
            postJson(BASE + "/certificates/{id}/suspend", hzSupervisor(), json.createObjectNode(), id)
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
            postJson(BASE + "/certificates/{id}/suspend", hzSupervisor(), reason("UNDER_INVESTIGATION"), id)
                    .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUSPENDED"))
                    .andExpect(jsonPath("$.allowedActions").value(org.hamcrest.Matchers.hasItem("reinstate")));
            JsonNode suspended = eligibility(officerId, "?domain=MARKET&region=320706");
            assertThat(suspended.get("assignable").asBoolean()).isFalse();
            assertThat(suspended.get("reasons").toString()).contains("CERTIFICATE_SUSPENDED");

            postJson(BASE + "/certificates/{id}/reinstate", hzSupervisor(), null, id).andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("ACTIVE"));
            postJson(BASE + "/certificates/{id}/revoke", citySupervisor(), reason("CRIMINAL_PENALTY"), id)
                    .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REVOKED"));
            postJson(BASE + "/certificates/{id}/reinstate", hzSupervisor(), null, id)
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.code").value("INVALID_TRANSITION"))
                    .andExpect(jsonPath("$.currentStatus").value("REVOKED"))
                    .andExpect(jsonPath("$.allowedActions.length()").value(0));
            JsonNode revoked = eligibility(officerId, "");
            assertThat(revoked.get("reasons").toString()).contains("CERTIFICATE_REVOKED");

            assertThat(eventTypes(probe, id, 4, CERTIFICATE_EVENTS)).containsExactly("certificate.issued",
                    "certificate.suspended", "certificate.reinstated", "certificate.revoked");
        }
    }

    @Test
    void oneHeldCertificatePerOfficerAndIssueRulesAreChecked() throws Exception {
        String officerId = registerOfficer();
        String id = activeCertificate(officerId, today);
        ObjectNode application = json.createObjectNode();
        application.put("officerId", officerId);
        application.putArray("enforcementDomains").add("MARKET");
        application.putArray("enforcementArea").add("320706");
        postJson(BASE + "/certificates", hzAdmin(), application).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("CERTIFICATE_ALREADY_HELD"));

        String second = registerOfficer();
        ObjectNode wrong = json.createObjectNode();
        wrong.put("officerId", second);
        wrong.putArray("enforcementDomains").add("ECOLOGY");
        wrong.putArray("enforcementArea").add("320722").add("320705");
        postJson(BASE + "/certificates", hzAdmin(), wrong).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("DOMAIN_NOT_OF_AGENCY"))
                .andExpect(jsonPath("$.errors[?(@.code == 'AREA_OUTSIDE_AGENCY_REGION')]").exists())
                .andExpect(jsonPath("$.errors[?(@.code == 'REGION_OBSOLETE')]").exists());
        wrong.put("officerId", registerOfficerOf());
        postJson(BASE + "/certificates", hzAdmin(), wrong).andExpect(status().isNotFound());

        // a duplicate number and an impossible validity are rejected at issue
        application.put("officerId", second);
        String pending = body(postJson(BASE + "/certificates", hzAdmin(), application)
                .andExpect(status().isCreated())).get("id").asString();
        postJson(BASE + "/certificates/{id}/issue", hzSupervisor(), json.createObjectNode()
                .put("certificateNo", "JSZF-1"), pending).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("INVALID_TRANSITION"))
                .andExpect(jsonPath("$.allowedActions[0]").value("approve"));
        postJson(BASE + "/certificates/{id}/approve", hzSupervisor(), null, pending).andExpect(status().isOk());
        String usedNumber = body(mvc.perform(get(BASE + "/certificates/{id}", id).header("Authorization",
                hzAdmin()))).get("certificateNo").asString();
        postJson(BASE + "/certificates/{id}/issue", hzSupervisor(), json.createObjectNode()
                .put("certificateNo", usedNumber), pending).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("CERTIFICATE_NO_DUPLICATE"));
        postJson(BASE + "/certificates/{id}/issue", hzSupervisor(), json.createObjectNode()
                .put("certificateNo", "JSZF-X-" + TestIds.next()).put("validFrom", "2025-02-30"), pending)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        postJson(BASE + "/certificates/{id}/issue", hzSupervisor(), json.createObjectNode()
                .put("certificateNo", "JSZF-X-" + TestIds.next()).put("validFrom", today.toString())
                .put("validTo", today.minusDays(1).toString()), pending)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("VALIDITY_RANGE"));
        postJson(BASE + "/certificates/{id}/issue", hzSupervisor(), json.createObjectNode()
                .put("certificateNo", "JSZF-X-" + TestIds.next()).put("validTo",
                        today.plusYears(6).toString()), pending)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("VALIDITY_TOO_LONG"));
        mvc.perform(get(BASE + "/certificates/{id}", pending).header("Authorization", hzAdmin()))
                .andExpect(jsonPath("$.status").value("APPROVED")).andExpect(jsonPath("$.certificateNo").isEmpty());
        mvc.perform(get(BASE + "/certificates/{id}", pending).header("Authorization", dhAdmin()))
                .andExpect(status().isNotFound());
    }

    String registerOfficerOf() throws Exception {
        return body(postJson(BASE + "/officers", dhAdmin(), officerBody(DH_MARKET)).andExpect(status().isCreated()))
                .get("id").asString();
    }

    @Test
    void lossReissueAndRenewalReplaceTheCertificate() throws Exception {
        String officerId = registerOfficer();
        try (KafkaProbe probe = new KafkaProbe(bootstrap, Topics.PERSONNEL_CERTIFICATES)) {
            String id = activeCertificate(officerId, today);
            postJson(BASE + "/certificates/{id}/report-lost", hzAdmin(), null, id).andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("LOST"));
            assertThat(eligibility(officerId, "").get("reasons").toString()).contains("CERTIFICATE_LOST");
            String reissued = body(postJson(BASE + "/certificates/{id}/reissue", hzSupervisor(),
                    json.createObjectNode().put("certificateNo", "JSZF-R-" + TestIds.next()), id)
                    .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("ACTIVE"))
                    .andExpect(jsonPath("$.previousCertificateId").value(id))).get("id").asString();
            mvc.perform(get(BASE + "/certificates/{id}", id).header("Authorization", hzAdmin()))
                    .andExpect(jsonPath("$.status").value("CANCELLED"))
                    .andExpect(jsonPath("$.replacedByCertificateId").value(reissued));
            String renewed = body(postJson(BASE + "/certificates/{id}/renew", hzSupervisor(),
                    json.createObjectNode().put("certificateNo", "JSZF-N-" + TestIds.next()), reissued)
                    .andExpect(status().isCreated())).get("id").asString();
            assertThat(eligibility(officerId, "?domain=MARKET").get("certificate").get("certificateId").asString())
                    .isEqualTo(renewed);
            assertThat(eventTypes(probe, id, 3, CERTIFICATE_EVENTS)).containsExactly("certificate.issued",
                    "certificate.reported-lost", "certificate.cancelled");
            assertThat(eventTypes(probe, reissued, 2, CERTIFICATE_EVENTS)).containsExactly("certificate.issued",
                    "certificate.cancelled");
            assertThat(eventTypes(probe, renewed, 1, CERTIFICATE_EVENTS)).containsExactly("certificate.renewed");
        }
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

    // ---------------------------------------------------------------- eligibility and time

    @Autowired
    EligibilityReadModel eligibilityModel;
    @Autowired
    MongoMirrorSync<Certificate, Certificate> certificateMirrorSync;

    /**
     * Eligibility reads the in-memory model: this instance's writes are in it before the write returns; a write of
     * another instance (here: straight into MongoDB, past this instance's hooks) arrives with the refresh; an officer
     * the model does not know yet is read from MongoDB.
     */
    @Test
    void eligibilityReadsTheInMemoryModelAndConvergesWithWritesOfOtherInstances() throws Exception {
        String officerId = registerOfficer();
        String id = activeCertificate(officerId, today);
        assertThat(eligibilityModel.isLoaded()).isTrue();
        assertThat(eligibilityModel.certificatesOf(officerId)).extracting(Certificate::getStatus)
                .containsExactly(CertificateStatus.ACTIVE);
        assertThat(eligibility(officerId, "?domain=MARKET&region=320706").get("assignable").asBoolean()).isTrue();

        Certificate elsewhere = mongo.findById(id, Certificate.class);
        elsewhere.revoke("CRIMINAL_PENALTY", "other-instance", java.time.Clock.systemUTC());
        Document raw = new Document();
        mongo.getConverter().write(elsewhere, raw);
        raw.put("version", elsewhere.getVersion() + 1);
        raw.put("modifiedAt", new java.util.Date());
        mongo.getCollection(Certificate.COLLECTION).replaceOne(new Document("_id", id), raw);
        certificateMirrorSync.refresh();
        JsonNode revoked = eligibility(officerId, "?domain=MARKET&region=320706");
        assertThat(revoked.get("assignable").asBoolean()).isFalse();
        assertThat(revoked.get("reasons").toString()).contains("CERTIFICATE_REVOKED");

        Officer unknown = mongo.findById(registerOfficer(), Officer.class);
        Document rawOfficer = new Document();
        mongo.getConverter().write(unknown, rawOfficer);
        String newId = java.util.UUID.randomUUID().toString();
        rawOfficer.put("_id", newId);
        rawOfficer.put("idCardHash", "raw-" + newId);
        mongo.getCollection(Officer.COLLECTION).insertOne(rawOfficer);
        assertThat(eligibilityModel.officer(newId)).isEmpty();
        JsonNode fromMongo = eligibility(newId, "");
        assertThat(fromMongo.get("reasons").toString()).contains("NO_CERTIFICATE");
    }


    @Test
    void eligibilityGivesEveryReasonForADateDomainAndRegion() throws Exception {
        String officerId = registerOfficer();
        JsonNode none = eligibility(officerId, "");
        assertThat(none.get("assignable").asBoolean()).isFalse();
        assertThat(none.get("reasons").toString()).contains("NO_CERTIFICATE");
        activeCertificate(officerId, today);
        JsonNode wrongPlace = eligibility(officerId, "?domain=ECOLOGY&region=320722");
        assertThat(wrongPlace.get("reasons").toString()).contains("DOMAIN_MISMATCH", "AREA_MISMATCH");
        JsonNode later = eligibility(officerId, "?date=" + today.plusYears(5) + "&domain=MARKET&region=320706");
        assertThat(later.get("reasons").toString()).contains("CERTIFICATE_EXPIRED", "ANNUAL_REVIEW_OVERDUE");
        JsonNode before = eligibility(officerId, "?date=" + today.minusDays(1));
        assertThat(before.get("reasons").toString()).contains("CERTIFICATE_NOT_YET_VALID");
        // the absorbed 新浦区 code is covered by a 海州区 area
        assertThat(eligibility(officerId, "?domain=MARKET&region=320705").get("assignable").asBoolean()).isTrue();
        mvc.perform(get(BASE + "/officers/{id}/eligibility", officerId).param("region", "320799")
                .header("Authorization", hzAdmin())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("REGION_UNKNOWN"));
        mvc.perform(get(BASE + "/officers/{id}/eligibility", officerId).param("date", "2025-02-30")
                .header("Authorization", hzAdmin())).andExpect(status().isBadRequest());
        mvc.perform(get(BASE + "/officers/{id}/eligibility", officerId)
                .header("Authorization", TestTokens.system("inspection").region("320700").bearer()))
                .andExpect(status().isOk());
        mvc.perform(get(BASE + "/officers/{id}/eligibility", officerId).header("Authorization", dhAdmin()))
                .andExpect(status().isNotFound());
        mvc.perform(get(BASE + "/officers/{id}/eligibility", officerId)).andExpect(status().isUnauthorized());
        String other = registerOfficerOf();
        ObjectNode batch = json.createObjectNode();
        batch.putArray("officerIds").add(officerId).add(other).add("no-such-officer");
        postJson(BASE + "/officers/eligibility?domain=MARKET&region=320706", hzAdmin(), batch)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].found").value(true))
                .andExpect(jsonPath("$[0].eligibility.assignable").value(true))
                .andExpect(jsonPath("$[1].found").value(false))
                .andExpect(jsonPath("$[1].eligibility").isEmpty())
                .andExpect(jsonPath("$[2].found").value(false));
        postJson(BASE + "/officers/eligibility", hzAdmin(), json.createObjectNode().putArray("officerIds"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void annualReviewsAndTheirDeadlines() throws Exception {
        String officerId = registerOfficer();
        String id = activeCertificate(officerId, today.minusYears(2));
        int dueYear = today.isAfter(LocalDate.of(today.getYear(), 3, 31)) ? today.getYear() - 1 : today.getYear() - 2;
        JsonNode overdue = eligibility(officerId, "");
        assertThat(overdue.get("reasons").toString()).contains("ANNUAL_REVIEW_OVERDUE");
        mvc.perform(post(BASE + "/jobs/review-overdue").header("Authorization", hzSupervisor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.certificateIds").value(org.hamcrest.Matchers.hasItem(id)));
        postJson(BASE + "/certificates/{id}/annual-reviews", hzSupervisor(), json.createObjectNode()
                .put("year", dueYear).put("result", "PASSED"), id).andExpect(status().isOk())
                .andExpect(jsonPath("$.lastReviewYear").value(dueYear));
        assertThat(eligibility(officerId, "").get("assignable").asBoolean()).isTrue();
        postJson(BASE + "/certificates/{id}/annual-reviews", hzSupervisor(), json.createObjectNode()
                .put("year", dueYear).put("result", "PASSED"), id).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("ANNUAL_REVIEW_ALREADY_PASSED"));
        postJson(BASE + "/certificates/{id}/annual-reviews", hzAdmin(), json.createObjectNode()
                .put("year", today.getYear()).put("result", "PASSED"), id).andExpect(status().isForbidden());
        postJson(BASE + "/certificates/{id}/annual-reviews", hzSupervisor(), json.createObjectNode()
                .put("year", today.getYear()).put("result", "FAILED"), id).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("FAIL_REASON_REQUIRED"));
        ObjectNode failed = json.createObjectNode().put("year", today.getYear()).put("result", "FAILED");
        failed.putArray("failReasons").add("TRAINING_SHORTFALL");
        postJson(BASE + "/certificates/{id}/annual-reviews", hzSupervisor(), failed, id).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUSPENDED"))
                .andExpect(jsonPath("$.statusReason").value(containsString("TRAINING_SHORTFALL")));
    }

    @Test
    void theExpiryJobRunsForAnAsOfDateAndIsIdempotent() throws Exception {
        String officerId = registerOfficer();
        LocalDate from = today.minusYears(5).plusDays(10);
        String id = activeCertificate(officerId, from);
        LocalDate asOf = from.plusYears(5).plusDays(1);
        mvc.perform(post(BASE + "/jobs/certificate-expiry").param("asOf", asOf.toString())
                        .header("Authorization", hzAdmin()))
                .andExpect(status().isForbidden());
        mvc.perform(post(BASE + "/jobs/certificate-expiry").param("asOf", today.toString())
                        .header("Authorization", hzSupervisor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.certificateIds").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers
                        .hasItem(id))));
        try (KafkaProbe probe = new KafkaProbe(bootstrap, Topics.PERSONNEL_CERTIFICATES)) {
            mvc.perform(post(BASE + "/jobs/certificate-expiry").param("asOf", asOf.toString())
                            .header("Authorization", hzSupervisor()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.certificateIds").value(org.hamcrest.Matchers.hasItem(id)));
            mvc.perform(post(BASE + "/jobs/certificate-expiry").param("asOf", asOf.toString())
                            .header("Authorization", hzSupervisor()))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.count").value(0));
            mvc.perform(get(BASE + "/certificates/{id}", id).header("Authorization", hzAdmin()))
                    .andExpect(jsonPath("$.status").value("EXPIRED"))
                    .andExpect(jsonPath("$.allowedActions").value(org.hamcrest.Matchers.hasItem("renew")));
            assertThat(eventTypes(probe, id, 2, CERTIFICATE_EVENTS)).containsExactly("certificate.issued",
                    "certificate.expired");
        }
        assertThat(eligibility(officerId, "?date=" + asOf).get("reasons").toString()).contains("CERTIFICATE_EXPIRED");
        // expired ahead of time by the job for a later asOf: still valid today, until validTo
        assertThat(eligibility(officerId, "").get("reasons").toString()).doesNotContain("CERTIFICATE_EXPIRED");
        String renewed = body(postJson(BASE + "/certificates/{id}/renew", hzSupervisor(),
                json.createObjectNode().put("certificateNo", "JSZF-E-" + TestIds.next()), id)
                .andExpect(status().isCreated())).get("id").asString();
        assertThat(eligibility(officerId, "?domain=MARKET").get("assignable").asBoolean()).isTrue();
        mvc.perform(get(BASE + "/certificates").param("officerId", officerId).header("Authorization", hzAdmin()))
                .andExpect(jsonPath("$.totalElements").value(2));
        assertThat(renewed).isNotEqualTo(id);
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

    // ---------------------------------------------------------------- training and the annual review (AS-09)

    @Test
    void aTrainingShortfallFailsTheAnnualReviewAndSuspendsTheCertificate() throws Exception {
        int year = today.getYear() - 1;
        String shortOfHours = registerOfficer();
        String enough = registerOfficer();
        String shortCert = activeCertificate(shortOfHours, today.minusYears(2));
        String enoughCert = activeCertificate(enough, today.minusYears(2));
        ObjectNode training = json.createObjectNode().put("officerId", shortOfHours)
                .put("completedOn", year + "-06-01").put("category", "PUBLIC_LAW").put("classHours", 58)
                .put("rotationTraining", true);
        postJson(BASE + "/training-records", hzAdmin(), training).andExpect(status().isCreated())
                .andExpect(jsonPath("$.year").value(year));
        postJson(BASE + "/training-records", dhAdmin(), training).andExpect(status().isNotFound());
        postJson(BASE + "/training-records", hzAdmin(), training.deepCopy().put("classHours", 1.25))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("CLASS_HOURS_STEP"));
        postJson(BASE + "/training-records", hzAdmin(), training.deepCopy().put("officerId", enough)
                .put("classHours", 60)).andExpect(status().isCreated());
        mvc.perform(get(BASE + "/training-records/summary").param("officerId", shortOfHours)
                        .param("year", String.valueOf(year)).header("Authorization", hzAdmin()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalHours").value(58))
                .andExpect(jsonPath("$.shortfall").value(2)).andExpect(jsonPath("$.requirementMet").value(false));
        mvc.perform(get(BASE + "/reports/training").param("agencyCode", HZ_MARKET)
                        .param("year", String.valueOf(year)).header("Authorization", hzSupervisor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.officersRotationTrained").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)));
        mvc.perform(get(BASE + "/reports/training").param("agencyCode", HZ_MARKET)
                .header("Authorization", dhAdmin())).andExpect(status().isNotFound());

        try (KafkaProbe probe = new KafkaProbe(bootstrap, Topics.PERSONNEL_CERTIFICATES)) {
            mvc.perform(post(BASE + "/jobs/annual-review").param("year", String.valueOf(year))
                            .header("Authorization", hzAdmin())).andExpect(status().isForbidden());
            mvc.perform(post(BASE + "/jobs/annual-review").param("year", String.valueOf(year))
                            .header("Authorization", hzSupervisor())).andExpect(status().isOk())
                    .andExpect(jsonPath("$.certificateIds").value(org.hamcrest.Matchers.hasItems(shortCert, enoughCert)))
                    .andExpect(jsonPath("$.failed").value(org.hamcrest.Matchers.hasItem(shortCert)))
                    .andExpect(jsonPath("$.failed").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers
                            .hasItem(enoughCert))));
            mvc.perform(post(BASE + "/jobs/annual-review").param("year", String.valueOf(year))
                            .header("Authorization", hzSupervisor())).andExpect(status().isOk())
                    .andExpect(jsonPath("$.certificateIds").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers
                            .hasItem(shortCert))));
            mvc.perform(get(BASE + "/certificates/{id}", shortCert).header("Authorization", hzAdmin()))
                    .andExpect(jsonPath("$.status").value("SUSPENDED"))
                    .andExpect(jsonPath("$.reviews[0].result").value("FAILED"))
                    .andExpect(jsonPath("$.reviews[0].failReasons[0]").value("TRAINING_SHORTFALL"));
            mvc.perform(get(BASE + "/certificates/{id}", enoughCert).header("Authorization", hzAdmin()))
                    .andExpect(jsonPath("$.status").value("ACTIVE")).andExpect(jsonPath("$.lastReviewYear").value(year));
            assertThat(eventTypes(probe, shortCert, 3, CERTIFICATE_EVENTS)).containsExactly("certificate.issued",
                    "annual-review.failed", "certificate.suspended");
            assertThat(eventTypes(probe, enoughCert, 2, CERTIFICATE_EVENTS)).containsExactly("certificate.issued",
                    "annual-review.passed");
        }
        assertThat(eligibility(shortOfHours, "").get("reasons").toString()).contains("CERTIFICATE_SUSPENDED");
        assertThat(eligibility(enough, "?domain=MARKET").get("assignable").asBoolean()).isTrue();
    }

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

    @Test
    void auxiliaryStaffAreRegisteredUnderAnOfficerAndAnnounced() throws Exception {
        String supervisor = registerOfficer();
        ObjectNode body = json.createObjectNode().put("name", "钱小兵").put("idCardNo", TestIds.citizenId())
                .put("agencyCode", HZ_MARKET).put("contractFrom", today.toString())
                .put("contractTo", today.plusYears(2).toString()).put("supervisingOfficerId", supervisor);
        body.putArray("allowedTasks").add("INFORMATION_COLLECTION").add("DOCUMENT_ENTRY");
        try (KafkaProbe probe = new KafkaProbe(bootstrap, Topics.PERSONNEL_OFFICERS)) {
            String id = body(postJson(BASE + "/auxiliary-staff", hzAdmin(), body).andExpect(status().isCreated())
                    .andExpect(jsonPath("$.mayEnforce").value(false))
                    .andExpect(jsonPath("$.idCardNo").value(containsString("********")))).get("id").asString();
            assertThat(eventTypes(probe, id, 1, Map.of("cn.gov.lyg.enforcement.personnel.auxiliary.registered.v1",
                    cn.gov.lyg.enforcement.events.personnel.AuxiliaryStaffRegistered.class)))
                    .containsExactly("auxiliary.registered");
        }
        postJson(BASE + "/auxiliary-staff", hzAdmin(), body).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("AUXILIARY_ID_CARD_DUPLICATE"));
        ObjectNode wrongSupervisor = body.deepCopy().put("idCardNo", TestIds.citizenId())
                .put("supervisingOfficerId", registerOfficerOf());
        postJson(BASE + "/auxiliary-staff", hzAdmin(), wrongSupervisor).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("SUPERVISING_OFFICER_INVALID"));
        postJson(BASE + "/auxiliary-staff", dhAdmin(), body.deepCopy().put("idCardNo", TestIds.citizenId()))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("AGENCY_NOT_OWN"));
        mvc.perform(get(BASE + "/auxiliary-staff").header("Authorization", dhAdmin()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.content[?(@.agencyCode == '" + HZ_MARKET + "')]")
                        .isEmpty());
    }

    @Test
    void recusalsBlockTheOfficerForTheParty() throws Exception {
        String username = "hz-officer-" + TestIds.next();
        String officerId = registerOfficer(username);
        ObjectNode body = json.createObjectNode().put("officerId", officerId).put("partyType", "LEGAL_PERSON")
                .put("partyCreditCode", "91320706MA1XK7C38L").put("relation", "亲属为股东");
        try (KafkaProbe probe = new KafkaProbe(bootstrap, Topics.PERSONNEL_OFFICERS)) {
            String id = body(postJson(BASE + "/recusals", officer(username), body).andExpect(status().isCreated()))
                    .get("id").asString();
            assertThat(eventTypes(probe, id, 1, Map.of("cn.gov.lyg.enforcement.personnel.recusal.declared.v1",
                    cn.gov.lyg.enforcement.events.personnel.RecusalDeclared.class)))
                    .containsExactly("recusal.declared");
        }
        postJson(BASE + "/recusals", hzAdmin(), body).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("RECUSAL_ALREADY_DECLARED"));
        postJson(BASE + "/recusals", officer("someone-else"), body).andExpect(status().isNotFound());
        postJson(BASE + "/recusals", hzAdmin(), body.deepCopy().put("partyCreditCode", "91320706MA1XK7C380"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("USCC_CHECKSUM"));
        postJson(BASE + "/recusals", hzAdmin(), body.deepCopy().put("partyType", "CITIZEN"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("PARTY_ID_REQUIRED"));
        mvc.perform(get(BASE + "/recusals/check").param("officerId", officerId)
                        .param("partyCreditCode", "91320706MA1XK7C38L")
                        .header("Authorization", TestTokens.system("inspection").region("320700").bearer()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.conflict").value(true));
        mvc.perform(get(BASE + "/recusals/check").param("officerId", officerId)
                        .param("partyCreditCode", "91320703MA20LG5Q3U").header("Authorization", hzAdmin()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.conflict").value(false));
        mvc.perform(get(BASE + "/recusals/check").param("officerId", officerId)
                .param("partyCreditCode", "91320706MA1XK7C38L").header("Authorization", dhAdmin()))
                .andExpect(status().isNotFound());
    }

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
    void accountabilityOutcomesFromSupervisionActOnTheCertificateOnce() throws Exception {
        String officerId = registerOfficer();
        String id = activeCertificate(officerId, today);
        var outcome = new cn.gov.lyg.enforcement.events.supervision.AccountabilityOutcomeDecided(
                java.util.UUID.randomUUID().toString(), java.time.OffsetDateTime.now(ZoneId.of("Asia/Shanghai")),
                java.util.UUID.randomUUID().toString(), 1, "320706", HZ_MARKET, officerId, null,
                "SUSPEND_CERTIFICATE", null, "海司监〔2025〕3号", "玩忽职守", "hz-supervisor");
        cn.gov.lyg.enforcement.platform.test.TestEvents.publish(bootstrap, json, outcome, 2); // applied once
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                mvc.perform(get(BASE + "/certificates/{id}", id).header("Authorization", hzAdmin()))
                        .andExpect(jsonPath("$.status").value("SUSPENDED"))
                        .andExpect(jsonPath("$.statusReason").value(containsString("海司监〔2025〕3号"))));
        Awaitility.await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                mvc.perform(get(BASE + "/certificates/{id}", id).header("Authorization", hzAdmin()))
                        .andExpect(jsonPath("$.history.length()").value(4)));
    }

    @Autowired
    cn.gov.lyg.enforcement.personnel.accountability.AccountabilityOutcomeConsumer accountabilityConsumer;

    /**
     * The outcome's event id is saved with the measure: an outcome delivered again after the certificate moved on
     * (a redelivery after a crash between the save and the processed mark, a DLT replay) changes nothing.
     */
    @Test
    void anAccountabilityOutcomeAppliedBeforeIsNotAppliedAgainWhenRedelivered() throws Exception {
        String officerId = registerOfficer();
        String id = activeCertificate(officerId, today);
        java.util.function.BiFunction<String, String, cn.gov.lyg.enforcement.events.supervision.AccountabilityOutcomeDecided>
                outcome = (measure, ref) -> new cn.gov.lyg.enforcement.events.supervision.AccountabilityOutcomeDecided(
                java.util.UUID.randomUUID().toString(), java.time.OffsetDateTime.now(ZoneId.of("Asia/Shanghai")),
                java.util.UUID.randomUUID().toString(), 1, "320706", HZ_MARKET, officerId, id, measure, null, ref,
                "玩忽职守", "hz-supervisor");
        var suspend = outcome.apply("SUSPEND_CERTIFICATE", "海司监〔2025〕7号");
        var reinstate = outcome.apply("REINSTATE_CERTIFICATE", "海司监〔2025〕8号");
        assertThat(accountabilityConsumer.apply(suspend)).isPresent();
        assertThat(accountabilityConsumer.apply(reinstate)).isPresent();
        assertThat(accountabilityConsumer.apply(suspend)).as("the same event again").isEmpty();
        mvc.perform(get(BASE + "/certificates/{id}", id).header("Authorization", hzAdmin()))
                .andExpect(jsonPath("$.status").value("ACTIVE"));
    }

    @Test
    void anAccountabilityOutcomeFromAnotherSourceThanSupervisionChangesNoCertificate() throws Exception {
        String officerId = registerOfficer();
        String id = activeCertificate(officerId, today);
        var forged = new cn.gov.lyg.enforcement.events.supervision.AccountabilityOutcomeDecided(
                java.util.UUID.randomUUID().toString(), java.time.OffsetDateTime.now(ZoneId.of("Asia/Shanghai")),
                java.util.UUID.randomUUID().toString(), 1, "320706", HZ_MARKET, officerId, null,
                "REVOKE_CERTIFICATE", null, "伪造〔2025〕1号", "伪造", "intruder");
        try (var dlt = new cn.gov.lyg.enforcement.platform.test.KafkaProbe(bootstrap,
                cn.gov.lyg.enforcement.events.Topics.SUPERVISION_ACCOUNTABILITY + ".DLT")) {
            cn.gov.lyg.enforcement.platform.test.TestEvents.publish(bootstrap, json, forged, 1, "/enforcement/catalog");
            dlt.await(r -> r.headers().lastHeader("ce_id") != null
                    && forged.eventId().equals(new String(r.headers().lastHeader("ce_id").value())), 1,
                    Duration.ofSeconds(30));
        }
        mvc.perform(get(BASE + "/certificates/{id}", id).header("Authorization", hzAdmin()))
                .andExpect(jsonPath("$.status").value("ACTIVE"));
    }

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
