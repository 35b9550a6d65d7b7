package cn.gov.lyg.enforcement.personnel.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
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
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Certificates through the API: the state machine with its events on Kafka, one held certificate per officer, loss, reissue and renewal, annual reviews, the expiry and suspension-end jobs, accountability outcomes from supervision. End to end inside the service ({@link PersonnelApiTestSupport}: MongoDB-wire server, embedded Kafka,
 * tokens); every test creates its own records.
 */
@ServiceTest
class CertificateApiIT extends PersonnelApiTestSupport {

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
        LocalDate validTo = from.plusYears(5).minusDays(1);
        mvc.perform(post(BASE + "/jobs/certificate-expiry").param("asOf", today.toString())
                        .header("Authorization", hzAdmin()))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("ACCESS_DENIED"));
        mvc.perform(post(BASE + "/jobs/certificate-expiry").param("asOf", today.toString()))
                .andExpect(status().isUnauthorized());
        mvc.perform(post(BASE + "/jobs/certificate-expiry").param("asOf", today.toString())
                        .header("Authorization", hzSupervisor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.certificateIds").value(not(hasItem(id))));
        // never ahead of time: a later asOf would expire this still-valid certificate (and every other one)
        for (LocalDate ahead : new LocalDate[] {today.plusDays(1), validTo.plusDays(1)}) {
            mvc.perform(post(BASE + "/jobs/certificate-expiry").param("asOf", ahead.toString())
                            .header("Authorization", hzSupervisor()))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.code").value("AS_OF_IN_FUTURE"))
                    .andExpect(jsonPath("$.errors[0].field").value("asOf"));
        }
        postJson(BASE + "/certificates/{id}/expire?asOf=" + validTo.plusDays(1), hzSupervisor(), null, id)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("AS_OF_IN_FUTURE"));
        assertThat(certificateStatus(id)).isEqualTo("ACTIVE");
        assertThat(eligibility(officerId, "?date=" + validTo.plusDays(1)).get("reasons").toString())
                .as("expires on its own date, not before").contains("CERTIFICATE_EXPIRED");
        assertThat(eligibility(officerId, "").get("reasons").toString()).doesNotContain("CERTIFICATE_EXPIRED");

        // time passes: the validity ended yesterday
        LocalDate ended = today.minusDays(1);
        backdate(id, "validTo", ended);
        // another county's supervisor does not reach 海州区 certificates
        mvc.perform(post(BASE + "/jobs/certificate-expiry").header("Authorization", dhSupervisor()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.certificateIds").value(not(hasItem(id))));
        assertThat(certificateStatus(id)).isEqualTo("ACTIVE");
        // a run for the last day of validity (a missed run repaired) finds it still valid
        mvc.perform(post(BASE + "/jobs/certificate-expiry").param("asOf", ended.toString())
                        .header("Authorization", hzSupervisor()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.certificateIds").value(not(hasItem(id))));
        try (KafkaProbe probe = new KafkaProbe(bootstrap, Topics.PERSONNEL_CERTIFICATES)) {
            mvc.perform(post(BASE + "/jobs/certificate-expiry").param("asOf", today.toString())
                            .header("Authorization", hzSupervisor()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.asOf").value(today.toString()))
                    .andExpect(jsonPath("$.certificateIds").value(hasItem(id)));
            mvc.perform(post(BASE + "/jobs/certificate-expiry").header("Authorization", hzSupervisor()))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.certificateIds").value(not(hasItem(id))));
            mvc.perform(get(BASE + "/certificates/{id}", id).header("Authorization", hzAdmin()))
                    .andExpect(jsonPath("$.status").value("EXPIRED"))
                    .andExpect(jsonPath("$.allowedActions").value(hasItem("renew")));
            var events = events(probe, id, 2, CERTIFICATE_EVENTS);
            assertThat(typesOf(events)).containsExactly("certificate.issued", "certificate.expired");
            assertThat(events.get(1).getValue().get("effectiveAt").asString()).startsWith(today.toString());
        }
        assertThat(eligibility(officerId, "").get("reasons").toString()).contains("CERTIFICATE_EXPIRED");
        // valid through its last day
        assertThat(eligibility(officerId, "?date=" + ended).get("reasons").toString())
                .doesNotContain("CERTIFICATE_EXPIRED");
        String renewed = body(postJson(BASE + "/certificates/{id}/renew", hzSupervisor(),
                json.createObjectNode().put("certificateNo", "JSZF-E-" + TestIds.next()), id)
                .andExpect(status().isCreated())).get("id").asString();
        assertThat(eligibility(officerId, "?domain=MARKET").get("assignable").asBoolean()).isTrue();
        mvc.perform(get(BASE + "/certificates").param("officerId", officerId).header("Authorization", hzAdmin()))
                .andExpect(jsonPath("$.totalElements").value(2));
        assertThat(renewed).isNotEqualTo(id);
    }

    /** The single-certificate expiry takes no later date either, and expires once the validity has ended. */
    @Test
    void oneCertificateExpiresAsOfTodayOrEarlierOnly() throws Exception {
        String id = activeCertificate(registerOfficer(), today.minusYears(1));
        postJson(BASE + "/certificates/{id}/expire?asOf=" + today.plusYears(5), hzSupervisor(), null, id)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("AS_OF_IN_FUTURE"));
        postJson(BASE + "/certificates/{id}/expire", hzSupervisor(), null, id)
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("CERTIFICATE_NOT_EXPIRED"));
        postJson(BASE + "/certificates/{id}/expire", hzAdmin(), null, id)
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("ACCESS_DENIED"));
        postJson(BASE + "/certificates/{id}/expire", dhSupervisor(), null, id).andExpect(status().isNotFound());
        backdate(id, "validTo", today.minusDays(1));
        postJson(BASE + "/certificates/{id}/expire?asOf=" + today, hzSupervisor(), null, id)
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("EXPIRED"));
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

    @org.springframework.beans.factory.annotation.Autowired
    AccountabilityOutcomeConsumer accountabilityConsumer;

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

    // ---------------------------------------------------------------- 3. the end of a dated suspension

    @Test
    void theSuspensionEndJobReinstatesEndedSuspensionsOnceAndLeavesTheOthers() throws Exception {
        LocalDate until = today.plusDays(5);
        String dated = activeCertificate(registerOfficer(), today.minusYears(1));
        String open = activeCertificate(registerOfficer(), today.minusYears(1));
        String ending = activeCertificate(registerOfficer(), today.minusYears(5).plusDays(10));
        suspend(dated, until);
        suspend(open, null);
        suspend(ending, today.plusDays(8));
        postJson(BASE + "/certificates/{id}/suspend", hzSupervisor(), json.createObjectNode().put("reason", "X")
                .put("until", today.toString()), registerAndCertify())
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("SUSPENSION_END_IN_PAST"));

        postJob("suspension-end", null, "asOf", today).andExpect(status().isUnauthorized());
        postJob("suspension-end", hzAdmin(), "asOf", today).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("ACCESS_DENIED"));
        postJob("suspension-end", hzSupervisor(), "asOf", "2025-13-01").andExpect(status().isBadRequest());
        // never ahead of time: a later asOf would end the suspension early
        postJob("suspension-end", hzSupervisor(), "asOf", until.plusDays(1)).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("AS_OF_IN_FUTURE"))
                .andExpect(jsonPath("$.errors[0].field").value("asOf"));
        postJob("suspension-end", citySupervisor(), "asOf", today.plusDays(1)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("AS_OF_IN_FUTURE"));
        assertThat(certificateStatus(dated)).isEqualTo("SUSPENDED");

        try (KafkaProbe probe = new KafkaProbe(bootstrap, Topics.PERSONNEL_CERTIFICATES)) {
            postJob("suspension-end", hzSupervisor(), null, null).andExpect(status().isOk())
                    .andExpect(jsonPath("$.job").value("suspension-end"))
                    .andExpect(jsonPath("$.asOf").value(today.toString()))
                    .andExpect(jsonPath("$.certificateIds").value(not(hasItem(dated))));
            assertThat(certificateStatus(dated)).isEqualTo("SUSPENDED");

            // time passes: the dated suspension ended yesterday; the short certificate's validity too
            LocalDate ended = today.minusDays(1);
            backdate(dated, "suspendedUntil", ended);
            backdate(ending, "suspendedUntil", ended);
            backdate(ending, "validTo", ended);
            // another county's supervisor does not reach 海州区 certificates
            postJob("suspension-end", dhSupervisor(), "asOf", today).andExpect(status().isOk())
                    .andExpect(jsonPath("$.certificateIds").value(not(hasItem(dated))));
            assertThat(certificateStatus(dated)).isEqualTo("SUSPENDED");
            // the last day of the suspension is not its end
            postJob("suspension-end", hzSupervisor(), "asOf", ended).andExpect(status().isOk())
                    .andExpect(jsonPath("$.certificateIds").value(not(hasItem(dated))))
                    .andExpect(jsonPath("$.certificateIds").value(not(hasItem(ending))));

            postJob("suspension-end", hzSupervisor(), "asOf", today).andExpect(status().isOk())
                    .andExpect(jsonPath("$.certificateIds").value(hasItem(dated)))
                    .andExpect(jsonPath("$.certificateIds").value(not(hasItem(open))))
                    .andExpect(jsonPath("$.certificateIds").value(not(hasItem(ending))));
            postJob("suspension-end", hzSupervisor(), "asOf", today).andExpect(status().isOk())
                    .andExpect(jsonPath("$.certificateIds").value(not(hasItem(dated))));
            mvc.perform(get(BASE + "/certificates/{id}", dated).header("Authorization", hzAdmin()))
                    .andExpect(jsonPath("$.status").value("ACTIVE"))
                    .andExpect(jsonPath("$.suspendedUntil").doesNotExist())
                    .andExpect(jsonPath("$.statusReason").value("SUSPENSION_ENDED"));
            assertThat(certificateStatus(open)).as("no end date: only a decision ends it").isEqualTo("SUSPENDED");
            assertThat(certificateStatus(ending)).as("validity ended: not reinstated").isEqualTo("SUSPENDED");
            postJob("certificate-expiry", hzSupervisor(), "asOf", today).andExpect(status().isOk())
                    .andExpect(jsonPath("$.certificateIds").value(hasItem(ending)));
            assertThat(certificateStatus(ending)).isEqualTo("EXPIRED");

            var events = events(probe, dated, 3, CERTIFICATE_EVENTS);
            assertThat(typesOf(events)).containsExactly("certificate.issued", "certificate.suspended",
                    "certificate.reinstated");
            JsonNode reinstated = events.get(2).getValue();
            assertThat(reinstated.get("actor").asString()).isEqualTo("system");
            assertThat(reinstated.get("reason").asString()).isEqualTo("SUSPENSION_ENDED");
            assertThat(reinstated.get("effectiveAt").asString()).startsWith(today.toString());
            assertThat(reinstated.get("certificate").get("status").asString()).isEqualTo("ACTIVE");
            assertThat(typesOf(drained(probe, dated, CERTIFICATE_EVENTS))).hasSize(3);
            assertThat(typesOf(drained(probe, ending, CERTIFICATE_EVENTS))).containsExactly("certificate.issued",
                    "certificate.suspended", "certificate.expired");
        }
    }

    // ---------------------------------------------------------------- training and the annual review

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

    // ---------------------------------------------------------------- who decides (authorization review rows 2 and 9)

    private static final String GY_JUSTICE = "11320707300300013M";

    private static String gySupervisor(String username) {
        return TestTokens.user(username).roles(Role.SUPERVISOR_COUNTY).agency(GY_JUSTICE).region("320707").bearer();
    }

    private static void selfRefused(ResultActions result) throws Exception {
        result.andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("SELF_APPROVAL"));
    }

    /**
     * A judicial bureau's supervisor holds a 行政执法监督证 himself: every supervisor action on it is a colleague's
     * (or the city bureau's), never his own (403 SELF_APPROVAL); the holder still reads it.
     */
    @Test
    void supervisorsNeverActOnTheirOwnCertificate() throws Exception {
        String self = "gy-supervisor-" + TestIds.next();
        String me = gySupervisor(self);
        String colleague = gySupervisor("gy-supervisor-" + TestIds.next());
        String gyAdmin = TestTokens.user("gy-agency-admin").roles(Role.AGENCY_ADMIN).agency(GY_JUSTICE)
                .region("320707").bearer();
        String officerId = body(postJson(BASE + "/officers", gyAdmin, officerBody(GY_JUSTICE)
                .put("post", "行政执法监督科科员").put("username", self)).andExpect(status().isCreated()))
                .get("id").asString();
        ObjectNode application = json.createObjectNode().put("officerId", officerId)
                .put("certificateKind", "SUPERVISION").put("authoritySource", "《江苏省行政执法监督办法》");
        application.putArray("enforcementDomains").add("OTHER");
        application.putArray("enforcementArea").add("320707");
        String id = body(postJson(BASE + "/certificates", gyAdmin, application).andExpect(status().isCreated()))
                .get("id").asString();
        String path = BASE + "/certificates/{id}/";

        selfRefused(postJson(path + "approve", me, null, id));
        selfRefused(postJson(path + "reject", me, reason("不符合条件"), id));
        postJson(path + "approve", hzSupervisor(), null, id).andExpect(status().isNotFound());
        postJson(path + "approve", gyAdmin, null, id).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("ACCESS_DENIED"));
        postJson(path + "approve", colleague, null, id).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"));
        ObjectNode number = json.createObjectNode().put("certificateNo", "JSJD-320707-" + TestIds.next());
        selfRefused(postJson(path + "issue", me, number, id));
        postJson(path + "issue", colleague, number, id).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACTIVE"));

        ObjectNode next = json.createObjectNode().put("certificateNo", "JSJD-320707-" + TestIds.next());
        selfRefused(postJson(path + "suspend", me, reason("UNDER_INVESTIGATION"), id));
        selfRefused(postJson(path + "annual-reviews", me, json.createObjectNode().put("year", today.getYear())
                .put("result", "PASSED"), id));
        selfRefused(postJson(path + "renew", me, next, id));
        selfRefused(postJson(path + "revoke", me, reason("CRIMINAL_PENALTY"), id));
        selfRefused(postJson(path + "withdraw", me, null, id));
        selfRefused(postJson(path + "report-lost", me, null, id));
        selfRefused(postJson(path + "expire", me, null, id));
        postJson(path + "suspend", colleague, reason("UNDER_INVESTIGATION"), id).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUSPENDED"));
        selfRefused(postJson(path + "reinstate", me, null, id));
        postJson(path + "reinstate", citySupervisor(), null, id).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACTIVE"));

        // the bureau's admin reports the loss as any agency's admin does; the reissue and the cancelling are not his
        postJson(path + "report-lost", gyAdmin, null, id).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("LOST"));
        selfRefused(postJson(path + "reissue", me, next, id));
        selfRefused(postJson(path + "cancel", me, null, id));
        String reissued = body(postJson(path + "reissue", colleague, next, id).andExpect(status().isCreated()))
                .get("id").asString();
        postJson(path + "withdraw", colleague, null, reissued).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("WITHDRAWN"));
        selfRefused(postJson(path + "cancel", me, null, reissued));
        postJson(path + "cancel", gyAdmin, null, reissued).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("ACCESS_DENIED"));
        postJson(path + "cancel", colleague, null, reissued).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CANCELLED"));

        for (String certificate : new String[] {id, reissued}) {
            JsonNode read = body(mvc.perform(get(BASE + "/certificates/{id}", certificate).header("Authorization", me))
                    .andExpect(status().isOk()));
            assertThat(read.get("history").valueStream().map(h -> h.get("actor").asString()))
                    .as("nothing of it was done by its holder").isNotEmpty().doesNotContain(self);
        }
    }

    /** 注销 is the issuing bureau's act; the agency hands a certificate back (withdraw) or reports its loss. */
    @Test
    void cancellingIsForSupervisorsOfTheRegionOnly() throws Exception {
        String withdrawn = activeCertificate(registerOfficer(), today);
        postJson(BASE + "/certificates/{id}/withdraw", hzAdmin(), reason("调离执法岗位"), withdrawn)
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("WITHDRAWN"));
        String leader = TestTokens.user("hz-leader").roles(Role.AGENCY_LEADER).agency(HZ_MARKET).region("320706")
                .bearer();
        for (String refused : new String[] {hzAdmin(), officer("hz-officer-" + TestIds.next()), leader}) {
            postJson(BASE + "/certificates/{id}/cancel", refused, null, withdrawn).andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.code").value("ACCESS_DENIED"));
        }
        postJson(BASE + "/certificates/{id}/cancel", null, null, withdrawn).andExpect(status().isUnauthorized());
        postJson(BASE + "/certificates/{id}/cancel", dhSupervisor(), null, withdrawn).andExpect(status().isNotFound());
        assertThat(certificateStatus(withdrawn)).isEqualTo("WITHDRAWN");
        postJson(BASE + "/certificates/{id}/cancel", hzSupervisor(), reason("收回注销"), withdrawn)
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CANCELLED"));

        String lost = activeCertificate(registerOfficer(), today);
        postJson(BASE + "/certificates/{id}/report-lost", hzAdmin(), null, lost).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("LOST"));
        postJson(BASE + "/certificates/{id}/cancel", hzAdmin(), null, lost).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("ACCESS_DENIED"));
        postJson(BASE + "/certificates/{id}/cancel", citySupervisor(), reason("声明作废"), lost)
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CANCELLED"));
    }
}
