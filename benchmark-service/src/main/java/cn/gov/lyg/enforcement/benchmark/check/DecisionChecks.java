package cn.gov.lyg.enforcement.benchmark.check;

import cn.gov.lyg.enforcement.benchmark.benchmark.AmountRange;
import cn.gov.lyg.enforcement.benchmark.benchmark.BenchmarkEntry;
import cn.gov.lyg.enforcement.benchmark.benchmark.DiscretionTier;
import cn.gov.lyg.enforcement.benchmark.benchmark.Factor;
import cn.gov.lyg.enforcement.benchmark.benchmark.FactorCategory;
import cn.gov.lyg.enforcement.benchmark.benchmark.PenaltyKind;
import cn.gov.lyg.enforcement.benchmark.law.Citation;
import cn.gov.lyg.enforcement.benchmark.law.Citations;
import cn.gov.lyg.enforcement.benchmark.recommendation.Limitation;
import cn.gov.lyg.enforcement.benchmark.recommendation.NoPenaltyOption;
import cn.gov.lyg.enforcement.benchmark.recommendation.Recommendation;
import cn.gov.lyg.enforcement.benchmark.recommendation.RecommendationRequest;
import cn.gov.lyg.enforcement.platform.calendar.WorkingDayCalendar;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The pre-decision gate: every rule a proposed decision must satisfy, each answered PASSED, FAILED (with its code and
 * citation), UNKNOWN or NOT_APPLICABLE. Working days come from the platform {@link WorkingDayCalendar} (Art. 85: the
 * law's day counts are working days; the trigger day is day 0).
 */
public final class DecisionChecks {

    /** Codes that stop a decision from being recorded (the rest are procedure findings reported to supervision). */
    public static final Set<String> BLOCKING = Set.of("DEVIATION_APPROVAL_REQUIRED", "DEVIATION_APPROVAL_INCOMPLETE",
            "ABOVE_STATUTORY_MAX", "BELOW_STATUTORY_MIN", "MANDATORY_KIND_MISSING", "PENALTY_KIND_NOT_ALLOWED",
            "ART32_REQUIRES_LIGHTER_OR_MITIGATED", "NO_PENALTY_REQUIRED", "EDUCATION_MEASURE_MISSING",
            "LIMITATION_EXPIRED", "SUMMARY_LIMIT_EXCEEDED", "SUMMARY_KIND_NOT_ALLOWED");

    private final CheckSettings settings;
    private final WorkingDayCalendar calendar;

    public DecisionChecks(CheckSettings settings, WorkingDayCalendar calendar) {
        this.settings = settings;
        this.calendar = calendar;
    }

    public CheckReport check(BenchmarkEntry entry, RecommendationRequest facts, Recommendation rec, ProposedDecision d,
                             ReviewerProfile reviewer, AssessmentStatus assessment) {
        List<CheckResult> out = new ArrayList<>();
        boolean art32 = facts.factors().stream().map(Factor::byCode).flatMap(java.util.Optional::stream)
                .anyMatch(f -> f.category() == FactorCategory.MANDATORY_MITIGATING);
        out.add(amountSanity(d));
        out.add(limitation(facts, d));
        out.add(noPenaltyRequired(rec, d));
        out.add(educationMeasure(rec, d));
        out.add(kindsAllowed(entry, d));
        out.add(mandatoryKinds(entry, rec, d));
        out.add(statutoryMax(rec, d));
        out.add(statutoryMin(rec, d, art32));
        DiscretionTier proposedTier = proposedTier(rec, d);
        out.add(art32(art32, proposedTier));
        boolean deviation = deviates(rec, d, proposedTier);
        out.add(deviationApproval(deviation, rec, d));
        boolean hearingRight = hearingApplies(d);
        out.add(priorNotice(d));
        out.addAll(hearing(hearingRight, d));
        out.addAll(summary(d));
        out.add(legalReview(hearingRight, d, reviewer));
        out.add(impactAssessment(d, hearingRight, assessment));
        return CheckReport.of(deviation, hearingRight, out);
    }

    private static CheckResult amountSanity(ProposedDecision d) {
        if (d.fineAmount() != null && d.fineAmount().signum() < 0
                || d.confiscationAmount() != null && d.confiscationAmount().signum() < 0) {
            return CheckResult.failed("AMOUNTS", "NEGATIVE_AMOUNT", Citations.GUIDANCE_TIERS, "amounts must not be negative");
        }
        if (d.fined() != d.penaltyKinds().contains(PenaltyKind.FINE)) {
            return CheckResult.failed("AMOUNTS", "FINE_KIND_MISMATCH", Citations.GUIDANCE_TIERS,
                    "a fine amount goes with the penalty kind FINE, and FINE with an amount");
        }
        return CheckResult.passed("AMOUNTS", Citations.GUIDANCE_TIERS, "amounts consistent");
    }

    private static CheckResult limitation(RecommendationRequest facts, ProposedDecision d) {
        if (facts.discoveryDate() == null) {
            return CheckResult.unknown("LIMITATION", "DISCOVERY_DATE_UNKNOWN", Citations.ART_36,
                    "give discoveryDate to check the limitation period");
        }
        LocalDate last = Limitation.lastDay(facts.actDate(), facts.lifeHealthOrFinancialHarm());
        if (Limitation.expired(facts.actDate(), facts.discoveryDate(), facts.lifeHealthOrFinancialHarm())) {
            if (d.noPenalty()) {
                return CheckResult.passed("LIMITATION", Citations.ART_36, "limitation expired " + last + "; no penalty");
            }
            return CheckResult.failed("LIMITATION", "LIMITATION_EXPIRED", Citations.ART_36, "discovered "
                    + facts.discoveryDate() + ", after the " + Limitation.years(facts.lifeHealthOrFinancialHarm())
                    + "-year period that ended " + last);
        }
        return CheckResult.passed("LIMITATION", Citations.ART_36, "discovered within the period ending " + last);
    }

    private static CheckResult noPenaltyRequired(Recommendation rec, ProposedDecision d) {
        if (!rec.noPenaltyMandatory()) {
            return CheckResult.notApplicable("NO_PENALTY", Citations.ART_33_1_MINOR, "no mandatory no-penalty ground");
        }
        NoPenaltyOption ground = rec.noPenaltyOptions().stream().filter(NoPenaltyOption::mandatory).findFirst()
                .orElseThrow();
        if (d.noPenalty()) {
            return CheckResult.passed("NO_PENALTY", ground.citation(), ground.code());
        }
        return CheckResult.failed("NO_PENALTY", "NO_PENALTY_REQUIRED", ground.citation(),
                ground.code() + ": no penalty may be given (" + ground.detail() + ")");
    }

    private static CheckResult educationMeasure(Recommendation rec, ProposedDecision d) {
        if (!d.noPenalty()) {
            return CheckResult.notApplicable("EDUCATION", Citations.ART_33_3_EDUCATION, "a penalty is given");
        }
        boolean needed = rec.noPenaltyOptions().isEmpty()
                || rec.noPenaltyOptions().stream().anyMatch(NoPenaltyOption::educationMeasureRequired);
        if (!needed) {
            return CheckResult.notApplicable("EDUCATION", Citations.ART_33_3_EDUCATION, "the act is not punishable");
        }
        if (d.educationMeasure() == null || d.educationMeasure().isBlank()) {
            return CheckResult.failed("EDUCATION", "EDUCATION_MEASURE_MISSING", Citations.ART_33_3_EDUCATION,
                    "no penalty: the education given to the party must be recorded (educationMeasure)");
        }
        return CheckResult.passed("EDUCATION", Citations.ART_33_3_EDUCATION, "education recorded");
    }

    private static CheckResult kindsAllowed(BenchmarkEntry entry, ProposedDecision d) {
        Set<PenaltyKind> extra = EnumSet.noneOf(PenaltyKind.class);
        extra.addAll(d.penaltyKinds());
        extra.removeAll(entry.allowedPenaltyKinds());
        Citation c = penaltyCitation(entry);
        if (!extra.isEmpty()) {
            return CheckResult.failed("KINDS_ALLOWED", "PENALTY_KIND_NOT_ALLOWED", c,
                    extra + " is not a penalty the provision allows for " + entry.violationCode());
        }
        return CheckResult.passed("KINDS_ALLOWED", c, "kinds allowed");
    }

    private static CheckResult mandatoryKinds(BenchmarkEntry entry, Recommendation rec, ProposedDecision d) {
        if (d.noPenalty() || rec.mandatoryKinds().isEmpty()) {
            return CheckResult.notApplicable("MANDATORY_KINDS", Citations.GUIDANCE_MANDATORY_KIND,
                    d.noPenalty() ? "no penalty" : "no mandatory kind");
        }
        Set<PenaltyKind> missing = EnumSet.copyOf(rec.mandatoryKinds());
        missing.removeAll(d.penaltyKinds());
        if (!missing.isEmpty()) {
            return CheckResult.failed("MANDATORY_KINDS", "MANDATORY_KIND_MISSING", penaltyCitation(entry),
                    missing + " must be given whatever the tier");
        }
        return CheckResult.passed("MANDATORY_KINDS", Citations.GUIDANCE_MANDATORY_KIND, "mandatory kinds given");
    }

    private static CheckResult statutoryMax(Recommendation rec, ProposedDecision d) {
        if (!d.fined() || rec.statutoryRange() == null) {
            return CheckResult.notApplicable("STATUTORY_MAX", Citations.ART_29, "no fine");
        }
        AmountRange s = rec.statutoryRange();
        if (d.fineAmount().compareTo(s.max()) > 0) {
            return CheckResult.failed("STATUTORY_MAX", "ABOVE_STATUTORY_MAX", Citations.ART_29, "fine "
                    + d.fineAmount().toPlainString() + " above the statutory maximum " + s.max().toPlainString());
        }
        return CheckResult.passed("STATUTORY_MAX", Citations.ART_29, "within the statutory maximum");
    }

    private static CheckResult statutoryMin(Recommendation rec, ProposedDecision d, boolean art32) {
        if (!d.fined() || rec.statutoryRange() == null || rec.statutoryRange().min().signum() == 0) {
            return CheckResult.notApplicable("STATUTORY_MIN", Citations.ART_32, "no statutory minimum");
        }
        if (d.fineAmount().compareTo(rec.statutoryRange().min()) < 0 && !art32) {
            return CheckResult.failed("STATUTORY_MIN", "BELOW_STATUTORY_MIN", Citations.ART_32, "fine "
                    + d.fineAmount().toPlainString() + " below the statutory minimum "
                    + rec.statutoryRange().min().toPlainString() + " without a ground for mitigation (减轻)");
        }
        return CheckResult.passed("STATUTORY_MIN", Citations.ART_32, "minimum respected or mitigation grounded");
    }

    private static DiscretionTier proposedTier(Recommendation rec, ProposedDecision d) {
        if (d.tier() != null) {
            return d.tier();
        }
        if (d.noPenalty()) {
            return DiscretionTier.NO_PENALTY;
        }
        if (!d.fined() || rec.tierBands().isEmpty()) {
            return null;
        }
        BigDecimal fine = d.fineAmount();
        if (rec.statutoryRange() != null && fine.compareTo(rec.statutoryRange().min()) < 0) {
            return DiscretionTier.MITIGATED;
        }
        AmountRange lighter = rec.tierBands().get(DiscretionTier.LIGHTER);
        AmountRange standard = rec.tierBands().get(DiscretionTier.STANDARD);
        if (lighter != null && fine.compareTo(lighter.max()) <= 0) {
            return DiscretionTier.LIGHTER;
        }
        if (standard != null && fine.compareTo(standard.max()) <= 0) {
            return DiscretionTier.STANDARD;
        }
        return DiscretionTier.HEAVIER;
    }

    private static CheckResult art32(boolean art32, DiscretionTier proposed) {
        if (!art32) {
            return CheckResult.notApplicable("ART32", Citations.ART_32, "no Art. 32 ground");
        }
        if (proposed != null && proposed.heavierThan(DiscretionTier.LIGHTER)) {
            return CheckResult.failed("ART32", "ART32_REQUIRES_LIGHTER_OR_MITIGATED", Citations.ART_32,
                    proposed + " despite an Art. 32 ground: the penalty must be lighter or mitigated");
        }
        return CheckResult.passed("ART32", Citations.ART_32, "lighter or mitigated");
    }

    private static boolean deviates(Recommendation rec, ProposedDecision d, DiscretionTier proposed) {
        if (d.noPenalty()) {
            return rec.tier() != DiscretionTier.NO_PENALTY && !rec.acceptableTiers().contains(DiscretionTier.NO_PENALTY)
                    && !rec.fineOptional();
        }
        if (rec.tier() == DiscretionTier.NO_PENALTY && rec.noPenaltyMandatory()) {
            return false; // reported as NO_PENALTY_REQUIRED, which no approval can cure
        }
        if (d.fined()) {
            return !rec.fineWithin(d.fineAmount());
        }
        if (d.tier() != null) {
            return d.tier() != rec.tier() && !rec.acceptableTiers().contains(d.tier());
        }
        return rec.range() != null && !rec.fineOptional() && rec.tier() != DiscretionTier.NO_PENALTY;
    }

    private static CheckResult deviationApproval(boolean deviation, Recommendation rec, ProposedDecision d) {
        if (!deviation) {
            return CheckResult.passed("DEVIATION", Citations.GUIDANCE_DEVIATION, "within the recommendation");
        }
        String range = rec.range() == null ? rec.tier().name()
                : rec.range().min().toPlainString() + "–" + rec.range().max().toPlainString();
        DeviationApproval a = d.deviationApproval();
        if (a == null) {
            return CheckResult.failed("DEVIATION", "DEVIATION_APPROVAL_REQUIRED", Citations.GUIDANCE_DEVIATION,
                    "outside the recommended " + range + ": needs approval of the principal leader or a collective"
                            + " deliberation, with reasoning");
        }
        List<String> gaps = new ArrayList<>(a.gaps());
        if (a.date() != null && d.decisionDate() != null && a.date().isAfter(d.decisionDate())) {
            gaps.add("date on or before the decision");
        }
        if (!gaps.isEmpty()) {
            return CheckResult.failed("DEVIATION", "DEVIATION_APPROVAL_INCOMPLETE", Citations.GUIDANCE_DEVIATION,
                    "the approval lacks " + String.join(", ", gaps));
        }
        return CheckResult.passed("DEVIATION", Citations.GUIDANCE_DEVIATION,
                "deviation from " + range + " approved by " + a.type());
    }

    private boolean hearingApplies(ProposedDecision d) {
        if (d.penaltyKinds().stream().anyMatch(PenaltyKind::hearingKind)) {
            return true;
        }
        BigDecimal threshold = settings.hearingThreshold(d.domain(), d.partyType());
        return d.fined() && d.fineAmount().compareTo(threshold) >= 0
                || d.confiscationAmount() != null && d.confiscationAmount().compareTo(threshold) >= 0;
    }

    private static CheckResult priorNotice(ProposedDecision d) {
        if (d.noPenalty()) {
            return CheckResult.notApplicable("PRIOR_NOTICE", Citations.ART_44, "no penalty");
        }
        if (d.priorNoticeDate() == null) {
            return CheckResult.failed("PRIOR_NOTICE", "PRIOR_NOTICE_MISSING", Citations.ART_44,
                    "the party must be told the intended penalty, its facts, grounds and rights before the decision");
        }
        if (d.decisionDate() != null && d.priorNoticeDate().isAfter(d.decisionDate())) {
            return CheckResult.failed("PRIOR_NOTICE", "DATES_OUT_OF_ORDER", Citations.ART_44,
                    "the notice must precede the decision");
        }
        return CheckResult.passed("PRIOR_NOTICE", Citations.ART_44, "notified " + d.priorNoticeDate());
    }

    private List<CheckResult> hearing(boolean applies, ProposedDecision d) {
        List<CheckResult> out = new ArrayList<>();
        if (!applies) {
            out.add(CheckResult.notApplicable("HEARING_RIGHT", Citations.ART_63,
                    "below 较大数额 and no licence/production/closure penalty"));
            return out;
        }
        if (!d.hearingRightNotified() || d.priorNoticeDate() == null) {
            out.add(CheckResult.failed("HEARING_RIGHT", "HEARING_RIGHT_NOT_NOTIFIED", Citations.ART_63,
                    "the party must be told of its right to a hearing"));
            return out;
        }
        out.add(CheckResult.passed("HEARING_RIGHT", Citations.ART_63, "hearing right notified " + d.priorNoticeDate()));
        LocalDate requestDeadline = calendar.addWorkingDays(d.priorNoticeDate(), settings.hearingRequestWorkingDays());
        boolean requested = d.hearingRequestedOn() != null && !d.hearingRequestedOn().isAfter(requestDeadline)
                && !d.hearingRequestedOn().isBefore(d.priorNoticeDate());
        if (!requested) {
            if (d.hearingRequestedOn() != null && d.hearingRequestedOn().isAfter(requestDeadline)) {
                out.add(CheckResult.passed("HEARING_REQUEST", Citations.ART_64_1, "requested on "
                        + d.hearingRequestedOn() + ", after the window closing " + requestDeadline));
            }
            if (!d.hearingWaived() && d.decisionDate() != null && !d.decisionDate().isAfter(requestDeadline)) {
                out.add(CheckResult.failed("HEARING_WINDOW", "HEARING_WINDOW_OPEN", Citations.ART_64_1,
                        "decided " + d.decisionDate() + " while the party could still request a hearing (until "
                                + requestDeadline + ", " + settings.hearingRequestWorkingDays() + " working days)"));
            } else {
                out.add(CheckResult.passed("HEARING_WINDOW", Citations.ART_64_1, d.hearingWaived()
                        ? "hearing waived" : "request window closed " + requestDeadline));
            }
            return out;
        }
        if (d.hearingDate() == null) {
            out.add(CheckResult.failed("HEARING_HELD", "HEARING_NOT_HELD", Citations.ART_64_1,
                    "a hearing was requested on " + d.hearingRequestedOn() + " and must be held before the decision"));
            return out;
        }
        if (d.decisionDate() != null && d.hearingDate().isAfter(d.decisionDate())) {
            out.add(CheckResult.failed("HEARING_HELD", "DATES_OUT_OF_ORDER", Citations.ART_64_1,
                    "the hearing must precede the decision"));
        } else {
            out.add(CheckResult.passed("HEARING_HELD", Citations.ART_64_1, "hearing held " + d.hearingDate()));
        }
        if (d.hearingNoticeDate() == null) {
            out.add(CheckResult.failed("HEARING_NOTICE", "HEARING_NOTICE_MISSING", Citations.ART_64_2,
                    "the party must be told the time and place of the hearing"));
        } else {
            int days = calendar.workingDaysBetween(d.hearingNoticeDate(), d.hearingDate());
            if (days < settings.hearingNoticeWorkingDays()) {
                out.add(CheckResult.failed("HEARING_NOTICE", "HEARING_NOTICE_TOO_SHORT", Citations.ART_64_2,
                        "notice " + d.hearingNoticeDate() + " only " + days + " working days before the hearing on "
                                + d.hearingDate() + " (at least " + settings.hearingNoticeWorkingDays() + ")"));
            } else {
                out.add(CheckResult.passed("HEARING_NOTICE", Citations.ART_64_2, days + " working days' notice"));
            }
        }
        return out;
    }

    private List<CheckResult> summary(ProposedDecision d) {
        List<CheckResult> out = new ArrayList<>();
        if (d.procedure() != ProcedureType.SUMMARY) {
            out.add(CheckResult.notApplicable("SUMMARY", Citations.ART_51, "general procedure"));
        } else {
            Set<PenaltyKind> other = EnumSet.noneOf(PenaltyKind.class);
            d.penaltyKinds().stream().filter(k -> !k.summaryKind()).forEach(other::add);
            BigDecimal limit = settings.summaryLimit(d.partyType());
            if (!other.isEmpty()) {
                out.add(CheckResult.failed("SUMMARY", "SUMMARY_KIND_NOT_ALLOWED", Citations.ART_51,
                        other + " cannot be decided on the spot (warning or small fine only)"));
            } else if (d.fined() && d.fineAmount().compareTo(limit) > 0) {
                out.add(CheckResult.failed("SUMMARY", "SUMMARY_LIMIT_EXCEEDED", Citations.ART_51, "on-the-spot fine "
                        + d.fineAmount().toPlainString() + " above " + limit.toPlainString() + " for "
                        + (d.partyType().organisation() ? "an organisation" : "a citizen")));
            } else {
                out.add(CheckResult.passed("SUMMARY", Citations.ART_51, "within the summary-procedure limit"));
            }
        }
        if (!d.onTheSpotCollection()) {
            out.add(CheckResult.notApplicable("ON_THE_SPOT_COLLECTION", Citations.ART_68, "not collected on the spot"));
        } else if (d.procedure() != ProcedureType.SUMMARY && !d.remoteArea()) {
            out.add(CheckResult.failed("ON_THE_SPOT_COLLECTION", "ON_THE_SPOT_COLLECTION_NOT_ALLOWED", Citations.ART_68,
                    "on-the-spot collection follows an on-the-spot decision (or a remote area, Art. 69)"));
        } else if (d.fined() && d.fineAmount().compareTo(settings.onTheSpotCollectionLimit()) > 0
                && !d.hardToCollectLater() && !d.remoteArea()) {
            out.add(CheckResult.failed("ON_THE_SPOT_COLLECTION", "ON_THE_SPOT_COLLECTION_NOT_ALLOWED", Citations.ART_68,
                    "fines above " + settings.onTheSpotCollectionLimit().toPlainString()
                            + " are collected on the spot only when hard to collect later"));
        } else {
            out.add(CheckResult.passed("ON_THE_SPOT_COLLECTION", Citations.ART_68, "collection on the spot allowed"));
        }
        return out;
    }

    private static CheckResult legalReview(boolean hearingRight, ProposedDecision d, ReviewerProfile reviewer) {
        if (!hearingRight && !d.majorDecision()) {
            return CheckResult.notApplicable("LEGAL_REVIEW", Citations.ART_58, "not a major decision");
        }
        if (d.legalReviewerId() == null || d.legalReviewDate() == null) {
            return CheckResult.failed("LEGAL_REVIEW", "LEGAL_REVIEW_MISSING", Citations.ART_58,
                    "a major decision needs legal review 法制审核 before it is taken");
        }
        if (d.decisionDate() != null && d.legalReviewDate().isAfter(d.decisionDate())) {
            return CheckResult.failed("LEGAL_REVIEW", "DATES_OUT_OF_ORDER", Citations.ART_58,
                    "the legal review must precede the decision");
        }
        if (reviewer == null || !reviewer.known()) {
            return CheckResult.unknown("LEGAL_REVIEW", "LEGAL_REVIEWER_UNKNOWN", Citations.ART_58,
                    "no officer profile for reviewer " + d.legalReviewerId() + " yet");
        }
        if (!reviewer.legalReviewer() || !reviewer.legalProfessionQualified()) {
            return CheckResult.failed("LEGAL_REVIEW", "LEGAL_REVIEWER_NOT_QUALIFIED", Citations.ART_58,
                    "reviewer " + d.legalReviewerId() + (reviewer.legalReviewer() ? "" : " is not a designated legal reviewer")
                            + (reviewer.legalProfessionQualified() ? "" : " has no 法律职业资格"));
        }
        return CheckResult.passed("LEGAL_REVIEW", Citations.ART_58, "reviewed by a qualified reviewer");
    }

    private CheckResult impactAssessment(ProposedDecision d, boolean hearingRight, AssessmentStatus status) {
        boolean required = d.partyType().organisation() && d.domain() != null
                && settings.impactAssessmentDomains().contains(d.domain())
                && (d.penaltyKinds().stream().anyMatch(PenaltyKind::heavyEnterpriseImpact) || hearingRight);
        if (!required) {
            return CheckResult.notApplicable("ECONOMIC_IMPACT", Citations.ECONOMIC_IMPACT,
                    "no heavy penalty on an enterprise in an assessed domain");
        }
        return switch (status == null ? AssessmentStatus.MISSING : status) {
            case DONE -> CheckResult.passed("ECONOMIC_IMPACT", Citations.ECONOMIC_IMPACT, "approved assessment on file");
            case PENDING -> CheckResult.failed("ECONOMIC_IMPACT", "IMPACT_ASSESSMENT_NOT_APPROVED",
                    Citations.ECONOMIC_IMPACT, "the economic impact assessment of this case is not approved yet");
            case MISSING -> CheckResult.failed("ECONOMIC_IMPACT", "IMPACT_ASSESSMENT_REQUIRED",
                    Citations.ECONOMIC_IMPACT, "an economic impact assessment is required before this decision");
        };
    }

    private static Citation penaltyCitation(BenchmarkEntry entry) {
        return entry.penaltyProvisions().isEmpty() ? Citations.GUIDANCE_TIERS : Citation.of(entry.penaltyProvisions().get(0));
    }
}
