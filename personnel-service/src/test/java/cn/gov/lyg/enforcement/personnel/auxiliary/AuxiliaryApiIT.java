package cn.gov.lyg.enforcement.personnel.auxiliary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.lyg.enforcement.events.Topics;
import cn.gov.lyg.enforcement.personnel.PersonnelApiTestSupport;
import cn.gov.lyg.enforcement.personnel.TestIds;
import cn.gov.lyg.enforcement.platform.test.KafkaProbe;
import cn.gov.lyg.enforcement.platform.test.ServiceTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * Auxiliary staff 辅助人员 through the API. End to end inside the service ({@link PersonnelApiTestSupport}: MongoDB-wire server, embedded Kafka,
 * tokens); every test creates its own records.
 */
@ServiceTest
class AuxiliaryApiIT extends PersonnelApiTestSupport {

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
            // a status change is announced too: only ACTIVE staff may assist on an inspection
            mvc.perform(post(BASE + "/auxiliary-staff/{id}/status", id).param("status", "SUSPENDED")
                    .header("Authorization", dhAdmin())).andExpect(status().isNotFound());
            mvc.perform(post(BASE + "/auxiliary-staff/{id}/status", id).param("status", "SUSPENDED")
                    .header("Authorization", hzAdmin()).header("If-Match", "\"0\""))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUSPENDED"));
            var events = events(probe, id, 2, Map.of(
                    "cn.gov.lyg.enforcement.personnel.auxiliary.registered.v1",
                    cn.gov.lyg.enforcement.events.personnel.AuxiliaryStaffRegistered.class,
                    "cn.gov.lyg.enforcement.personnel.auxiliary.status-changed.v1",
                    cn.gov.lyg.enforcement.events.personnel.AuxiliaryStatusChanged.class));
            assertThat(typesOf(events)).containsExactly("auxiliary.registered", "auxiliary.status-changed");
            assertThat(events.get(1).getValue().get("previousStatus").asString()).isEqualTo("ACTIVE");
            assertThat(events.get(1).getValue().get("status").asString()).isEqualTo("SUSPENDED");
            assertThat(events.get(1).getValue().get("aggregateVersion").asLong()).isEqualTo(1);
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
}
