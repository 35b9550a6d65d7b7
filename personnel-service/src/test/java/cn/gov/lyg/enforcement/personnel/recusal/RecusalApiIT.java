package cn.gov.lyg.enforcement.personnel.recusal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.lyg.enforcement.events.Topics;
import cn.gov.lyg.enforcement.personnel.PersonnelApiTestSupport;
import cn.gov.lyg.enforcement.personnel.TestIds;
import cn.gov.lyg.enforcement.platform.security.Role;
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
        String recusalId;
        ObjectNode body = json.createObjectNode().put("officerId", officerId).put("partyType", "LEGAL_PERSON")
                .put("partyCreditCode", "91320706MA1XK7C38L").put("relation", "亲属为股东");
        try (KafkaProbe probe = new KafkaProbe(bootstrap, Topics.PERSONNEL_OFFICERS)) {
            String id = body(postJson(BASE + "/recusals", officer(username), body).andExpect(status().isCreated()))
                    .get("id").asString();
            assertThat(eventTypes(probe, id, 1, Map.of("cn.gov.lyg.enforcement.personnel.recusal.declared.v1",
                    cn.gov.lyg.enforcement.events.personnel.RecusalDeclared.class)))
                    .containsExactly("recusal.declared");
            recusalId = id;
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
        // the withdrawal is announced, so that projections stop blocking the officer for the party
        try (KafkaProbe probe = new KafkaProbe(bootstrap, Topics.PERSONNEL_OFFICERS)) {
            mvc.perform(post(BASE + "/recusals/{id}/withdraw", recusalId).header("Authorization", dhAdmin()))
                    .andExpect(status().isNotFound());
            mvc.perform(post(BASE + "/recusals/{id}/withdraw", recusalId).header("Authorization", leaderOf(DH_MARKET)))
                    .andExpect(status().isNotFound());
            // the officer does not lift his own conflict-of-interest block: the agency head decides (P4)
            for (String refused : new String[] {officer(username), hzSupervisor(), citySupervisor(),
                    TestTokens.user("hz-reviewer").roles(Role.LEGAL_REVIEWER, Role.OFFICER).agency(HZ_MARKET)
                            .region("320706").bearer()}) {
                mvc.perform(post(BASE + "/recusals/{id}/withdraw", recusalId).header("Authorization", refused))
                        .andExpect(status().isForbidden())
                        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                        .andExpect(jsonPath("$.code").value("ACCESS_DENIED"));
            }
            mvc.perform(post(BASE + "/recusals/{id}/withdraw", recusalId)).andExpect(status().isUnauthorized());
            mvc.perform(post(BASE + "/recusals/{id}/withdraw", recusalId).header("Authorization", leaderOf(HZ_MARKET))
                    .header("If-Match", "\"0\"")).andExpect(status().isOk()).andExpect(jsonPath("$.active").value(false));
            var events = events(probe, recusalId, 2, Map.of(
                    "cn.gov.lyg.enforcement.personnel.recusal.declared.v1",
                    cn.gov.lyg.enforcement.events.personnel.RecusalDeclared.class,
                    "cn.gov.lyg.enforcement.personnel.recusal.withdrawn.v1",
                    cn.gov.lyg.enforcement.events.personnel.RecusalWithdrawn.class));
            assertThat(typesOf(events)).containsExactly("recusal.declared", "recusal.withdrawn");
            assertThat(events.get(1).getValue().get("officerId").asString()).isEqualTo(officerId);
            assertThat(events.get(1).getValue().get("aggregateVersion").asLong()).isEqualTo(1);
        }
        mvc.perform(get(BASE + "/recusals/check").param("officerId", officerId)
                        .param("partyCreditCode", "91320706MA1XK7C38L").header("Authorization", hzAdmin()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.conflict").value(false));
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

    private static String leaderOf(String agency) {
        return TestTokens.user("leader-" + agency).roles(Role.AGENCY_LEADER).agency(agency).region(
                agency.equals(DH_MARKET) ? "320722" : "320706").bearer();
    }

    /**
     * An agency admin who is himself the declaring officer does not withdraw his own declaration either: another head
     * of the agency does (403 SELF_APPROVAL).
     */
    @Test
    void nobodyWithdrawsTheirOwnDeclarationNotEvenAnAdmin() throws Exception {
        String username = "hz-admin-" + TestIds.next();
        String selfAdmin = TestTokens.user(username).roles(Role.AGENCY_ADMIN, Role.OFFICER).agency(HZ_MARKET)
                .region("320706").bearer();
        String officerId = registerOfficer(username);
        ObjectNode body = json.createObjectNode().put("officerId", officerId).put("partyType", "LEGAL_PERSON")
                .put("partyCreditCode", "91320706MA1XK7C38L").put("relation", "配偶任法定代表人");
        String id = body(postJson(BASE + "/recusals", selfAdmin, body).andExpect(status().isCreated()))
                .get("id").asString();
        mvc.perform(post(BASE + "/recusals/{id}/withdraw", id).header("Authorization", selfAdmin))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("SELF_APPROVAL"));
        mvc.perform(get(BASE + "/recusals/check").param("officerId", officerId)
                        .param("partyCreditCode", "91320706MA1XK7C38L").header("Authorization", hzAdmin()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.conflict").value(true));
        mvc.perform(post(BASE + "/recusals/{id}/withdraw", id).header("Authorization", hzAdmin()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.active").value(false));
    }
}
