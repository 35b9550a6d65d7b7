package cn.gov.lyg.enforcement.personnel.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.events.EventSchemas;
import cn.gov.lyg.enforcement.events.vocabulary.CertificateKind;
import cn.gov.lyg.enforcement.events.vocabulary.EnforcementDomain;
import cn.gov.lyg.enforcement.personnel.certificate.AnnualReviewRecord;
import cn.gov.lyg.enforcement.personnel.certificate.Certificate;
import cn.gov.lyg.enforcement.personnel.certificate.ReviewResult;
import cn.gov.lyg.enforcement.personnel.certificate.ReviewSchedule;
import cn.gov.lyg.enforcement.personnel.officer.Education;
import cn.gov.lyg.enforcement.personnel.officer.EmploymentStatus;
import cn.gov.lyg.enforcement.personnel.officer.Gender;
import cn.gov.lyg.enforcement.personnel.officer.Officer;
import cn.gov.lyg.enforcement.personnel.officer.OfficerProfile;
import cn.gov.lyg.enforcement.personnel.officer.StaffType;
import cn.gov.lyg.enforcement.platform.identifier.RegionCodes;
import cn.gov.lyg.enforcement.platform.mongo.AggregateDocument;
import cn.gov.lyg.enforcement.platform.outbox.OutboxMessage;
import cn.gov.lyg.enforcement.platform.test.contract.OfficerEligibilityContract;
import cn.gov.lyg.enforcement.platform.test.contract.OfficerEligibilityContract.Agency;
import cn.gov.lyg.enforcement.platform.test.contract.OfficerEligibilityContract.Check;
import cn.gov.lyg.enforcement.platform.test.contract.OfficerEligibilityContract.History;
import cn.gov.lyg.enforcement.platform.test.contract.OfficerEligibilityContract.Message;
import cn.gov.lyg.enforcement.platform.test.contract.OfficerEligibilityContract.Recording;
import cn.gov.lyg.enforcement.platform.test.contract.OfficerEligibilityContract.Step;
import java.lang.reflect.Field;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Personnel's half of the eligibility contract with inspection ({@link OfficerEligibilityContract}): every history
 * of the shared table is played through personnel's own aggregates (officer, certificates) on its days, every
 * question is answered by {@link Eligibility} and must give the table's verdict and reasons, and the events the
 * aggregates publish (as the outbox writes them, ids made stable) must be the recording inspection replays. A
 * deliberate change of personnel's events regenerates the recording: {@code -Dcontract.update=true}.
 */
class EligibilityContractTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String SOURCE = "/enforcement/personnel";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Map<String, String> SCHEMAS = cn.gov.lyg.enforcement.events.EventCatalog.all().stream()
            .map(cn.gov.lyg.enforcement.events.EventContracts::of)
            .collect(Collectors.toMap(c -> c.type(), c -> c.schema()));

    private final Eligibility eligibility = new Eligibility(ReviewSchedule.defaults(), RegionCodes.defaultCodes());
    private final Map<String, Agency> agencies = OfficerEligibilityContract.agencies();

    /** One history played: the officer, the certificates, the outbox messages in order. */
    private final class Play {
        Officer officer;
        final Map<String, Certificate> certificates = new LinkedHashMap<>();
        final List<OutboxMessage> published = new ArrayList<>();

        void run(Step step) {
            Clock clock = Clock.fixed(step.on().atTime(10, 0).atZone(SHANGHAI).toInstant(), SHANGHAI);
            String actor = "contract";
            switch (step.action()) {
                case "register" -> {
                    Agency a = agencies.get(step.text("agency"));
                    officer = Officer.register(new OfficerProfile("合同测试", null, StaffType.CIVIL_SERVANT, "科员",
                                    Education.BACHELOR, false, false, false, null, null), Gender.MALE, "cipher",
                            "hash", "320706********0416", a.code(), a.region(), step.on(), actor, clock);
                    saved(officer);
                }
                case "issue" -> {
                    Certificate c = Certificate.apply(CertificateKind.ENFORCEMENT, officer.getId(), officer.getName(),
                            officer.getAgencyCode(), officer.getRegionCode(), step.list("domains").stream()
                                    .map(EnforcementDomain::valueOf).collect(Collectors.toSet()),
                            Set.copyOf(step.list("area")), "《行政处罚法》", actor, clock)
                            .followReviewSchedule(ReviewSchedule.defaults());
                    saved(c);
                    c.approve(actor, clock);
                    saved(c);
                    c.issue("JSZF-" + step.text("cert") + "-" + step.on(), step.date("validFrom"),
                            step.date("validTo"), actor, clock);
                    saved(c);
                    certificates.put(step.text("cert"), c);
                }
                case "suspend" -> certificate(step).suspend("UNDER_INVESTIGATION", step.date("until"), actor, clock);
                case "reinstate" -> certificate(step).reinstate(actor, null, clock);
                case "revoke" -> certificate(step).revoke("DISMISSED", actor, clock);
                case "withdraw" -> certificate(step).withdraw(step.text("reason"), actor, clock);
                case "report-lost" -> certificate(step).reportLost(null, actor, clock);
                case "expire" -> certificate(step).expire(step.on(), actor, clock);
                case "review-passed", "review-failed" -> {
                    int year = step.args().path("year").asInt();
                    boolean passed = step.action().equals("review-passed");
                    certificate(step).recordReview(new AnnualReviewRecord(year,
                            ReviewSchedule.defaults().dueDate(year), passed ? ReviewResult.PASSED : ReviewResult.FAILED,
                            passed ? List.of() : List.of("TRAINING_SHORTFALL"), 60.0, actor, clock.instant()), clock);
                }
                case "transfer" -> {
                    Agency a = agencies.get(step.text("agency"));
                    officer.transfer(a.code(), a.region(), step.date("effective"), actor, null, clock);
                }
                case "duty" -> officer.changeDuty(EmploymentStatus.valueOf(step.text("status")),
                        step.date("effective"), actor, null, clock);
                case "leave" -> officer.leave(EmploymentStatus.valueOf(step.text("status")), step.date("effective"),
                        actor, null, clock);
                default -> throw new IllegalArgumentException("unknown step " + step.action());
            }
            saved(officer);
            certificates.values().forEach(this::saved);
        }

        private Certificate certificate(Step step) {
            return certificates.get(step.text("cert"));
        }

        /** What saving does: the outbox takes the pending events, the document version goes up by one. */
        private void saved(AggregateDocument aggregate) {
            List<DomainEvent> events = List.copyOf(aggregate.pendingEvents());
            if (events.isEmpty() && aggregate.pendingAudit().isEmpty()) {
                return;
            }
            events.forEach(e -> published.add(OutboxMessage.ofEvent(e, SOURCE, null, JSON)));
            aggregate.pendingEvents().clear();
            aggregate.pendingAudit().clear();
            try {
                Field version = AggregateDocument.class.getDeclaredField("version");
                version.setAccessible(true);
                version.set(aggregate, aggregate.nextVersion());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        EligibilityResult ask(Check check) {
            return eligibility.evaluate(officer, List.copyOf(certificates.values()), check.date(),
                    check.domain() == null ? null : EnforcementDomain.valueOf(check.domain()), check.region());
        }
    }

    private Play play(History history) {
        Play play = new Play();
        history.steps().forEach(play::run);
        return play;
    }

    @Test
    void personnelGivesTheTablesVerdictsAndReasons() {
        List<String> mismatches = new ArrayList<>();
        for (History history : OfficerEligibilityContract.histories()) {
            Play play = play(history);
            for (Check check : history.checks()) {
                EligibilityResult r = play.ask(check);
                List<String> reasons = r.reasons().stream().map(Enum::name).toList();
                if (r.assignable() != check.assignable() || !reasons.equals(check.reasons())) {
                    mismatches.add(history.name() + " " + check + " -> personnel: " + r.assignable() + " " + reasons);
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void theRecordedEventsAreTheOnesPersonnelPublishes() {
        List<Recording> recordings = new ArrayList<>();
        for (History history : OfficerEligibilityContract.histories()) {
            Play play = play(history);
            Map<String, String> ids = new HashMap<>();
            String officerId = OfficerEligibilityContract.stableIds(history.name(), play.officer.getId(), ids);
            List<Message> messages = new ArrayList<>();
            for (OutboxMessage m : play.published) {
                var payload = OfficerEligibilityContract.parse(
                        OfficerEligibilityContract.stableIds(history.name(), m.payload(), ids));
                String type = m.type();
                assertThat(EventSchemas.validate(SCHEMAS.get(type), payload)).as(type).isEmpty();
                messages.add(new Message(type, m.topic(),
                        OfficerEligibilityContract.stableIds(history.name(), m.key(), ids), payload));
            }
            recordings.add(new Recording(history.name(), officerId, messages));
        }
        String fresh = OfficerEligibilityContract.toJson(recordings);
        if (Boolean.getBoolean("contract.update")) {
            OfficerEligibilityContract.write(fresh);
        }
        assertThat(OfficerEligibilityContract.recordedJson())
                .as("the recorded events are stale: run personnel-service's EligibilityContractTest with "
                        + "-Dcontract.update=true and commit platform-test's contracts/officer-eligibility-events.json")
                .isEqualTo(fresh);
    }

    @Test
    void theRecordingCoversEveryEventThatDecidesEligibility() {
        Set<String> types = OfficerEligibilityContract.recordings().values().stream()
                .flatMap(r -> r.messages().stream()).map(Message::type)
                .map(t -> t.replace("cn.gov.lyg.enforcement.personnel.", "").replaceAll("\\.v\\d+$", ""))
                .collect(Collectors.toSet());
        assertThat(types).contains("officer.profile-changed", "certificate.issued", "certificate.suspended",
                "certificate.reinstated", "certificate.revoked", "certificate.withdrawn", "certificate.expired",
                "certificate.reported-lost", "annual-review.passed", "annual-review.failed", "officer.transferred",
                "officer.duty-changed", "officer.left-service");
    }
}
