package cn.gov.lyg.enforcement.supervision.caseregister;

import cn.gov.lyg.enforcement.events.vocabulary.CaseMilestone;
import cn.gov.lyg.enforcement.events.vocabulary.ItemType;
import cn.gov.lyg.enforcement.events.vocabulary.LegalReviewResult;
import cn.gov.lyg.enforcement.events.vocabulary.PenaltyKind;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import cn.gov.lyg.enforcement.supervision.support.WorkingDays;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Rules on reported milestones: what each type must carry, amounts (exact, ≥ 0, at most 2 decimals), the order of
 * the dates across the case, and the three-systems facts derived from them (DOMAIN.md §2.5.5).
 */
public final class CaseRules {

    /** {@code before} must not be later than {@code after} when both are reported. */
    static final List<CaseMilestone[]> ORDER = List.of(
            pair(CaseMilestone.FILED, CaseMilestone.HEARING),
            pair(CaseMilestone.FILED, CaseMilestone.LEGAL_REVIEW),
            pair(CaseMilestone.FILED, CaseMilestone.COLLECTIVE_DELIBERATION),
            pair(CaseMilestone.FILED, CaseMilestone.DECIDED),
            pair(CaseMilestone.FILED, CaseMilestone.CLOSED),
            pair(CaseMilestone.HEARING, CaseMilestone.DECIDED),
            pair(CaseMilestone.LEGAL_REVIEW, CaseMilestone.DECIDED),
            pair(CaseMilestone.COLLECTIVE_DELIBERATION, CaseMilestone.DECIDED),
            pair(CaseMilestone.DECIDED, CaseMilestone.SERVED),
            pair(CaseMilestone.DECIDED, CaseMilestone.PUBLISHED),
            pair(CaseMilestone.DECIDED, CaseMilestone.EXECUTED),
            pair(CaseMilestone.DECIDED, CaseMilestone.RECONSIDERATION_CONCLUDED),
            pair(CaseMilestone.DECIDED, CaseMilestone.LITIGATION_CONCLUDED),
            pair(CaseMilestone.DECIDED, CaseMilestone.CLOSED),
            pair(CaseMilestone.SERVED, CaseMilestone.EXECUTED),
            pair(CaseMilestone.PUBLISHED, CaseMilestone.PUBLICATION_WITHDRAWN),
            pair(CaseMilestone.EXECUTED, CaseMilestone.CLOSED));

    private CaseRules() {
    }

    private static CaseMilestone[] pair(CaseMilestone before, CaseMilestone after) {
        return new CaseMilestone[] {before, after};
    }

    /** Field problems of one milestone on its own (required fields per type, amounts, dates not in the future). */
    public static List<FieldViolation> check(Milestone m, ItemType caseType, LocalDate today) {
        List<FieldViolation> errors = new ArrayList<>();
        if (m.occurredOn() != null && m.occurredOn().isAfter(today)) {
            errors.add(FieldViolation.of("occurredOn", "DATE_IN_FUTURE"));
        }
        amount(m.fineAmount(), "fineAmount", errors);
        amount(m.confiscationAmount(), "confiscationAmount", errors);
        if (m.type() != CaseMilestone.DECIDED && (m.penaltyKinds() != null && !m.penaltyKinds().isEmpty()
                || m.fineAmount() != null || m.confiscationAmount() != null)) {
            errors.add(FieldViolation.of("penaltyKinds", "FIELD_NOT_FOR_MILESTONE"));
        }
        switch (m.type()) {
            case DECIDED -> {
                if (m.decisionNo() == null || m.decisionNo().isBlank()) {
                    errors.add(FieldViolation.of("decisionNo", "FIELD_REQUIRED"));
                }
                boolean penalty = caseType == ItemType.PENALTY;
                List<PenaltyKind> kinds = m.penaltyKinds() == null ? List.of() : m.penaltyKinds();
                if (penalty && kinds.isEmpty()) {
                    errors.add(FieldViolation.of("penaltyKinds", "PENALTY_KINDS_REQUIRED"));
                }
                if (!penalty && !kinds.isEmpty()) {
                    errors.add(FieldViolation.of("penaltyKinds", "FIELD_NOT_FOR_MILESTONE"));
                }
                if (kinds.contains(PenaltyKind.FINE) && m.fineAmount() == null) {
                    errors.add(FieldViolation.of("fineAmount", "FINE_AMOUNT_REQUIRED"));
                }
                if (!kinds.contains(PenaltyKind.FINE) && m.fineAmount() != null
                        && m.fineAmount().signum() > 0) {
                    errors.add(FieldViolation.of("fineAmount", "FINE_WITHOUT_KIND"));
                }
                if (kinds.size() != kinds.stream().distinct().count()) {
                    errors.add(FieldViolation.of("penaltyKinds", "PENALTY_KIND_DUPLICATE"));
                }
            }
            case LEGAL_REVIEW -> {
                if (m.reviewResult() == null) {
                    errors.add(FieldViolation.of("reviewResult", "FIELD_REQUIRED"));
                }
            }
            case RECONSIDERATION_CONCLUDED, LITIGATION_CONCLUDED -> {
                if (m.outcome() == null) {
                    errors.add(FieldViolation.of("outcome", "FIELD_REQUIRED"));
                }
            }
            default -> {
                // no type-specific fields
            }
        }
        if (m.outcome() != null && m.type() != CaseMilestone.RECONSIDERATION_CONCLUDED
                && m.type() != CaseMilestone.LITIGATION_CONCLUDED) {
            errors.add(FieldViolation.of("outcome", "FIELD_NOT_FOR_MILESTONE"));
        }
        if (m.reviewResult() != null && m.type() != CaseMilestone.LEGAL_REVIEW) {
            errors.add(FieldViolation.of("reviewResult", "FIELD_NOT_FOR_MILESTONE"));
        }
        return errors;
    }

    /** Date-order problems of {@code candidate} against the milestones already recorded. */
    public static List<FieldViolation> order(Map<CaseMilestone, Milestone> recorded, Milestone candidate) {
        Map<CaseMilestone, Milestone> all = new EnumMap<>(CaseMilestone.class);
        all.putAll(recorded);
        all.put(candidate.type(), candidate);
        List<FieldViolation> errors = new ArrayList<>();
        for (CaseMilestone[] rule : ORDER) {
            if (rule[0] != candidate.type() && rule[1] != candidate.type()) {
                continue;
            }
            Milestone before = all.get(rule[0]);
            Milestone after = all.get(rule[1]);
            if (before != null && after != null && after.occurredOn().isBefore(before.occurredOn())) {
                errors.add(new FieldViolation("occurredOn", "MILESTONE_DATE_ORDER",
                        rule[1] + " " + after.occurredOn() + " < " + rule[0] + " " + before.occurredOn()));
            }
        }
        return errors;
    }

    /** The three-systems facts of a case from its milestones. */
    public static ThreeSystemsFacts facts(ItemType caseType, Map<CaseMilestone, Milestone> m, ThreeSystemsPolicy policy,
                                          WorkingDays calendar) {
        Milestone decided = m.get(CaseMilestone.DECIDED);
        LocalDate decidedOn = decided == null ? null : decided.occurredOn();
        LocalDate disclosureDue = decidedOn == null ? null : calendar.plusWorkingDays(decidedOn,
                shortDisclosure(caseType) ? policy.shortDisclosureWorkingDays() : policy.disclosureWorkingDays());
        LocalDate published = date(m.get(CaseMilestone.PUBLISHED));
        LocalDate reversed = null;
        for (CaseMilestone remedy : List.of(CaseMilestone.RECONSIDERATION_CONCLUDED,
                CaseMilestone.LITIGATION_CONCLUDED)) {
            Milestone r = m.get(remedy);
            if (r != null && r.outcome() != null && r.outcome().reversesDecision()
                    && (reversed == null || r.occurredOn().isBefore(reversed))) {
                reversed = r.occurredOn();
            }
        }
        LocalDate withdrawalDue = reversed != null && published != null
                ? calendar.plusWorkingDays(reversed.isBefore(published) ? published : reversed,
                policy.withdrawalWorkingDays()) : null;
        LocalDate withdrawn = date(m.get(CaseMilestone.PUBLICATION_WITHDRAWN));
        boolean avRequired = false;
        boolean avComplete = true;
        for (Milestone each : m.values()) {
            for (AvAct act : each.avActs() == null ? List.<AvAct>of() : each.avActs()) {
                if (policy.avRequiredActs().contains(act.act())) {
                    avRequired = true;
                    avComplete &= act.avRecorded();
                }
            }
        }
        boolean reviewRequired = decided != null && (m.containsKey(CaseMilestone.HEARING)
                || Boolean.TRUE.equals(decided.major())
                || (decided.penaltyKinds() != null && decided.penaltyKinds().stream()
                .anyMatch(policy.legalReviewKinds()::contains))
                || (decided.fineAmount() != null
                && decided.fineAmount().compareTo(policy.legalReviewFineThreshold()) >= 0));
        Milestone review = m.get(CaseMilestone.LEGAL_REVIEW);
        boolean covered = review != null && review.reviewResult() == LegalReviewResult.PASSED
                && (decidedOn == null || !review.occurredOn().isAfter(decidedOn));
        return new ThreeSystemsFacts(decidedOn, disclosureDue, published, reversed, withdrawalDue, withdrawn,
                avRequired, !avRequired || avComplete, reviewRequired, covered);
    }

    /**
     * What a benchmark application and the reported decision disagree on: the decision date, the fine (compared as
     * amounts) and the penalty kinds (as sets of names).
     */
    public static List<String> benchmarkDifferences(Milestone decided, BenchmarkApplicationRecord application) {
        List<String> differences = new ArrayList<>();
        if (application.decisionDate() != null && !application.decisionDate().equals(decided.occurredOn())) {
            differences.add("DECISION_DATE");
        }
        BigDecimal reported = decided.fineAmount() == null ? BigDecimal.ZERO : decided.fineAmount();
        BigDecimal applied = application.finalFine() == null ? BigDecimal.ZERO : new BigDecimal(application.finalFine());
        if (reported.compareTo(applied) != 0) {
            differences.add("FINE_AMOUNT");
        }
        java.util.Set<String> reportedKinds = new java.util.TreeSet<>();
        if (decided.penaltyKinds() != null) {
            decided.penaltyKinds().forEach(k -> reportedKinds.add(k.name()));
        }
        java.util.Set<String> appliedKinds = new java.util.TreeSet<>(
                application.finalPenaltyKinds() == null ? List.of() : application.finalPenaltyKinds());
        if (!appliedKinds.isEmpty() && !reportedKinds.equals(appliedKinds)) {
            differences.add("PENALTY_KINDS");
        }
        return differences;
    }

    /** Licensing and penalty decisions are disclosed within 7 working days, the others within 20 (国办发〔2018〕118号). */
    public static boolean shortDisclosure(ItemType caseType) {
        return caseType == ItemType.LICENSING || caseType == ItemType.PENALTY;
    }

    private static LocalDate date(Milestone m) {
        return m == null ? null : m.occurredOn();
    }

    private static void amount(BigDecimal value, String field, List<FieldViolation> errors) {
        if (value == null) {
            return;
        }
        if (value.signum() < 0) {
            errors.add(FieldViolation.of(field, "AMOUNT_NEGATIVE"));
        } else if (value.stripTrailingZeros().scale() > 2) {
            errors.add(FieldViolation.of(field, "AMOUNT_SCALE"));
        }
    }
}
