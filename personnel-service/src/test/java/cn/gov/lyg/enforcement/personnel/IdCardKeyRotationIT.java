package cn.gov.lyg.enforcement.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.lyg.enforcement.personnel.officer.IdCardCipher;
import cn.gov.lyg.enforcement.personnel.officer.Officer;
import cn.gov.lyg.enforcement.platform.test.ServiceTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The key-rotation job through the API: only a city supervisor triggers it; values written before key ids existed
 * are re-encrypted under the current key id, and a second run changes nothing.
 */
@ServiceTest
class IdCardKeyRotationIT extends PersonnelApiTestSupport {

    static final String PATH = BASE + "/jobs/id-card-key-rotation";

    private Document stored(String officerId) {
        return mongo.findById(officerId, Document.class, Officer.COLLECTION);
    }

    @Test
    void onlyTheCitySupervisorTriggersIt() throws Exception {
        mvc.perform(post(PATH)).andExpect(status().isUnauthorized());
        mvc.perform(post(PATH).header("Authorization", hzAdmin())).andExpect(status().isForbidden());
        mvc.perform(post(PATH).header("Authorization", hzSupervisor())).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("ACCESS_DENIED"));
        mvc.perform(post(PATH).header("Authorization", officer("officer-rotation"))).andExpect(status().isForbidden());
    }

    @Test
    void legacyValuesGetTheCurrentKeyIdAndASecondRunChangesNothing() throws Exception {
        String officerId = registerOfficer();
        String current = stored(officerId).getString("idCardCipher");
        assertThat(IdCardCipher.keyIdOf(current)).isEqualTo(IdCardCipher.DEFAULT_KEY_ID);
        String legacy = current.substring(current.indexOf(':') + 1);
        mongo.updateFirst(new Query(Criteria.where("_id").is(officerId)), new Update().set("idCardCipher", legacy),
                Officer.COLLECTION);
        long version = stored(officerId).get("version", Number.class).longValue();

        // other tests' records share the database: the counts are not this test's alone
        mvc.perform(post(PATH).header("Authorization", citySupervisor())).andExpect(status().isOk())
                .andExpect(jsonPath("$.keyId").value("k1"))
                .andExpect(jsonPath("$.reencrypted").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)));
        Document after = stored(officerId);
        assertThat(after.getString("idCardCipher")).startsWith("k1:").isNotEqualTo(current);
        assertThat(after.get("version", Number.class).longValue()).isEqualTo(version + 1);

        mvc.perform(post(PATH).header("Authorization", citySupervisor())).andExpect(status().isOk())
                .andExpect(jsonPath("$.reencrypted").value(0)).andExpect(jsonPath("$.rehashed").value(0));
        assertThat(stored(officerId).getString("idCardCipher")).isEqualTo(after.getString("idCardCipher"));
    }
}
