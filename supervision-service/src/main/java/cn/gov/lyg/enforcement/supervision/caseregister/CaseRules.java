package cn.gov.lyg.enforcement.supervision.caseregister;

import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import cn.gov.lyg.enforcement.supervision.WorkingDays;
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
    static final List<MilestoneType[]> ORDER = List.of(
            pair(MilestoneType.FILED, MilestoneType.HEARING),
            pair(MilestoneType.FILED, MilestoneType.LEGAL_REVIEW),
            pair(MilestoneType.FILED, MilestoneType.COLLECTIVE_DELIBERATION),
            pair(MilestoneType.FILED, MilestoneType.DECIDED),
            pair(MilestoneType.FILED, MilestoneType.CLOSED),
            pair(MilestoneType.HEARING, MilestoneType.DECIDED),
            pair(MilestoneType.LEGAL_REVIEW, MilestoneType.DECIDED),
            pair(MilestoneType.COLLECTIVE_DELIBERATION, MilestoneType.DECIDED),
            pair(MilestoneType.DECIDED, MilestoneType.SERVED),
            pair(MilestoneType.DECIDED, MilestoneType.PUBLISHED),
            pair(MilestoneType.DECIDED, MilestoneType.EXECUTED),
            pair(MilestoneType.DECIDED, MilestoneType.RECONSIDERATION_CONCLUDED),
            pair(MilestoneType.DECIDED, MilestoneType.LITIGATION_CONCLUDED),
            pair(MilestoneType.DECIDED, MilestoneType.CLOSED),
            pair(MilestoneType.SERVED, MilestoneType.EXECUTED),
            pair(MilestoneType.PUBLISHED, MilestoneType.PUBLICATION_WITHDRAWN),
            pair(MilestoneType.EXECUTED, MilestoneType.CLOSED));

    private CaseRules() {
    }

    private static MilestoneType[] pair(MilestoneType before, MilestoneType after) {
        return new MilestoneType[] {before, after};
    }

    /** Field problems of one milestone on its own (required fields per type, amounts, dates not in the future). */
    public static List<FieldViolation> check(Milestone m, CaseType caseType, LocalDate today) {
        List<FieldViolation> errors = new ArrayList<>();
        if (m.occurredOn() != null && m.occurredOn().isAfter(today)) {
            errors.add(FieldViolation.of("occurredOn", "DATE_IN_FUTURE"));
        }
        amount(m.fineAmount(), "fineAmount", errors);
        amount(m.confiscationAmount(), "confiscationAmount", errors);
        if (m.type() != MilestoneType.DECIDED && (m.penaltyKinds() != null && !m.penaltyKinds().isEmpty()
                || m.fineAmount() != null || m.confiscationAmount() != null)) {
            errors.add(FieldViolation.of("penaltyKinds", "FIELD_NOT_FOR_MILESTONE"));
        }
        switch (m.type()) {
            case DECIDED -> {
                if (m.decisionNo() == null || m.decisionNo().isBlank()) {
                    errors.add(FieldViolation.of("decisionNo", "FIELD_REQUIRED"));
                }
                boolean penalty = caseType == CaseType.PENALTY;
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
        if (m.outcome() != null && m.type() != MilestoneType.RECONSIDERATION_CONCLUDED
                && m.type() != MilestoneType.LITIGATION_CONCLUDED) {
            errors.add(FieldViolation.of("outcome", "FIELD_NOT_FOR_MILESTONE"));
        }
        if (m.reviewResult() != null && m.type() != MilestoneType.LEGAL_REVIEW) {
            errors.add(FieldViolation.of("reviewResult", "FIELD_NOT_FOR_MILESTONE"));
        }
        return errors;
    }

    /** Date-order problems of {@code candidate} against the milestones already recorded. */
    public static List<FieldViolation> order(Map<MilestoneType, Milestone> recorded, Milestone candidate) {
        Map<MilestoneType, Milestone> all = new EnumMap<>(MilestoneType.class);
        all.putAll(recorded);
        all.put(candidate.type(), candidate);
        List<FieldViolation> errors = new ArrayList<>();
        for (MilestoneType[] rule : ORDER) {
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
    public static ThreeSystemsFacts facts(CaseType caseType, Map<MilestoneType, Milestone> m, ThreeSystemsPolicy policy,
                                          WorkingDays calendar) {
        Milestone decided = m.get(MilestoneType.DECIDED);
        LocalDate decidedOn = decided == null ? null : decided.occurredOn();
        LocalDate disclosureDue = decidedOn == null ? null : calendar.plusWorkingDays(decidedOn,
                caseType.shortDisclosure() ? policy.shortDisclosureWorkingDays() : policy.disclosureWorkingDays());
        LocalDate published = date(m.get(MilestoneType.PUBLISHED));
        LocalDate reversed = null;
        for (MilestoneType remedy : List.of(MilestoneType.RECONSIDERATION_CONCLUDED,
                MilestoneType.LITIGATION_CONCLUDED)) {
            Milestone r = m.get(remedy);
            if (r != null && r.outcome() != null && r.outcome().reversesDecision()
                    && (reversed == null || r.occurredOn().isBefore(reversed))) {
                reversed = r.occurredOn();
            }
        }
        LocalDate withdrawalDue = reversed != null && published != null
                ? calendar.plusWorkingDays(reversed.isBefore(published) ? published : reversed,
                policy.withdrawalWorkingDays()) : null;
        LocalDate withdrawn = date(m.get(MilestoneType.PUBLICATION_WITHDRAWN));
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
        boolean reviewRequired = decided != null && (m.containsKey(MilestoneType.HEARING)
                || Boolean.TRUE.equals(decided.major())
                || (decided.penaltyKinds() != null && decided.penaltyKinds().stream()
                .anyMatch(policy.legalReviewKinds()::contains))
                || (decided.fineAmount() != null
                && decided.fineAmount().compareTo(policy.legalReviewFineThreshold()) >= 0));
        Milestone review = m.get(MilestoneType.LEGAL_REVIEW);
        boolean covered = review != null && review.reviewResult() == LegalReviewResult.PASSED
                && (decidedOn == null || !review.occurredOn().isAfter(decidedOn));
        return new ThreeSystemsFacts(decidedOn, disclosureDue, published, reversed, withdrawalDue, withdrawn,
                avRequired, !avRequired || avComplete, reviewRequired, covered);
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
