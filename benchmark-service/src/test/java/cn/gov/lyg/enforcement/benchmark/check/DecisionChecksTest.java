package cn.gov.lyg.enforcement.benchmark.check;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.lyg.enforcement.benchmark.benchmark.BenchmarkEntry;
import cn.gov.lyg.enforcement.benchmark.benchmark.BenchmarkLevel;
import cn.gov.lyg.enforcement.benchmark.benchmark.CircumstanceLevel;
import cn.gov.lyg.enforcement.benchmark.benchmark.ComputationModel;
import cn.gov.lyg.enforcement.benchmark.benchmark.DiscretionBenchmark;
import cn.gov.lyg.enforcement.benchmark.benchmark.DiscretionTier;
import cn.gov.lyg.enforcement.benchmark.benchmark.Entries;
import cn.gov.lyg.enforcement.benchmark.benchmark.PenaltyKind;
import cn.gov.lyg.enforcement.benchmark.recommendation.Recommendation;
import cn.gov.lyg.enforcement.benchmark.recommendation.RecommendationEngine;
import cn.gov.lyg.enforcement.benchmark.recommendation.RecommendationRequest;
import cn.gov.lyg.enforcement.platform.calendar.WorkingDayCalendar;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DecisionChecksTest {

    private static final LocalDate ACT = LocalDate.of(2025, 3, 3);
    private static final LocalDate DISCOVERED = LocalDate.of(2025, 3, 10);
    private static final LocalDate DECISION = LocalDate.of(2025, 6, 16);
    private static final ReviewerProfile QUALIFIED = new ReviewerProfile("lr-1", true, true, true);
    private final DecisionChecks checks = new DecisionChecks(CheckSettings.defaults(), WorkingDayCalendar.defaultCalendar());
    private final RecommendationEngine engine = new RecommendationEngine();
    private final DiscretionBenchmark bench = Entries.published(BenchmarkLevel.CITY, null, ComputationModel.A,
            LocalDate.of(2024, 1, 1), Entries.fir6013(), Entries.mkt12512(), Entries.emg973(), Entries.urb426());

    private static RecommendationRequest facts(CircumstanceLevel level, Set<String> factors, Long base) {
        return new RecommendationRequest(level, factors, Map.of(), base == null ? null : BigDecimal.valueOf(base), ACT,
                null, DISCOVERED, DECISION, false, List.of());
    }

    /** A fine decided in the general procedure with every procedural step done properly. */
    private static ProposedDecision proper(long fine, Set<PenaltyKind> kinds) {
        return new ProposedDecision(kinds, BigDecimal.valueOf(fine), null, null, PartyType.LEGAL_PERSON,
                ProcedureType.GENERAL, false, false, false, DECISION, LocalDate.of(2025, 5, 6), true, null, false, null,
                null, false, "lr-1", LocalDate.of(2025, 6, 13), null, null, "FIRE");
    }

    private CheckReport check(String code, RecommendationRequest facts, ProposedDecision d) {
        BenchmarkEntry e = bench.entryByViolationCode(code).orElseThrow();
        Recommendation rec = engine.recommend(bench, e, facts, List.of());
        return checks.check(e, facts, rec, d, QUALIFIED, AssessmentStatus.DONE);
    }

    private static List<String> codes(CheckReport r) {
        return r.breaches().stream().map(CheckResult::code).toList();
    }

    @Test
    void aProperStandardFinePasses() {
        CheckReport r = check("FIR-60-1-3", facts(CircumstanceLevel.GENERAL, Set.of(), null),
                proper(30_000, Set.of(PenaltyKind.FINE)));
        assertThat(r.breaches()).isEmpty();
        assertThat(r.verdict()).isEqualTo(Verdict.PASS);
        assertThat(r.deviation()).isFalse();
        assertThat(r.hearingRight()).isFalse();
        assertThat(r.results()).allSatisfy(x -> assertThat(x.citation()).isNotNull());
    }

    @Test
    void as30AboveTheStatutoryMaximum() {
        CheckReport r = check("FIR-60-1-3", facts(CircumstanceLevel.GENERAL, Set.of(), null),
                proper(60_000, Set.of(PenaltyKind.FINE)));
        assertThat(codes(r)).contains("ABOVE_STATUTORY_MAX", "DEVIATION_APPROVAL_REQUIRED");
        assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void as32HeavierDespiteArticle32IsRejectedLighterOrMitigatedAccepted() {
        RecommendationRequest f = facts(CircumstanceLevel.SERIOUS, Set.of("ART32_ELIMINATED_HARM"), null);
        ProposedDecision heavier = withTier(proper(40_000, Set.of(PenaltyKind.FINE)), DiscretionTier.HEAVIER);
        assertThat(codes(check("FIR-60-1-3", f, heavier))).contains("ART32_REQUIRES_LIGHTER_OR_MITIGATED");
        assertThat(codes(check("FIR-60-1-3", f, proper(40_000, Set.of(PenaltyKind.FINE)))))
                .as("tier derived from the amount").contains("ART32_REQUIRES_LIGHTER_OR_MITIGATED");
        assertThat(codes(check("FIR-60-1-3", f, proper(10_000, Set.of(PenaltyKind.FINE))))).isEmpty();
        CheckReport mitigated = check("FIR-60-1-3", f, proper(3_000, Set.of(PenaltyKind.FINE)));
        assertThat(codes(mitigated)).isEmpty();
        assertThat(mitigated.deviation()).isFalse();
    }

    @Test
    void belowTheMinimumWithoutGroundsIsRefused() {
        assertThat(codes(check("FIR-60-1-3", facts(CircumstanceLevel.MINOR, Set.of(), null),
                proper(3_000, Set.of(PenaltyKind.FINE))))).contains("BELOW_STATUTORY_MIN");
    }

    @Test
    void as34DeviationNeedsACompleteApproval() {
        RecommendationRequest f = facts(CircumstanceLevel.GENERAL, Set.of("ART32_ELIMINATED_HARM"), 20_000L);
        Set<PenaltyKind> kinds = Set.of(PenaltyKind.FINE, PenaltyKind.CONFISCATE_ILLEGAL_GAINS,
                PenaltyKind.CONFISCATE_ILLEGAL_PROPERTY);
        ProposedDecision noApproval = withDomain(proper(150_000, kinds), "MARKET");
        CheckReport r = check("MKT-125-1-2", f, noApproval);
        assertThat(codes(r)).contains("DEVIATION_APPROVAL_REQUIRED");
        assertThat(r.deviation()).isTrue();

        DeviationApproval collective = new DeviationApproval(ApprovalType.COLLECTIVE_DELIBERATION, null,
                LocalDate.of(2025, 6, 12), List.of("局长", "副局长", "法规科长"), "2025年第7次集体讨论纪要", "情节特殊，按基准明显不当");
        // a lighter-tier fine above the LIGHTER band is also ART32; use the STANDARD circumstance without Art. 32
        RecommendationRequest plain = facts(CircumstanceLevel.MINOR, Set.of(), 20_000L);
        CheckReport approved = check("MKT-125-1-2", plain, withApproval(withDomain(proper(150_000, kinds), "MARKET"), collective));
        assertThat(codes(approved)).doesNotContain("DEVIATION_APPROVAL_REQUIRED", "DEVIATION_APPROVAL_INCOMPLETE");
        assertThat(approved.deviation()).isTrue();

        DeviationApproval incomplete = new DeviationApproval(ApprovalType.COLLECTIVE_DELIBERATION, null,
                LocalDate.of(2025, 6, 12), List.of(), null, " ");
        assertThat(codes(check("MKT-125-1-2", plain, withApproval(proper(150_000, kinds), incomplete))))
                .contains("DEVIATION_APPROVAL_INCOMPLETE");
        DeviationApproval afterDecision = new DeviationApproval(ApprovalType.PRINCIPAL_LEADER, "局长",
                DECISION.plusDays(1), List.of(), null, "理由");
        assertThat(codes(check("MKT-125-1-2", plain, withApproval(proper(150_000, kinds), afterDecision))))
                .contains("DEVIATION_APPROVAL_INCOMPLETE");
        DeviationApproval leader = new DeviationApproval(ApprovalType.PRINCIPAL_LEADER, "局长", DECISION, List.of(), null, "理由");
        assertThat(codes(check("MKT-125-1-2", plain, withApproval(proper(150_000, kinds), leader))))
                .doesNotContain("DEVIATION_APPROVAL_INCOMPLETE", "DEVIATION_APPROVAL_REQUIRED");
    }

    @Test
    void mandatoryKindsCannotBeDroppedAndOtherKindsNotAdded() {
        RecommendationRequest f = facts(CircumstanceLevel.GENERAL, Set.of("ART32_ELIMINATED_HARM"), 20_000L);
        assertThat(codes(check("MKT-125-1-2", f, proper(120_000, Set.of(PenaltyKind.FINE)))))
                .contains("MANDATORY_KIND_MISSING");
        assertThat(codes(check("FIR-60-1-3", facts(CircumstanceLevel.GENERAL, Set.of(), null),
                proper(30_000, Set.of(PenaltyKind.FINE, PenaltyKind.DETENTION))))).contains("PENALTY_KIND_NOT_ALLOWED");
    }

    @Test
    void aFineNeedsTheKindFineAndNoNegativeAmounts() {
        assertThat(codes(check("FIR-60-1-3", facts(CircumstanceLevel.GENERAL, Set.of(), null),
                proper(30_000, Set.of(PenaltyKind.WARNING))))).contains("FINE_KIND_MISMATCH");
        assertThat(codes(check("FIR-60-1-3", facts(CircumstanceLevel.GENERAL, Set.of(), null),
                proper(-5, Set.of(PenaltyKind.FINE))))).contains("NEGATIVE_AMOUNT");
    }

    @Test
    void mandatoryNoPenaltyCannotBePenalisedAndNeedsEducation() {
        RecommendationRequest f = facts(CircumstanceLevel.MINOR,
                Set.of("MINOR_VIOLATION", "PROMPTLY_CORRECTED", "NO_HARMFUL_CONSEQUENCE"), null);
        assertThat(codes(check("FIR-60-1-3", f, proper(5_000, Set.of(PenaltyKind.FINE))))).contains("NO_PENALTY_REQUIRED");
        ProposedDecision none = noPenalty(null);
        assertThat(codes(check("FIR-60-1-3", f, none))).containsExactly("EDUCATION_MEASURE_MISSING");
        assertThat(check("FIR-60-1-3", f, noPenalty("当场批评教育并责令改正")).verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void noPenaltyWithoutAnyGroundIsADeviation() {
        CheckReport r = check("FIR-60-1-3", facts(CircumstanceLevel.GENERAL, Set.of(), null), noPenalty("教育"));
        assertThat(codes(r)).contains("DEVIATION_APPROVAL_REQUIRED");
        CheckReport first = check("FIR-60-1-3", facts(CircumstanceLevel.GENERAL, Set.of("MINOR_HARM", "PROMPTLY_CORRECTED"), null),
                noPenalty("教育"));
        assertThat(codes(first)).isEmpty();
        CheckReport optionalFine = check("URB-42-6", facts(CircumstanceLevel.GENERAL, Set.of(), null), noPenalty("责令改正"));
        assertThat(codes(optionalFine)).as("the law says 'may fine'").isEmpty();
    }

    @Test
    void as38LimitationPeriods() {
        RecommendationRequest expired = new RecommendationRequest(CircumstanceLevel.GENERAL, Set.of(), Map.of(), null,
                LocalDate.of(2023, 1, 1), LocalDate.of(2023, 3, 1), LocalDate.of(2025, 3, 2), DECISION, false, List.of());
        BenchmarkEntry fir = bench.entryByViolationCode("FIR-60-1-3").orElseThrow();
        ProposedDecision fine = proper(30_000, Set.of(PenaltyKind.FINE));
        Recommendation rec = new Recommendation(bench.versionId(), fir.entryId(), fir.violationCode(), DiscretionTier.STANDARD,
                Entries.range(18_500, 36_500), Map.of(), Entries.range(5_000, 50_000), Set.of(PenaltyKind.FINE),
                fir.allowedPenaltyKinds(), Set.of(), Set.of(), List.of(), false, List.of());
        assertThat(checks.check(fir, expired, rec, fine, QUALIFIED, AssessmentStatus.DONE).breaches())
                .extracting(CheckResult::code).contains("LIMITATION_EXPIRED");
        RecommendationRequest health = new RecommendationRequest(CircumstanceLevel.GENERAL, Set.of(), Map.of(), null,
                LocalDate.of(2023, 1, 1), LocalDate.of(2023, 3, 1), LocalDate.of(2025, 3, 2), DECISION, true, List.of());
        assertThat(checks.check(fir, health, rec, fine, QUALIFIED, AssessmentStatus.DONE).breaches())
                .extracting(CheckResult::code).doesNotContain("LIMITATION_EXPIRED");
        RecommendationRequest unknown = new RecommendationRequest(CircumstanceLevel.GENERAL, Set.of(), Map.of(), null,
                ACT, null, null, DECISION, false, List.of());
        CheckReport r = checks.check(fir, unknown, rec, fine, QUALIFIED, AssessmentStatus.DONE);
        assertThat(r.unknowns()).extracting(CheckResult::code).contains("DISCOVERY_DATE_UNKNOWN");
        assertThat(r.verdict()).isEqualTo(Verdict.UNKNOWN);
    }

    @Test
    void as39SummaryProcedureLimits() {
        RecommendationRequest f = facts(CircumstanceLevel.MINOR, Set.of(), null);
        ProposedDecision citizen300 = summary(300, PartyType.CITIZEN, false, false);
        assertThat(codes(check("URB-42-6", f, citizen300))).contains("SUMMARY_LIMIT_EXCEEDED");
        assertThat(codes(check("URB-42-6", f, summary(200, PartyType.CITIZEN, false, false)))).isEmpty();
        assertThat(codes(check("URB-42-6", f, summary(3_000, PartyType.LEGAL_PERSON, false, false)))).isEmpty();
        assertThat(codes(check("URB-42-6", f, summary(3_001, PartyType.OTHER_ORG, false, false))))
                .contains("SUMMARY_LIMIT_EXCEEDED");
        assertThat(codes(check("URB-42-6", f, summary(100, PartyType.CITIZEN, true, false)))).isEmpty();
        assertThat(codes(check("URB-42-6", f, summary(150, PartyType.CITIZEN, true, false))))
                .contains("ON_THE_SPOT_COLLECTION_NOT_ALLOWED");
        ProposedDecision hard = new ProposedDecision(Set.of(PenaltyKind.FINE), BigDecimal.valueOf(150), null, null,
                PartyType.CITIZEN, ProcedureType.SUMMARY, true, true, false, DECISION, DECISION, false, null, false, null,
                null, false, null, null, null, null, "URBAN_MGMT");
        assertThat(codes(check("URB-42-6", f, hard))).isEmpty();
        ProposedDecision revokeOnTheSpot = new ProposedDecision(Set.of(PenaltyKind.ORDER_SUSPEND_PRODUCTION), null, null,
                null, PartyType.LEGAL_PERSON, ProcedureType.SUMMARY, false, false, false, DECISION, DECISION, true, null,
                true, null, null, false, "lr-1", DECISION, null, null, "EMERGENCY");
        assertThat(codes(check("EMG-97-3", facts(CircumstanceLevel.GENERAL, Set.of(), null), revokeOnTheSpot)))
                .contains("SUMMARY_KIND_NOT_ALLOWED");
    }

    @Test
    void hearingRightsForLargeAmountsUseWorkingDays() {
        RecommendationRequest f = facts(CircumstanceLevel.GENERAL, Set.of(), 20_000L);
        Set<PenaltyKind> kinds = Set.of(PenaltyKind.FINE, PenaltyKind.CONFISCATE_ILLEGAL_GAINS,
                PenaltyKind.CONFISCATE_ILLEGAL_PROPERTY);
        // notice Fri 2025-04-25; 5 working days: Sun 27 Apr is a make-up workday, 1–5 May holidays →
        // 27 (1), 28 (2), 29 (3), 30 (4), 6 May (5): window closes 2025-05-06
        ProposedDecision notNotified = hearing(150_000, kinds, LocalDate.of(2025, 4, 25), false, null, null, null,
                LocalDate.of(2025, 5, 7));
        assertThat(codes(check("MKT-125-1-2", f, notNotified))).contains("HEARING_RIGHT_NOT_NOTIFIED");
        ProposedDecision tooEarly = hearing(150_000, kinds, LocalDate.of(2025, 4, 25), true, null, null, null,
                LocalDate.of(2025, 5, 6));
        assertThat(codes(check("MKT-125-1-2", f, tooEarly))).contains("HEARING_WINDOW_OPEN");
        ProposedDecision afterWindow = hearing(150_000, kinds, LocalDate.of(2025, 4, 25), true, null, null, null,
                LocalDate.of(2025, 5, 7));
        assertThat(codes(check("MKT-125-1-2", f, afterWindow))).isEmpty();
        ProposedDecision requestedNotHeld = hearing(150_000, kinds, LocalDate.of(2025, 4, 25), true,
                LocalDate.of(2025, 5, 6), null, null, LocalDate.of(2025, 6, 16));
        assertThat(codes(check("MKT-125-1-2", f, requestedNotHeld))).contains("HEARING_NOT_HELD");
        // notice Wed 2025-05-21, hearing Fri 2025-05-30: 22,23,26,27,28,29,30 = 7 working days (31 May–2 Jun holiday)
        ProposedDecision heldWithNotice = hearing(150_000, kinds, LocalDate.of(2025, 4, 25), true,
                LocalDate.of(2025, 5, 6), LocalDate.of(2025, 5, 21), LocalDate.of(2025, 5, 30), LocalDate.of(2025, 6, 16));
        assertThat(codes(check("MKT-125-1-2", f, heldWithNotice))).isEmpty();
        ProposedDecision shortNotice = hearing(150_000, kinds, LocalDate.of(2025, 4, 25), true,
                LocalDate.of(2025, 5, 6), LocalDate.of(2025, 5, 22), LocalDate.of(2025, 5, 30), LocalDate.of(2025, 6, 16));
        assertThat(codes(check("MKT-125-1-2", f, shortNotice))).contains("HEARING_NOTICE_TOO_SHORT");
        ProposedDecision lateRequest = hearing(150_000, kinds, LocalDate.of(2025, 4, 25), true,
                LocalDate.of(2025, 5, 7), null, null, LocalDate.of(2025, 5, 8));
        assertThat(codes(check("MKT-125-1-2", f, lateRequest))).as("a late request need not be granted").isEmpty();
    }

    @Test
    void hearingThresholdsDependOnThePartyAndAreConfigurable() {
        RecommendationRequest f = facts(CircumstanceLevel.GENERAL, Set.of(), null);
        ProposedDecision citizen = new ProposedDecision(Set.of(PenaltyKind.FINE), BigDecimal.valueOf(10_000), null, null,
                PartyType.CITIZEN, ProcedureType.GENERAL, false, false, false, DECISION, LocalDate.of(2025, 6, 3), false,
                null, false, null, null, false, null, null, null, null, "URBAN_MGMT");
        assertThat(check("URB-42-6", f, citizen).hearingRight()).isTrue();
        ProposedDecision organisation = new ProposedDecision(Set.of(PenaltyKind.FINE), BigDecimal.valueOf(10_000), null,
                null, PartyType.LEGAL_PERSON, ProcedureType.GENERAL, false, false, false, DECISION,
                LocalDate.of(2025, 6, 3), false, null, false, null, null, false, null, null, null, null, "URBAN_MGMT");
        assertThat(check("URB-42-6", f, organisation).hearingRight()).isFalse();
        CheckSettings strict = new CheckSettings(BigDecimal.valueOf(3_000), BigDecimal.valueOf(20_000),
                Map.of("URBAN_MGMT", new BigDecimal[] {BigDecimal.valueOf(2_000), BigDecimal.valueOf(5_000)}),
                BigDecimal.valueOf(200), BigDecimal.valueOf(3_000), BigDecimal.valueOf(100), 5, 7, Set.of());
        DecisionChecks strictChecks = new DecisionChecks(strict, WorkingDayCalendar.defaultCalendar());
        BenchmarkEntry urb = bench.entryByViolationCode("URB-42-6").orElseThrow();
        Recommendation rec = engine.recommend(bench, urb, f, List.of());
        assertThat(strictChecks.check(urb, f, rec, organisation, QUALIFIED, AssessmentStatus.DONE).hearingRight()).isTrue();
        ProposedDecision suspend = new ProposedDecision(Set.of(PenaltyKind.ORDER_SUSPEND_PRODUCTION), null, null, null,
                PartyType.LEGAL_PERSON, ProcedureType.GENERAL, false, false, false, DECISION, LocalDate.of(2025, 6, 3),
                false, null, false, null, null, false, null, null, null, null, "EMERGENCY");
        assertThat(check("EMG-97-3", f, suspend).hearingRight()).isTrue();
    }

    @Test
    void majorDecisionsNeedAQualifiedLegalReviewer() {
        RecommendationRequest f = facts(CircumstanceLevel.GENERAL, Set.of(), 20_000L);
        Set<PenaltyKind> kinds = Set.of(PenaltyKind.FINE, PenaltyKind.CONFISCATE_ILLEGAL_GAINS,
                PenaltyKind.CONFISCATE_ILLEGAL_PROPERTY);
        ProposedDecision d = hearing(150_000, kinds, LocalDate.of(2025, 4, 25), true, null, null, null,
                LocalDate.of(2025, 5, 7));
        BenchmarkEntry e = bench.entryByViolationCode("MKT-125-1-2").orElseThrow();
        Recommendation rec = engine.recommend(bench, e, f, List.of());
        ProposedDecision unreviewed = new ProposedDecision(d.penaltyKinds(), d.fineAmount(), null, null, d.partyType(),
                d.procedure(), false, false, false, d.decisionDate(), d.priorNoticeDate(), true, null, false, null, null,
                false, null, null, null, null, "FIRE");
        assertThat(checks.check(e, f, rec, unreviewed, QUALIFIED, AssessmentStatus.DONE).breaches())
                .extracting(CheckResult::code).contains("LEGAL_REVIEW_MISSING");
        assertThat(checks.check(e, f, rec, d, new ReviewerProfile("lr-1", true, true, false), AssessmentStatus.DONE)
                .breaches()).extracting(CheckResult::code).contains("LEGAL_REVIEWER_NOT_QUALIFIED");
        assertThat(checks.check(e, f, rec, d, new ReviewerProfile("lr-1", true, false, true), AssessmentStatus.DONE)
                .breaches()).extracting(CheckResult::code).contains("LEGAL_REVIEWER_NOT_QUALIFIED");
        CheckReport unknown = checks.check(e, f, rec, d, ReviewerProfile.unknown("lr-1"), AssessmentStatus.DONE);
        assertThat(unknown.unknowns()).extracting(CheckResult::code).contains("LEGAL_REVIEWER_UNKNOWN");
        assertThat(unknown.verdict()).isEqualTo(Verdict.UNKNOWN);
    }

    @Test
    void economicImpactAssessmentMustBeApprovedBeforeAHeavyDecision() {
        RecommendationRequest f = facts(CircumstanceLevel.GENERAL, Set.of(), null);
        ProposedDecision suspend = new ProposedDecision(Set.of(PenaltyKind.FINE, PenaltyKind.ORDER_SUSPEND_PRODUCTION),
                BigDecimal.valueOf(50_000), null, null, PartyType.LEGAL_PERSON, ProcedureType.GENERAL, false, false, false,
                DECISION, LocalDate.of(2025, 5, 6), true, null, false, null, null, false, "lr-1",
                LocalDate.of(2025, 6, 13), null, null, "EMERGENCY");
        BenchmarkEntry e = bench.entryByViolationCode("EMG-97-3").orElseThrow();
        Recommendation rec = engine.recommend(bench, e, f, List.of());
        CheckReport missing = checks.check(e, f, rec, suspend, QUALIFIED, AssessmentStatus.MISSING);
        assertThat(missing.results()).filteredOn(x -> x.rule().equals("ECONOMIC_IMPACT"))
                .singleElement().satisfies(x -> {
                    assertThat(x.outcome()).isEqualTo(CheckOutcome.FAILED);
                    assertThat(x.code()).isEqualTo("IMPACT_ASSESSMENT_REQUIRED");
                });
        assertThat(missing.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(checks.check(e, f, rec, suspend, QUALIFIED, AssessmentStatus.PENDING).breaches())
                .extracting(CheckResult::code).contains("IMPACT_ASSESSMENT_NOT_APPROVED");
        assertThat(checks.check(e, f, rec, suspend, QUALIFIED, AssessmentStatus.DONE).verdict()).isEqualTo(Verdict.PASS);
        ProposedDecision citizen = new ProposedDecision(Set.of(PenaltyKind.FINE), BigDecimal.valueOf(5_000), null, null,
                PartyType.CITIZEN, ProcedureType.GENERAL, false, false, false, DECISION, LocalDate.of(2025, 5, 6), true,
                null, false, null, null, false, "lr-1", LocalDate.of(2025, 6, 13), null, null, "EMERGENCY");
        assertThat(checks.check(e, f, rec, citizen, QUALIFIED, AssessmentStatus.MISSING).results())
                .filteredOn(x -> x.rule().equals("ECONOMIC_IMPACT")).singleElement()
                .satisfies(x -> assertThat(x.outcome()).isEqualTo(CheckOutcome.NOT_APPLICABLE));
    }

    private static ProposedDecision hearing(long fine, Set<PenaltyKind> kinds, LocalDate notice, boolean notified,
                                            LocalDate requested, LocalDate hearingNotice, LocalDate hearingDate,
                                            LocalDate decision) {
        return new ProposedDecision(kinds, BigDecimal.valueOf(fine), null, null, PartyType.LEGAL_PERSON,
                ProcedureType.GENERAL, false, false, false, decision, notice, notified, requested, false, hearingNotice,
                hearingDate, false, "lr-1", decision.minusDays(1), new DeviationApproval(ApprovalType.PRINCIPAL_LEADER,
                "局长", decision, List.of(), null, "理由"), null, "FIRE");
    }

    private static ProposedDecision summary(long fine, PartyType party, boolean collect, boolean hard) {
        return new ProposedDecision(Set.of(PenaltyKind.FINE), BigDecimal.valueOf(fine), null, null, party,
                ProcedureType.SUMMARY, collect, hard, false, DECISION, DECISION, false, null, false, null, null, false,
                null, null, new DeviationApproval(ApprovalType.PRINCIPAL_LEADER, "局长", DECISION, List.of(), null, "理由"),
                null, "URBAN_MGMT");
    }

    private static ProposedDecision noPenalty(String education) {
        return new ProposedDecision(Set.of(), null, null, null, PartyType.LEGAL_PERSON, ProcedureType.GENERAL, false,
                false, false, DECISION, null, false, null, false, null, null, false, null, null, null, education, "FIRE");
    }

    private static ProposedDecision withTier(ProposedDecision d, DiscretionTier tier) {
        return new ProposedDecision(d.penaltyKinds(), d.fineAmount(), d.confiscationAmount(), tier, d.partyType(),
                d.procedure(), d.onTheSpotCollection(), d.hardToCollectLater(), d.remoteArea(), d.decisionDate(),
                d.priorNoticeDate(), d.hearingRightNotified(), d.hearingRequestedOn(), d.hearingWaived(),
                d.hearingNoticeDate(), d.hearingDate(), d.majorDecision(), d.legalReviewerId(), d.legalReviewDate(),
                d.deviationApproval(), d.educationMeasure(), d.domain());
    }

    private static ProposedDecision withApproval(ProposedDecision d, DeviationApproval a) {
        return new ProposedDecision(d.penaltyKinds(), d.fineAmount(), d.confiscationAmount(), d.tier(), d.partyType(),
                d.procedure(), d.onTheSpotCollection(), d.hardToCollectLater(), d.remoteArea(), d.decisionDate(),
                d.priorNoticeDate(), true, d.hearingRequestedOn(), d.hearingWaived(),
                d.hearingNoticeDate(), d.hearingDate(), d.majorDecision(), d.legalReviewerId(), d.legalReviewDate(),
                a, d.educationMeasure(), d.domain());
    }

    private static ProposedDecision withDomain(ProposedDecision d, String domain) {
        return new ProposedDecision(d.penaltyKinds(), d.fineAmount(), d.confiscationAmount(), d.tier(), d.partyType(),
                d.procedure(), d.onTheSpotCollection(), d.hardToCollectLater(), d.remoteArea(), d.decisionDate(),
                d.priorNoticeDate(), true, d.hearingRequestedOn(), d.hearingWaived(),
                d.hearingNoticeDate(), d.hearingDate(), d.majorDecision(), d.legalReviewerId(), d.legalReviewDate(),
                d.deviationApproval(), d.educationMeasure(), domain);
    }
}
