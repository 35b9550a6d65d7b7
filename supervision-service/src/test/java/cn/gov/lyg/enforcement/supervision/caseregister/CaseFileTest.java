package cn.gov.lyg.enforcement.supervision.caseregister;

import cn.gov.lyg.enforcement.events.vocabulary.CaseMilestone;
import cn.gov.lyg.enforcement.events.vocabulary.ItemType;
import cn.gov.lyg.enforcement.events.vocabulary.LegalReviewResult;
import cn.gov.lyg.enforcement.events.vocabulary.PenaltyKind;
import cn.gov.lyg.enforcement.events.vocabulary.RemedyOutcome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.lyg.enforcement.events.supervision.CaseMilestoneRecorded;
import cn.gov.lyg.enforcement.platform.calendar.WorkingDayCalendar;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.supervision.support.WorkingDays;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Milestone validation, idempotent repeats, date order and the three-systems facts on the 2025 calendar. */
class CaseFileTest {

    static final String HZ_MARKET = "11320706300200020C";
    static final WorkingDays DAYS = new WorkingDays(WorkingDayCalendar.defaultCalendar());
    static final ThreeSystemsPolicy POLICY = ThreeSystemsPolicy.defaults();
    static final LocalDate TODAY = LocalDate.of(2025, 12, 31);
    static final Instant NOW = Instant.parse("2025-12-31T04:00:00Z");

    static Milestone m(CaseMilestone type, String on) {
        return new Milestone(type, LocalDate.parse(on), null, List.of(), null, null, null, null, null, null, null,
                null, null, List.of(), null, NOW, "tester");
    }

    static Milestone decided(String on, List<PenaltyKind> kinds, String fine) {
        return new Milestone(CaseMilestone.DECIDED, LocalDate.parse(on), "连海市监罚决〔2025〕1号", kinds,
                fine == null ? null : new BigDecimal(fine), null, "app-1", null, null, null, null, null, null,
                List.of(), null, NOW, "tester");
    }

    static Milestone remedy(CaseMilestone type, String on, RemedyOutcome outcome) {
        return new Milestone(type, LocalDate.parse(on), null, List.of(), null, null, null, null, null, null, outcome,
                null, null, List.of(), null, NOW, "tester");
    }

    static CaseFile penalty() {
        return CaseFile.open(HZ_MARKET, "320706", "连海市监罚〔2025〕1号", ItemType.PENALTY);
    }

    static void record(CaseFile c, Milestone m) {
        assertThat(c.record(c.getCaseType(), m, POLICY, DAYS, TODAY, NOW)).isEqualTo(CaseFile.Outcome.RECORDED);
    }

    @ParameterizedTest(name = "{0} decided {1} → publish by {2}")
    @CsvSource({
            "PENALTY, 2025-04-28, 2025-05-12",     // 7 wd: 29, 30 Apr, 6–9, 12 May (劳动节 skipped)
            "LICENSING, 2025-09-26, 2025-10-13",   // 7 wd: 28 Sep (调休), 29, 30 Sep, 9, 10, 11 (调休), 13 Oct
            "PENALTY, 2025-01-24, 2025-02-10",     // 26 Jan (调休), 27 Jan, 5, 6, 7, 8 (调休), 10 Feb
            "COERCION, 2025-04-28, 2025-05-29",    // 20 wd for the other kinds
            "OTHER, 2025-09-26, 2025-10-30"
    })
    void disclosureIsDueSevenOrTwentyWorkingDaysAfterTheDecision(ItemType type, String decidedOn, String due) {
        CaseFile c = CaseFile.open(HZ_MARKET, "320706", "X-" + type, type);
        record(c, type == ItemType.PENALTY ? decided(decidedOn, List.of(PenaltyKind.WARNING), null)
                : new Milestone(CaseMilestone.DECIDED, LocalDate.parse(decidedOn), "D-1", List.of(), null, null, null,
                null, null, null, null, null, null, List.of(), null, NOW, "t"));
        assertThat(c.getFacts().disclosureDueOn()).isEqualTo(LocalDate.parse(due));
        assertThat(c.getDecidedOn()).isEqualTo(LocalDate.parse(decidedOn));
        assertThat(c.getFacts().disclosureOverdue(LocalDate.parse(due))).isFalse();
        assertThat(c.getFacts().disclosureOverdue(LocalDate.parse(due).plusDays(1))).isTrue();
    }

    @Test
    void aLatePublicationStaysOverdueAndAnInTimeOneIsNot() {
        CaseFile c = penalty();
        record(c, decided("2025-04-28", List.of(PenaltyKind.WARNING), null));
        record(c, m(CaseMilestone.PUBLISHED, "2025-05-13"));
        assertThat(c.getFacts().disclosedInTime()).isFalse();
        assertThat(c.getFacts().disclosureOverdue(LocalDate.of(2025, 5, 13))).isTrue();
        CaseFile d = penalty();
        record(d, decided("2025-04-28", List.of(PenaltyKind.WARNING), null));
        record(d, m(CaseMilestone.PUBLISHED, "2025-05-12"));
        assertThat(d.getFacts().disclosedInTime()).isTrue();
    }

    @Test
    void aRevokedPublishedDecisionMustBeWithdrawnWithinThreeWorkingDays() {
        CaseFile c = penalty();
        record(c, decided("2025-03-03", List.of(PenaltyKind.FINE), "5000"));
        record(c, m(CaseMilestone.PUBLISHED, "2025-03-05"));
        record(c, remedy(CaseMilestone.RECONSIDERATION_CONCLUDED, "2025-09-30", RemedyOutcome.REVOKED));
        assertThat(c.getFacts().reversedOn()).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(c.getFacts().withdrawalDueOn()).isEqualTo(LocalDate.of(2025, 10, 11)); // 9, 10, 11 (调休)
        assertThat(c.getFacts().withdrawalOverdue(LocalDate.of(2025, 10, 11))).isFalse();
        assertThat(c.getFacts().withdrawalOverdue(LocalDate.of(2025, 10, 13))).isTrue();
        record(c, m(CaseMilestone.PUBLICATION_WITHDRAWN, "2025-10-10"));
        assertThat(c.getFacts().withdrawalOverdue(LocalDate.of(2025, 12, 1))).isFalse();
    }

    @Test
    void anUpheldDecisionOrAnUnpublishedOneNeedsNoWithdrawal() {
        CaseFile c = penalty();
        record(c, decided("2025-03-03", List.of(PenaltyKind.WARNING), null));
        record(c, m(CaseMilestone.PUBLISHED, "2025-03-05"));
        record(c, remedy(CaseMilestone.LITIGATION_CONCLUDED, "2025-06-30", RemedyOutcome.UPHELD));
        assertThat(c.getFacts().withdrawalDueOn()).isNull();
        CaseFile d = penalty();
        record(d, decided("2025-03-03", List.of(PenaltyKind.WARNING), null));
        record(d, remedy(CaseMilestone.LITIGATION_CONCLUDED, "2025-06-30", RemedyOutcome.CONFIRMED_UNLAWFUL));
        assertThat(d.getFacts().reversedOn()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(d.getFacts().withdrawalDueOn()).isNull();
    }

    @Test
    void legalReviewIsRequiredAfterAHearingForHeavyKindsAndLargeFinesAndCoveredOnlyWhenPassedBefore() {
        CaseFile hearing = penalty();
        record(hearing, m(CaseMilestone.FILED, "2025-03-01"));
        record(hearing, m(CaseMilestone.HEARING, "2025-03-10"));
        record(hearing, decided("2025-03-20", List.of(PenaltyKind.FINE), "150000"));
        assertThat(hearing.getFacts().legalReviewRequired()).isTrue();
        assertThat(hearing.getFacts().legalReviewCovered()).isFalse();

        CaseFile revoked = CaseFile.open(HZ_MARKET, "320706", "R-1", ItemType.PENALTY);
        record(revoked, new Milestone(CaseMilestone.LEGAL_REVIEW, LocalDate.of(2025, 3, 18), null, List.of(), null,
                null, null, null, LegalReviewResult.PASSED, "O08", null, null, null, List.of(), null, NOW, "t"));
        record(revoked, decided("2025-03-20", List.of(PenaltyKind.REVOKE_LICENCE), null));
        assertThat(revoked.getFacts().legalReviewRequired()).isTrue();
        assertThat(revoked.getFacts().legalReviewCovered()).isTrue();

        CaseFile small = CaseFile.open(HZ_MARKET, "320706", "S-1", ItemType.PENALTY);
        record(small, decided("2025-03-20", List.of(PenaltyKind.FINE), "99999.99"));
        assertThat(small.getFacts().legalReviewRequired()).isFalse();
        CaseFile large = CaseFile.open(HZ_MARKET, "320706", "L-1", ItemType.PENALTY);
        record(large, decided("2025-03-20", List.of(PenaltyKind.FINE), "100000"));
        assertThat(large.getFacts().legalReviewRequired()).isTrue();
    }

    @Test
    void audioVideoIsRequiredForTheListedActsOnly() {
        CaseFile c = penalty();
        record(c, new Milestone(CaseMilestone.FILED, LocalDate.of(2025, 3, 1), null, List.of(), null, null, null,
                null, null, null, null, null, null, List.of(new AvAct("SEIZE", false), new AvAct("INTERVIEW", false)),
                null, NOW, "t"));
        assertThat(c.getFacts().avRequired()).isTrue();
        assertThat(c.getFacts().avComplete()).isFalse();
        CaseFile d = penalty();
        record(d, new Milestone(CaseMilestone.FILED, LocalDate.of(2025, 3, 1), null, List.of(), null, null, null,
                null, null, null, null, null, null, List.of(new AvAct("SEAL", true), new AvAct("INTERVIEW", false)),
                null, NOW, "t"));
        assertThat(d.getFacts().avRequired()).isTrue();
        assertThat(d.getFacts().avComplete()).isTrue();
    }

    @Test
    void theSameReportAgainIsARepeatAndADifferentOneAConflict() {
        CaseFile c = penalty();
        record(c, decided("2025-03-20", List.of(PenaltyKind.FINE), "5000"));
        assertThat(c.pendingEvents()).singleElement().isInstanceOfSatisfying(CaseMilestoneRecorded.class, e -> {
            assertThat(e.fineAmount()).isEqualTo("5000.00");
            assertThat(e.penaltyKinds()).containsExactly("FINE");
        });
        Milestone again = decided("2025-03-20", List.of(PenaltyKind.FINE), "5000.00");
        assertThat(c.record(ItemType.PENALTY, again, POLICY, DAYS, TODAY, NOW)).isEqualTo(CaseFile.Outcome.REPEATED);
        assertThat(c.pendingEvents()).hasSize(1);
        assertThatThrownBy(() -> c.record(ItemType.PENALTY, decided("2025-03-20", List.of(PenaltyKind.FINE), "6000"),
                POLICY, DAYS, TODAY, NOW)).extracting("code").isEqualTo("MILESTONE_CONFLICT");
        assertThatThrownBy(() -> c.record(ItemType.LICENSING, m(CaseMilestone.SERVED, "2025-03-21"), POLICY, DAYS,
                TODAY, NOW)).extracting("code").isEqualTo("CASE_TYPE_MISMATCH");
    }

    @Test
    void datesMustBeInOrderWhicheverArrivesFirst() {
        CaseFile c = penalty();
        record(c, decided("2025-03-20", List.of(PenaltyKind.WARNING), null));
        assertThatThrownBy(() -> c.record(ItemType.PENALTY, m(CaseMilestone.FILED, "2025-03-21"), POLICY, DAYS, TODAY,
                NOW)).isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo("MILESTONE_DATE_ORDER");
                    assertThat(e.errors()).singleElement().extracting("field").isEqualTo("occurredOn");
                });
        assertThatThrownBy(() -> c.record(ItemType.PENALTY, m(CaseMilestone.SERVED, "2025-03-19"), POLICY, DAYS, TODAY,
                NOW)).extracting("code").isEqualTo("MILESTONE_DATE_ORDER");
        record(c, m(CaseMilestone.FILED, "2025-03-01"));
        record(c, m(CaseMilestone.SERVED, "2025-03-20"));
        assertThatThrownBy(() -> c.record(ItemType.PENALTY, m(CaseMilestone.EXECUTED, "2025-03-19"), POLICY, DAYS,
                TODAY, NOW)).extracting("code").isEqualTo("MILESTONE_DATE_ORDER");
        assertThatThrownBy(() -> c.record(ItemType.PENALTY, m(CaseMilestone.CLOSED, "2026-01-02"), POLICY, DAYS,
                TODAY, NOW)).extracting("code").isEqualTo("DATE_IN_FUTURE");
    }

    @Test
    void decisionsCarryValidKindsAndExactNonNegativeAmounts() {
        assertThat(CaseRules.check(decided("2025-03-20", List.of(), null), ItemType.PENALTY, TODAY))
                .extracting("code").contains("PENALTY_KINDS_REQUIRED");
        assertThat(CaseRules.check(decided("2025-03-20", List.of(PenaltyKind.FINE), null), ItemType.PENALTY, TODAY))
                .extracting("code").containsExactly("FINE_AMOUNT_REQUIRED");
        assertThat(CaseRules.check(decided("2025-03-20", List.of(PenaltyKind.FINE), "-1"), ItemType.PENALTY, TODAY))
                .extracting("code").containsExactly("AMOUNT_NEGATIVE");
        assertThat(CaseRules.check(decided("2025-03-20", List.of(PenaltyKind.FINE), "10.005"), ItemType.PENALTY,
                TODAY)).extracting("code").containsExactly("AMOUNT_SCALE");
        assertThat(CaseRules.check(decided("2025-03-20", List.of(PenaltyKind.WARNING), "100"), ItemType.PENALTY,
                TODAY)).extracting("code").containsExactly("FINE_WITHOUT_KIND");
        assertThat(CaseRules.check(decided("2025-03-20", List.of(PenaltyKind.FINE, PenaltyKind.FINE), "100"),
                ItemType.PENALTY, TODAY)).extracting("code").containsExactly("PENALTY_KIND_DUPLICATE");
        assertThat(CaseRules.check(decided("2025-03-20", List.of(PenaltyKind.FINE, PenaltyKind.CONFISCATE_ILLEGAL_GAINS),
                "100.50"), ItemType.PENALTY, TODAY)).isEmpty();
        assertThat(CaseRules.check(remedy(CaseMilestone.LITIGATION_CONCLUDED, "2025-03-20", null), ItemType.PENALTY,
                TODAY)).extracting("code").containsExactly("FIELD_REQUIRED");
        assertThat(CaseRules.check(remedy(CaseMilestone.SERVED, "2025-03-20", RemedyOutcome.UPHELD),
                ItemType.PENALTY, TODAY)).extracting("code").containsExactly("FIELD_NOT_FOR_MILESTONE");
    }
}
