package cn.gov.lyg.enforcement.personnel.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.lyg.enforcement.personnel.PersonnelApiTestSupport;
import cn.gov.lyg.enforcement.personnel.certificate.Certificate;
import cn.gov.lyg.enforcement.personnel.certificate.CertificateStatus;
import cn.gov.lyg.enforcement.personnel.officer.Officer;
import cn.gov.lyg.enforcement.platform.test.ServiceTest;
import cn.gov.lyg.enforcement.platform.test.TestTokens;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Eligibility 执法资格 through the API: every reason for a date, domain and region, answered from the in-memory model that follows other instances' writes. End to end inside the service ({@link PersonnelApiTestSupport}: MongoDB-wire server, embedded Kafka,
 * tokens); every test creates its own records.
 */
@ServiceTest
class EligibilityApiIT extends PersonnelApiTestSupport {

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
}
