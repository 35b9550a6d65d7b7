package cn.gov.lyg.enforcement.supervision.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.lyg.enforcement.events.EventSchemas;
import cn.gov.lyg.enforcement.events.supervision.AccountabilityOutcomeDecided;
import cn.gov.lyg.enforcement.events.vocabulary.CaseMilestone;
import cn.gov.lyg.enforcement.events.vocabulary.ComplaintFinding;
import cn.gov.lyg.enforcement.events.vocabulary.RemedyOutcome;
import cn.gov.lyg.enforcement.events.vocabulary.ReviewGrade;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.InvalidTransitionException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Triggers, limitation, decisions per respondent incl. 尽职免责, appeals (DOMAIN.md §2.5.8, AS-51). */
class AccountabilityCaseTest {

    static final String A12 = "11320706300200020C";
    static final String O01 = "6f1c2d3e-4a5b-4c6d-8e7f-0a1b2c3d4e5f";
    static final String O08 = "7a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";
    static final Instant NOW = Instant.parse("2025-10-20T02:00:00Z");

    static AccountabilityCase opened() {
        AccountabilityCase c = AccountabilityCase.open(AccountabilityTrigger.RECONSIDERATION_REVOKED,
                A12 + ":X-1:RECONSIDERATION_CONCLUDED", "ev-1", A12, "320706", "X-1", "复议撤销", null,
                LocalDate.of(2025, 9, 26), LocalDate.of(2025, 10, 24), false, false);
        c.addRespondents(List.of(new AccountabilityCase.Respondent(O01, "HANDLING_OFFICER", null, "张伟"),
                new AccountabilityCase.Respondent(O08, "LEGAL_REVIEWER", null, "王芳")));
        return c;
    }

    @Test
    void triggersAreReversedRemediesUnqualifiedReviewsAndSubstantiatedComplaints() {
        assertThat(AccountabilityRules.triggerOf(CaseMilestone.RECONSIDERATION_CONCLUDED, RemedyOutcome.REVOKED))
                .contains(AccountabilityTrigger.RECONSIDERATION_REVOKED);
        assertThat(AccountabilityRules.triggerOf(CaseMilestone.LITIGATION_CONCLUDED,
                RemedyOutcome.CONFIRMED_UNLAWFUL)).contains(AccountabilityTrigger.LITIGATION_LOST);
        assertThat(AccountabilityRules.triggerOf(CaseMilestone.RECONSIDERATION_CONCLUDED, RemedyOutcome.UPHELD))
                .isEmpty();
        assertThat(AccountabilityRules.triggerOf(CaseMilestone.RECONSIDERATION_CONCLUDED,
                RemedyOutcome.WITHDRAWN_BY_APPLICANT)).isEmpty();
        assertThat(AccountabilityRules.triggerOf(CaseMilestone.DECIDED, RemedyOutcome.REVOKED)).isEmpty();
        assertThat(AccountabilityRules.triggers(ReviewGrade.UNQUALIFIED, List.of())).isTrue();
        assertThat(AccountabilityRules.triggers(ReviewGrade.GOOD, List.of())).isFalse();
        assertThat(AccountabilityRules.triggers(ComplaintFinding.SUBSTANTIATED, false)).isTrue();
        assertThat(AccountabilityRules.triggers(ComplaintFinding.PARTLY, false)).isFalse();
        assertThat(AccountabilityRules.triggers(ComplaintFinding.PARTLY, true)).isTrue();
    }

    @Test
    void aFaultDiscoveredMoreThanTwoYearsLaterIsNotPursued() {
        assertThat(AccountabilityRules.timeBarred(LocalDate.of(2023, 5, 1), LocalDate.of(2025, 5, 1), 2)).isFalse();
        assertThat(AccountabilityRules.timeBarred(LocalDate.of(2023, 5, 1), LocalDate.of(2025, 5, 2), 2)).isTrue();
        assertThat(AccountabilityRules.timeBarred(null, LocalDate.of(2025, 5, 2), 2)).isFalse();
        AccountabilityCase barred = AccountabilityCase.open(AccountabilityTrigger.SUPERVISION_FINDING, "f-1", null,
                A12, "320706", null, "x", LocalDate.of(2022, 1, 1), LocalDate.of(2025, 1, 2),
                LocalDate.of(2025, 1, 23), false, true);
        assertThat(barred.getStatus()).isEqualTo(AccountabilityStatus.NOT_PURSUED);
        assertThatThrownBy(() -> barred.decide("d", LocalDate.of(2025, 1, 5), List.of(), 30, "a", NOW))
                .isInstanceOf(InvalidTransitionException.class);
    }

    @Test
    void theSameTriggerIsTheSameCase() {
        assertThat(AccountabilityCase.idOf(AccountabilityTrigger.REVIEW_UNQUALIFIED, "r-1"))
                .isEqualTo(AccountabilityCase.idOf(AccountabilityTrigger.REVIEW_UNQUALIFIED, "r-1"))
                .isNotEqualTo(AccountabilityCase.idOf(AccountabilityTrigger.REVIEW_UNQUALIFIED, "r-2"));
    }

    @Test
    void everyRespondentGetsAnOutcomeAndTheCertificateMeasureGoesToPersonnel() {
        AccountabilityCase c = opened();
        assertThatThrownBy(() -> c.decide("海司追〔2025〕1号", LocalDate.of(2025, 10, 20), List.of(
                new AccountabilityRules.Decided(O01, LiabilityOutcome.SUSPEND_CERTIFICATE, "GROSS_NEGLIGENCE",
                        LocalDate.of(2026, 1, 20), null)), 30, "hz-supervisor", NOW))
                .isInstanceOf(ApiException.class).extracting("code").isEqualTo("ACCOUNTABILITY_OUTCOME_MISSING");
        assertThatThrownBy(() -> c.decide("d", LocalDate.of(2025, 10, 20), List.of(
                new AccountabilityRules.Decided(O01, LiabilityOutcome.SUSPEND_CERTIFICATE, null, null, null),
                new AccountabilityRules.Decided(O08, LiabilityOutcome.EXEMPTED, null, null, " ")), 30, "a", NOW))
                .isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(((ApiException) e).errors()).extracting("code").containsExactly(
                        "ACCOUNTABILITY_FAULT_REQUIRED", "ACCOUNTABILITY_EXEMPTION_REASON_REQUIRED"));
        c.decide("海司追〔2025〕1号", LocalDate.of(2025, 10, 20), List.of(
                new AccountabilityRules.Decided(O01, LiabilityOutcome.SUSPEND_CERTIFICATE, "GROSS_NEGLIGENCE",
                        LocalDate.of(2026, 1, 20), null),
                new AccountabilityRules.Decided(O08, LiabilityOutcome.EXEMPTED, null, null,
                        "已依法履行法制审核职责，尽职免责")), 30, "hz-supervisor", NOW);
        assertThat(c.getStatus()).isEqualTo(AccountabilityStatus.DECIDED);
        assertThat(c.getAppealDueOn()).isEqualTo(LocalDate.of(2025, 11, 19));
        List<AccountabilityOutcomeDecided> events = c.pendingEvents().stream()
                .map(AccountabilityOutcomeDecided.class::cast).toList();
        assertThat(events).extracting(AccountabilityOutcomeDecided::officerId, AccountabilityOutcomeDecided::measure)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(O01, "SUSPEND_CERTIFICATE"),
                        org.assertj.core.groups.Tuple.tuple(O08, "NO_CERTIFICATE_MEASURE"));
        assertThat(events.get(0).suspendedUntil()).isEqualTo(LocalDate.of(2026, 1, 20));
        JsonMapper json = JsonMapper.builder().build();
        events.forEach(e -> assertThat(EventSchemas.validate(AccountabilityOutcomeDecided.class,
                json.valueToTree(e))).isEmpty());
    }

    @Test
    void anAppealWithin30DaysCanRevokeASuspensionWhichReinstatesTheCertificate() {
        AccountabilityCase c = opened();
        c.decide("d-1", LocalDate.of(2025, 10, 20), List.of(
                new AccountabilityRules.Decided(O01, LiabilityOutcome.SUSPEND_CERTIFICATE, "INTENTIONAL", null, null),
                new AccountabilityRules.Decided(O08, LiabilityOutcome.NO_LIABILITY, null, null, "无过错")), 30, "a",
                NOW);
        assertThatThrownBy(() -> c.appeal(O01, LocalDate.of(2025, 11, 20), "x")).isInstanceOf(ApiException.class)
                .extracting("code").isEqualTo("ACCOUNTABILITY_APPEAL_LATE");
        c.appeal(O01, LocalDate.of(2025, 11, 19), "证据不足");
        c.decideAppeal(false, LocalDate.of(2025, 11, 25), "撤销暂扣", NOW);
        AccountabilityOutcomeDecided last = (AccountabilityOutcomeDecided) c.pendingEvents()
                .get(c.pendingEvents().size() - 1);
        assertThat(last.measure()).isEqualTo("REINSTATE_CERTIFICATE");
        assertThat(last.officerId()).isEqualTo(O01);
        assertThat(c.getOutcomes().get(0).revokedOnAppeal()).isTrue();
        c.close(LocalDate.of(2025, 11, 26));
        assertThat(c.getStatus()).isEqualTo(AccountabilityStatus.CLOSED);
    }

    @Test
    void theInvestigationDeadlineCanBeExtendedOnceBeforeItPasses() {
        AccountabilityCase c = opened();
        assertThatThrownBy(() -> c.extend("复杂", LocalDate.of(2025, 10, 25), LocalDate.of(2025, 11, 14), false))
                .isInstanceOf(ApiException.class).extracting("code")
                .isEqualTo("ACCOUNTABILITY_EXTENSION_AFTER_DEADLINE");
        c.extend("案情复杂", LocalDate.of(2025, 10, 24), LocalDate.of(2025, 11, 14), false);
        assertThat(c.getDueOn()).isEqualTo(LocalDate.of(2025, 11, 14));
        assertThatThrownBy(() -> c.extend("again", LocalDate.of(2025, 10, 24), LocalDate.of(2025, 12, 5), false))
                .isInstanceOf(ApiException.class).extracting("code").isEqualTo("ACCOUNTABILITY_EXTENSION_USED");
        assertThat(c.overdue(LocalDate.of(2025, 11, 14))).isFalse();
        assertThat(c.overdue(LocalDate.of(2025, 11, 15))).isTrue();
        assertThatThrownBy(() -> c.addRespondents(List.of(new AccountabilityCase.Respondent("O01", "OTHER", null,
                null)))).isInstanceOf(ApiException.class).extracting("code").isEqualTo("OFFICER_ID_INVALID");
    }
}
