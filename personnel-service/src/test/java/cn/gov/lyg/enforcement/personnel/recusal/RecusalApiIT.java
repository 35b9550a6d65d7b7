package cn.gov.lyg.enforcement.personnel.recusal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.lyg.enforcement.events.Topics;
import cn.gov.lyg.enforcement.personnel.PersonnelApiTestSupport;
import cn.gov.lyg.enforcement.personnel.TestIds;
import cn.gov.lyg.enforcement.platform.test.KafkaProbe;
import cn.gov.lyg.enforcement.platform.test.ServiceTest;
import cn.gov.lyg.enforcement.platform.test.TestTokens;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * Recusal declarations 回避 through the API. End to end inside the service ({@link PersonnelApiTestSupport}: MongoDB-wire server, embedded Kafka,
 * tokens); every test creates its own records.
 */
@ServiceTest
class RecusalApiIT extends PersonnelApiTestSupport {

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

    @Test
    void citizenPartiesAreCheckedWithTheIdNumberInTheBodyNeverInTheUrl() throws Exception {
        String username = "hz-officer-" + TestIds.next();
        String officerId = registerOfficer(username);
        String party = TestIds.citizenId();
        ObjectNode body = json.createObjectNode().put("officerId", officerId).put("partyType", "CITIZEN")
                .put("partyIdCardNo", party).put("relation", "近亲属");
        postJson(BASE + "/recusals", officer(username), body).andExpect(status().isCreated());

        postJson(BASE + "/recusals/check", hzAdmin(), json.createObjectNode().put("officerId", officerId)
                .put("partyIdCardNo", party))
                .andExpect(status().isOk()).andExpect(jsonPath("$.conflict").value(true));
        postJson(BASE + "/recusals/check", hzAdmin(), json.createObjectNode().put("officerId", officerId)
                .put("partyIdCardNo", TestIds.citizenId("320706", "19900101", false)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.conflict").value(false));
        postJson(BASE + "/recusals/check", dhAdmin(), json.createObjectNode().put("officerId", officerId)
                .put("partyIdCardNo", party)).andExpect(status().isNotFound());
        postJson(BASE + "/recusals/check", null, json.createObjectNode().put("officerId", officerId)
                .put("partyIdCardNo", party)).andExpect(status().isUnauthorized());
        // the old query parameter is refused whatever its value, and says where to go
        mvc.perform(get(BASE + "/recusals/check").param("officerId", officerId).param("partyIdCardNo", party)
                        .header("Authorization", hzAdmin()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("ID_NUMBER_IN_URL"))
                .andExpect(jsonPath("$.use").value("POST /api/personnel/v1/recusals/check"));
    }
}
