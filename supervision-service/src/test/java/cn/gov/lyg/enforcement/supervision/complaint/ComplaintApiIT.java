package cn.gov.lyg.enforcement.supervision.complaint;

import static cn.gov.lyg.enforcement.supervision.SupervisionApi.DH_MARKET;
import static cn.gov.lyg.enforcement.supervision.SupervisionApi.GY_ENFORCEMENT;
import static cn.gov.lyg.enforcement.supervision.SupervisionApi.HZ_MARKET;
import static cn.gov.lyg.enforcement.supervision.SupervisionApi.citySupervisor;
import static cn.gov.lyg.enforcement.supervision.SupervisionApi.dhOfficer;
import static cn.gov.lyg.enforcement.supervision.SupervisionApi.govSystems;
import static cn.gov.lyg.enforcement.supervision.SupervisionApi.gySupervisor;
import static cn.gov.lyg.enforcement.supervision.SupervisionApi.hotline;
import static cn.gov.lyg.enforcement.supervision.SupervisionApi.hzLeader;
import static cn.gov.lyg.enforcement.supervision.SupervisionApi.hzOfficer;
import static cn.gov.lyg.enforcement.supervision.SupervisionApi.hzSupervisor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.lyg.enforcement.events.Topics;
import cn.gov.lyg.enforcement.events.supervision.ComplaintClosed;
import cn.gov.lyg.enforcement.events.supervision.ComplaintOverdue;
import cn.gov.lyg.enforcement.events.supervision.ComplaintReceived;
import cn.gov.lyg.enforcement.events.supervision.ComplaintTransferred;
import cn.gov.lyg.enforcement.platform.test.KafkaProbe;
import cn.gov.lyg.enforcement.platform.test.ServiceTest;
import cn.gov.lyg.enforcement.supervision.SupervisionApi;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Complaints through the API: roles, data scope, hidden identity, deadlines by asOf, the overdue job, events. */
@ServiceTest
class ComplaintApiIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;
    SupervisionApi api;

    @BeforeEach
    void setUp() {
        api = new SupervisionApi(mvc, json);
    }

    static Map<String, Object> order(String respondent, String receivedAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("channel", "HOTLINE_12345");
        body.put("externalOrderNo", "GD" + UUID.randomUUID().toString().substring(0, 12));
        body.put("receivedAt", receivedAt);
        body.put("complainant", Map.of("name", "王某", "phone", "13800001111", "anonymous", false,
                "contactConsent", true, "disclosureConsent", false));
        body.put("respondentAgencyCode", respondent);
        body.put("category", "NO_CERT_SHOWN");
        body.put("content", "执法人员检查时未出示执法证件");
        return body;
    }

    String create(Map<String, Object> body) throws Exception {
        return api.read(api.perform(post("/api/supervision/v1/complaints"), hotline(), body)
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("RECEIVED"))).get("id")
                .asString();
    }

    @Test
    void wrongAddresseeIsReturnedAndReRoutedAndTheAgencyNeverSeesTheComplainant() throws Exception {
        try (KafkaProbe probe = new KafkaProbe(bootstrap, Topics.SUPERVISION_COMPLAINTS)) {
            Map<String, Object> body = order(HZ_MARKET, "2025-04-30T09:00:00+08:00");
            String id = create(body);
            JsonNode received = api.events(probe, ComplaintReceived.class, id, 1).get(0);
            assertThat(received.toString()).doesNotContain("王某").doesNotContain("13800001111");
            // the same work order again
            api.perform(post("/api/supervision/v1/complaints"), hotline(), body).andExpect(status().isConflict())
                    .andExpect(jsonPath("$.code").value("COMPLAINT_DUPLICATE"))
                    .andExpect(jsonPath("$.complaintId").value(id));

            // the county bureau may only route inside its county
            api.perform(post("/api/supervision/v1/complaints/{id}/route", id), hzSupervisor(),
                            Map.of("toAgencyCode", DH_MARKET, "at", "2025-04-30T10:00:00+08:00"))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("ROUTE_TARGET_OUT_OF_SCOPE"));
            api.perform(post("/api/supervision/v1/complaints/{id}/route", id), citySupervisor(),
                            Map.of("toAgencyCode", DH_MARKET, "at", "2025-04-30T10:00:00+08:00"))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("TRANSFERRED"))
                    .andExpect(jsonPath("$.currentDueOn").value("2025-05-06"));
            JsonNode transferred = api.events(probe, ComplaintTransferred.class, id, 1).get(0);
            assertThat(transferred.get("signDueOn").asString()).isEqualTo("2025-05-06");

            // the wrong addressee sees it, without the complainant, and returns it within 1 working day
            api.perform(get("/api/supervision/v1/complaints/{id}", id), dhOfficer(), null).andExpect(status().isOk())
                    .andExpect(jsonPath("$.complainant").doesNotExist())
                    .andExpect(jsonPath("$.complainantHidden").value(true));
            api.perform(post("/api/supervision/v1/complaints/{id}/return", id), dhOfficer(),
                            Map.of("reason", "投诉对象为海州区市场监管局", "at", "2025-05-06T16:00:00+08:00"))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RECEIVED"))
                    .andExpect(jsonPath("$.transfers[0].late").value(false))
                    .andExpect(jsonPath("$.receivedAt").value("2025-04-30T01:00:00Z"));
            api.perform(get("/api/supervision/v1/complaints/{id}", id), dhOfficer(), null)
                    .andExpect(status().isNotFound());

            api.perform(post("/api/supervision/v1/complaints/{id}/route", id), hzSupervisor(),
                            Map.of("toAgencyCode", HZ_MARKET, "at", "2025-05-06T17:00:00+08:00"))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.transfers.length()").value(2));
            api.events(probe, ComplaintTransferred.class, id, 2);

            // the agency complained about: no identity; its judicial bureau and the hotline: the complainant
            api.perform(get("/api/supervision/v1/complaints/{id}", id), hzOfficer(), null).andExpect(status().isOk())
                    .andExpect(jsonPath("$.complainant").doesNotExist())
                    .andExpect(jsonPath("$.complainantHidden").value(true));
            api.perform(get("/api/supervision/v1/complaints").param("status", "TRANSFERRED"), hzOfficer(), null)
                    .andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("王某"))));
            api.perform(get("/api/supervision/v1/complaints/{id}", id), hzSupervisor(), null)
                    .andExpect(jsonPath("$.complainant.name").value("王某"));
            api.perform(get("/api/supervision/v1/complaints/{id}", id), hotline(), null)
                    .andExpect(jsonPath("$.complainant.phone").value("13800001111"));
        }
    }

    @Test
    void aCountyBureauSeesItsCountyOnlyAndTheCityBureauSeesAll() throws Exception {
        String hz = create(order(HZ_MARKET, "2025-03-03T09:00:00+08:00"));
        String gy = create(order(GY_ENFORCEMENT, "2025-03-03T09:00:00+08:00"));
        api.perform(get("/api/supervision/v1/complaints/{id}", gy), hzSupervisor(), null)
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("NOT_FOUND"));
        api.perform(get("/api/supervision/v1/complaints/{id}", hz), gySupervisor(), null)
                .andExpect(status().isNotFound());
        api.perform(get("/api/supervision/v1/complaints/{id}", gy), citySupervisor(), null).andExpect(status().isOk());
        api.perform(get("/api/supervision/v1/complaints/{id}", hz), citySupervisor(), null).andExpect(status().isOk());
        JsonNode list = api.read(api.perform(get("/api/supervision/v1/complaints").param("size", "200"),
                hzSupervisor(), null).andExpect(status().isOk()));
        assertThat(list.get("content").findValuesAsString("respondentRegionCode")).isNotEmpty()
                .allMatch("320706"::equals);
        assertThat(list.get("content").findValuesAsString("id")).contains(hz).doesNotContain(gy);
        // an agency sees only the complaints about it
        api.perform(get("/api/supervision/v1/complaints/{id}", gy), hzOfficer(), null).andExpect(status().isNotFound());
        // acting on a record outside the scope is 404 as well
        api.perform(post("/api/supervision/v1/complaints/{id}/route", gy), hzSupervisor(),
                Map.of("toAgencyCode", HZ_MARKET)).andExpect(status().isNotFound());
    }

    @Test
    void rolesAreCheckedBeforeTheBody() throws Exception {
        api.perform(get("/api/supervision/v1/complaints"), null, null).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        api.perform(post("/api/supervision/v1/complaints"), null, Map.of()).andExpect(status().isUnauthorized());
        // officers and other systems do not register complaints, whatever the body
        api.perform(post("/api/supervision/v1/complaints"), hzOfficer(), Map.of()).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("ACCESS_DENIED"));
        api.perform(post("/api/supervision/v1/complaints"), govSystems(), order(HZ_MARKET,
                "2025-03-03T09:00:00+08:00")).andExpect(status().isForbidden());
        api.perform(get("/api/supervision/v1/complaints"), govSystems(), null).andExpect(status().isForbidden());
        String id = create(order(HZ_MARKET, "2025-03-03T09:00:00+08:00"));
        api.perform(post("/api/supervision/v1/complaints/{id}/route", id), hotline(), Map.of())
                .andExpect(status().isForbidden());
        api.perform(post("/api/supervision/v1/complaints/jobs/overdue"), hzSupervisor(), null)
                .andExpect(status().isForbidden());
        // the agency complained about cannot route, verify or close
        api.perform(post("/api/supervision/v1/complaints/{id}/route", id), hzOfficer(),
                Map.of("toAgencyCode", HZ_MARKET)).andExpect(status().isForbidden());
    }

    @Test
    void badInputIsAProblemWithACode() throws Exception {
        Map<String, Object> missing = order(HZ_MARKET, "2025-03-03T09:00:00+08:00");
        missing.remove("content");
        missing.put("respondentAgencyCode", "123");
        api.perform(post("/api/supervision/v1/complaints"), hotline(), missing).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.errors.length()").value(2));
        Map<String, Object> unknown = order("91320706MA1XK7C38L", "2025-03-03T09:00:00+08:00");
        api.perform(post("/api/supervision/v1/complaints"), hotline(), unknown).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("AGENCY_UNKNOWN"));
        Map<String, Object> letter = order(HZ_MARKET, "2025-03-03T09:00:00+08:00");
        letter.put("channel", "LETTER");
        api.perform(post("/api/supervision/v1/complaints"), hotline(), letter).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("CHANNEL_NOT_ALLOWED"));
        Map<String, Object> badEnum = order(HZ_MARKET, "2025-03-03T09:00:00+08:00");
        badEnum.put("category", "GOSSIP");
        api.perform(post("/api/supervision/v1/complaints"), hotline(), badEnum).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_FIELD_VALUE"));
        api.perform(post("/api/supervision/v1/complaints"), hotline(), "{not json").andExpect(status().isBadRequest());
        api.perform(get("/api/supervision/v1/complaints").param("size", "500"), citySupervisor(), null)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("PAGE_SIZE_TOO_LARGE"));
        api.perform(get("/api/supervision/v1/complaints/{id}", "x").param("asOf", "yesterday"), citySupervisor(), null)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("INVALID_PARAMETER"));
    }

    @Test
    void aComplaintGoesOverdueByAsOfAndTheJobFlagsAndEscalatesIt() throws Exception {
        try (KafkaProbe probe = new KafkaProbe(bootstrap, Topics.SUPERVISION_COMPLAINTS)) {
            String id = create(order(HZ_MARKET, "2025-09-30T09:00:00+08:00"));
            api.perform(post("/api/supervision/v1/complaints/{id}/route", id), hzSupervisor(),
                            Map.of("toAgencyCode", HZ_MARKET, "at", "2025-09-30T10:00:00+08:00"))
                    .andExpect(jsonPath("$.currentDueOn").value("2025-10-09")); // 国庆 skipped
            api.perform(get("/api/supervision/v1/complaints/{id}", id).param("asOf", "2025-10-09"), hzSupervisor(),
                    null).andExpect(jsonPath("$.overdue").value(false));
            api.perform(get("/api/supervision/v1/complaints/{id}", id).param("asOf", "2025-10-10"), hzSupervisor(),
                            null).andExpect(jsonPath("$.overdue").value(true))
                    .andExpect(jsonPath("$.overdueWorkingDays").value(1));
            assertThat(api.read(api.perform(get("/api/supervision/v1/complaints").param("overdueAsOf", "2025-10-10")
                    .param("size", "200"), hzSupervisor(), null)).get("content").findValuesAsString("id")).contains(id);
            assertThat(api.read(api.perform(get("/api/supervision/v1/complaints").param("overdueAsOf", "2025-10-09")
                    .param("size", "200"), hzSupervisor(), null)).get("content").findValuesAsString("id"))
                    .doesNotContain(id);

            api.perform(post("/api/supervision/v1/complaints/jobs/overdue").param("asOf", "2025-10-10"),
                    citySupervisor(), null).andExpect(status().isOk()).andExpect(jsonPath("$.asOf").value("2025-10-10"));
            api.perform(get("/api/supervision/v1/complaints/{id}", id), hzSupervisor(), null)
                    .andExpect(jsonPath("$.overdueFlags.length()").value(1))
                    .andExpect(jsonPath("$.overdueFlags[0].stage").value("TRANSFERRED"))
                    .andExpect(jsonPath("$.escalated").value(false));
            // 10, 11 (调休), 13, 14, 15 Oct: five working days past the deadline → escalated to the city bureau
            api.perform(post("/api/supervision/v1/complaints/jobs/overdue").param("asOf", "2025-10-15"),
                    citySupervisor(), null).andExpect(status().isOk());
            api.perform(get("/api/supervision/v1/complaints/{id}", id), hzSupervisor(), null)
                    .andExpect(jsonPath("$.overdueFlags.length()").value(1))
                    .andExpect(jsonPath("$.escalated").value(true))
                    .andExpect(jsonPath("$.escalatedToRegionCode").value("320700"));
            var overdue = api.events(probe, ComplaintOverdue.class, id, 2);
            assertThat(overdue.get(0).get("escalated").asBoolean()).isFalse();
            assertThat(overdue.get(1).get("escalated").asBoolean()).isTrue();
            assertThat(overdue.get(1).get("overdueWorkingDays").asInt()).isEqualTo(5);
            // repeating the job changes nothing
            api.perform(post("/api/supervision/v1/complaints/jobs/overdue").param("asOf", "2025-10-15"),
                    citySupervisor(), null).andExpect(status().isOk());
            assertThat(probe.drain(r -> id.equals(r.key()), java.time.Duration.ofSeconds(1)).stream()
                    .filter(r -> new String(r.headers().lastHeader("ce_type").value()).endsWith("overdue.v1")))
                    .hasSize(2);
            assertThat(api.read(api.perform(get("/api/supervision/v1/complaints").param("escalated", "true")
                    .param("size", "200"), citySupervisor(), null)).get("content").findValuesAsString("id"))
                    .contains(id);
        }
    }

    @Test
    void theAgencyHandlesExtendsOnceWithItsLeaderAndTheBureauCloses() throws Exception {
        try (KafkaProbe probe = new KafkaProbe(bootstrap, Topics.SUPERVISION_COMPLAINTS)) {
            String id = create(order(HZ_MARKET, "2025-09-26T09:00:00+08:00"));
            String base = "/api/supervision/v1/complaints/{id}/";
            api.perform(post(base + "route", id), hzSupervisor(), Map.of("toAgencyCode", HZ_MARKET,
                    "at", "2025-09-26T09:30:00+08:00")).andExpect(status().isOk());
            api.perform(post(base + "sign", id), hzOfficer(), Map.of("at", "2025-09-26T10:00:00+08:00"))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SIGNED"));
            api.perform(post(base + "accept", id).header("If-Match", "\"0\""), hzOfficer(), Map.of())
                    .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("VERSION_CONFLICT"));
            api.perform(post(base + "accept", id), hzOfficer(), Map.of("at", "2025-09-26T11:00:00+08:00"))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.handlingDueOn").value("2025-10-23"));
            api.perform(post(base + "investigate", id), hzOfficer(), Map.of("at", "2025-09-26T12:00:00+08:00"))
                    .andExpect(jsonPath("$.status").value("HANDLING"));
            Map<String, Object> extension = Map.of("workingDays", 15, "reason", "案情复杂", "approvedBy", "局长 李某",
                    "at", "2025-10-20T09:00:00+08:00");
            api.perform(post(base + "extend", id), hzOfficer(), extension).andExpect(status().isForbidden());
            api.perform(post(base + "extend", id), hzLeader(), extension).andExpect(status().isOk())
                    .andExpect(jsonPath("$.handlingDueOn").value("2025-11-13"));
            api.perform(post(base + "extend", id), hzLeader(), Map.of("workingDays", 1, "reason", "再", "approvedBy",
                    "局长", "at", "2025-10-21T09:00:00+08:00")).andExpect(status().isConflict())
                    .andExpect(jsonPath("$.code").value("EXTENSION_ALREADY_USED"));
            api.perform(post(base + "close", id), citySupervisor(), Map.of()).andExpect(status().isConflict())
                    .andExpect(jsonPath("$.code").value("INVALID_TRANSITION"))
                    .andExpect(jsonPath("$.allowedActions[0]").value("conclude"));
            api.perform(post(base + "conclude", id), hzOfficer(), Map.of("finding", "UNSUBSTANTIATED", "note", "不属实",
                    "at", "2025-11-10T09:00:00+08:00")).andExpect(jsonPath("$.replyDueOn").value("2025-11-13"));
            api.perform(post(base + "reply", id), hzOfficer(), Map.of("method", "电话", "at",
                    "2025-11-11T09:00:00+08:00")).andExpect(jsonPath("$.status").value("REPLIED"));
            api.perform(post(base + "close", id), hzOfficer(), Map.of()).andExpect(status().isForbidden());
            api.perform(post(base + "close", id), hzSupervisor(), Map.of("satisfaction", 6))
                    .andExpect(status().isBadRequest());
            api.perform(post(base + "close", id), hzSupervisor(), Map.of("satisfaction", 5, "at",
                    "2025-11-12T09:00:00+08:00")).andExpect(jsonPath("$.status").value("CLOSED"));
            JsonNode closed = api.events(probe, ComplaintClosed.class, id, 1).get(0);
            assertThat(closed.get("finding").asString()).isEqualTo("UNSUBSTANTIATED");
            assertThat(closed.get("satisfaction").asInt()).isEqualTo(5);
            // the hotline reopens it for a dissatisfied caller within 15 days
            api.perform(post(base + "reopen", id), hotline(), Map.of("reason", "来电人不满意", "at",
                    "2025-11-20T09:00:00+08:00")).andExpect(jsonPath("$.status").value("REOPENED"))
                    .andExpect(jsonPath("$.reopenCount").value(1));
        }
    }

    /**
     * Row 6 of the authorization review: the officers a complaint names ({@code respondentOfficerIds}, their user
     * names) may see it but never handle it, even when it is routed to their agency; a colleague handles it.
     */
    @Test
    void theOfficerComplainedAboutNeverHandlesTheComplaint() throws Exception {
        Map<String, Object> body = order(HZ_MARKET, "2025-09-01T09:00:00+08:00");
        body.put("respondentOfficerIds", java.util.List.of("hz-officer", "hz-leader"));
        body.put("category", "ATTITUDE");
        String id = create(body);
        String base = "/api/supervision/v1/complaints/{id}/";
        String colleague = cn.gov.lyg.enforcement.platform.test.TestTokens.user("hz-officer-2")
                .roles(cn.gov.lyg.enforcement.platform.security.Role.OFFICER).agency(HZ_MARKET).region("320706")
                .bearer();
        api.perform(post(base + "route", id), hzSupervisor(), Map.of("toAgencyCode", HZ_MARKET,
                "at", "2025-09-01T09:30:00+08:00")).andExpect(status().isOk());
        api.perform(get("/api/supervision/v1/complaints/{id}", id), hzOfficer(), null).andExpect(status().isOk())
                .andExpect(jsonPath("$.complainant").doesNotExist());

        recused(post(base + "sign", id), hzOfficer(), Map.of("at", "2025-09-01T10:00:00+08:00"));
        recused(post(base + "return", id), hzOfficer(), Map.of("reason", "不归我局", "at", "2025-09-01T10:00:00+08:00"));
        api.perform(post(base + "sign", id), colleague, Map.of("at", "2025-09-01T10:00:00+08:00"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SIGNED"));
        recused(post(base + "not-accept", id), hzOfficer(), Map.of("reason", "不属于受理范围",
                "at", "2025-09-01T11:00:00+08:00"));
        recused(post(base + "accept", id), hzOfficer(), Map.of("at", "2025-09-01T11:00:00+08:00"));
        recused(post(base + "accept", id), hzLeader(), Map.of("at", "2025-09-01T11:00:00+08:00"));
        api.perform(post(base + "accept", id), colleague, Map.of("at", "2025-09-01T11:00:00+08:00"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACCEPTED"));
        recused(post(base + "investigate", id), hzOfficer(), Map.of("at", "2025-09-01T12:00:00+08:00"));
        api.perform(post(base + "investigate", id), colleague, Map.of("at", "2025-09-01T12:00:00+08:00"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("HANDLING"));
        recused(post(base + "extend", id), hzLeader(), Map.of("workingDays", 5, "reason", "案情复杂",
                "approvedBy", "局长", "at", "2025-09-02T09:00:00+08:00"));
        recused(post(base + "conclude", id), hzOfficer(), Map.of("finding", "UNSUBSTANTIATED", "note", "不属实",
                "at", "2025-09-03T09:00:00+08:00"));
        api.perform(post(base + "conclude", id), colleague, Map.of("finding", "UNSUBSTANTIATED", "note", "不属实",
                "at", "2025-09-03T09:00:00+08:00")).andExpect(status().isOk());
        recused(post(base + "reply", id), hzOfficer(), Map.of("method", "电话", "at", "2025-09-03T10:00:00+08:00"));
        // the supervising bureau may act for the handling unit; another county's officer does not see it at all
        api.perform(post(base + "reply", id), dhOfficer(), Map.of("method", "电话", "at", "2025-09-03T10:00:00+08:00"))
                .andExpect(status().isNotFound());
        api.perform(post(base + "reply", id), hzSupervisor(), Map.of("method", "电话", "at",
                "2025-09-03T10:00:00+08:00")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REPLIED"));
    }

    /**
     * Row 8 of the authorization review (DOMAIN.md §2.5.7 "can file observations/complaints"): an appointed special
     * supervisor registers complaints on the SPECIAL_SUPERVISOR channel only, about agencies of the appointing
     * bureau's region, and is the complainant; other channels are refused like the hotline's foreign channels.
     */
    @Test
    void anAppointedSpecialSupervisorFilesOnTheSpecialSupervisorChannelOnly() throws Exception {
        String username = "ss-" + UUID.randomUUID().toString().substring(0, 8);
        String supervisor = api.read(api.perform(post("/api/supervision/v1/special-supervisors"), hzSupervisor(),
                Map.of("name", "周建国", "idCardNo", idCard("32070619800512" + (200 + new java.util.Random()
                                .nextInt(800))), "sector", "LAWYER", "username", username, "criminalRecord", false,
                        "administrativePenalty", false, "disciplinarySanction", false, "seriousDishonesty", false,
                        "stateOrganStaff", false)).andExpect(status().isCreated())).get("id").asString();
        String special = special(username);
        Map<String, Object> observation = new HashMap<>();
        observation.put("channel", "SPECIAL_SUPERVISOR");
        observation.put("receivedAt", "2025-09-01T09:00:00+08:00");
        observation.put("complainant", Map.of("name", "张某", "anonymous", true, "contactConsent", false,
                "disclosureConsent", false));
        observation.put("respondentAgencyCode", HZ_MARKET);
        observation.put("category", "REPEATED_INSPECTION");
        observation.put("content", "同一企业一个月内被重复检查三次");
        // a candidate is not yet a special supervisor
        api.perform(post("/api/supervision/v1/complaints"), special, observation).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("SPECIAL_SUPERVISOR_NOT_APPOINTED"));
        api.perform(post("/api/supervision/v1/special-supervisors/{id}/appoint", supervisor), hzSupervisor(),
                Map.of("on", "2025-01-01")).andExpect(status().isOk());

        String id = api.read(api.perform(post("/api/supervision/v1/complaints"), special, observation)
                .andExpect(status().isCreated()).andExpect(jsonPath("$.channel").value("SPECIAL_SUPERVISOR"))
                .andExpect(jsonPath("$.status").value("RECEIVED"))).get("id").asString();
        api.perform(get("/api/supervision/v1/complaints/{id}", id), hzSupervisor(), null).andExpect(status().isOk())
                .andExpect(jsonPath("$.complainant.name").value("周建国"))
                .andExpect(jsonPath("$.complainant.anonymous").value(false));

        for (String channel : java.util.List.of("LETTER", "HOTLINE_12345", "WEB_PORTAL", "MEDIA")) {
            Map<String, Object> other = new HashMap<>(observation);
            other.put("channel", channel);
            other.put("externalOrderNo", "GD" + UUID.randomUUID().toString().substring(0, 12));
            api.perform(post("/api/supervision/v1/complaints"), special, other).andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.code").value("CHANNEL_NOT_ALLOWED"));
        }
        Map<String, Object> foreign = new HashMap<>(observation);
        foreign.put("respondentAgencyCode", GY_ENFORCEMENT);
        api.perform(post("/api/supervision/v1/complaints"), special, foreign).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("COMPLAINT_OUT_OF_SCOPE"));
        // nothing else: no reading, routing or handling of complaints
        api.perform(get("/api/supervision/v1/complaints/{id}", id), special, null).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("ACCESS_DENIED"));
        api.perform(post("/api/supervision/v1/complaints/{id}/route", id), special, Map.of("toAgencyCode", HZ_MARKET))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("ACCESS_DENIED"));
        // other roles still may not register complaints
        for (cn.gov.lyg.enforcement.platform.security.Role role : java.util.List.of(
                cn.gov.lyg.enforcement.platform.security.Role.AUDITOR,
                cn.gov.lyg.enforcement.platform.security.Role.CATALOG_ADMIN,
                cn.gov.lyg.enforcement.platform.security.Role.AGENCY_ADMIN)) {
            api.perform(post("/api/supervision/v1/complaints"), cn.gov.lyg.enforcement.platform.test.TestTokens
                            .user("x").roles(role).agency(HZ_MARKET).region("320706").bearer(), observation)
                    .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("ACCESS_DENIED"));
        }
    }

    private static String special(String username) {
        return cn.gov.lyg.enforcement.platform.test.TestTokens.user(username)
                .roles(cn.gov.lyg.enforcement.platform.security.Role.SPECIAL_SUPERVISOR)
                .agency(SupervisionApi.HZ_JUSTICE).region("320706").bearer();
    }

    /** A citizen ID number (GB 11643) with its check character. */
    private static String idCard(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    private void recused(org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> request,
                         String token, Map<String, Object> body) throws Exception {
        api.perform(request, token, body).andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("COMPLAINT_RESPONDENT_RECUSED"));
    }
}
