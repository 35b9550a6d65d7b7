package cn.gov.lyg.enforcement.supervision.accountability;

import cn.gov.lyg.enforcement.events.vocabulary.CaseMilestone;
import cn.gov.lyg.enforcement.events.vocabulary.ComplaintFinding;
import cn.gov.lyg.enforcement.events.vocabulary.RemedyOutcome;
import cn.gov.lyg.enforcement.events.vocabulary.ReviewGrade;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules of wrongful-enforcement accountability 错案责任追究 (DOMAIN.md §2.5.8; numbers [SRC a local rule], data in
 * {@code supervision.accountability.*}): what triggers a case, the limitation, and what a decision must contain.
 */
public final class AccountabilityRules {

    private static final Pattern OFFICER_ID = Pattern.compile(
            "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");

    private AccountabilityRules() {
    }

    /** The trigger of a case-register milestone: a concluded remedy that did not let the decision stand. */
    public static Optional<AccountabilityTrigger> triggerOf(CaseMilestone milestone, RemedyOutcome outcome) {
        if (outcome == null || !outcome.reversesDecision()) {
            return Optional.empty();
        }
        return switch (milestone) {
            case RECONSIDERATION_CONCLUDED -> Optional.of(AccountabilityTrigger.RECONSIDERATION_REVOKED);
            case LITIGATION_CONCLUDED -> Optional.of(AccountabilityTrigger.LITIGATION_LOST);
            default -> Optional.empty();
        };
    }

    /** A substantiated complaint triggers; a partly substantiated one when configured. */
    public static boolean triggers(ComplaintFinding finding, boolean partlyTriggers) {
        return finding == ComplaintFinding.SUBSTANTIATED || (partlyTriggers && finding == ComplaintFinding.PARTLY);
    }

    /** An UNQUALIFIED case-file review (a veto hit, or a score below the pass mark) triggers. */
    public static boolean triggers(ReviewGrade grade, List<String> vetoHits) {
        return grade == ReviewGrade.UNQUALIFIED || (vetoHits != null && !vetoHits.isEmpty());
    }

    /** Not pursued when discovered more than {@code limitationYears} after the fault (violation day known). */
    public static boolean timeBarred(LocalDate violationOn, LocalDate discoveredOn, int limitationYears) {
        return violationOn != null && discoveredOn.isAfter(violationOn.plusYears(limitationYears));
    }

    public static boolean validOfficerId(String officerId) {
        return officerId != null && OFFICER_ID.matcher(officerId).matches();
    }

    /** A respondent's decided outcome (input of {@link #checkDecision}). */
    public record Decided(String officerId, LiabilityOutcome outcome, String faultType, LocalDate suspendedUntil,
                          String reason) {
    }

    /**
     * Checks a decision: one outcome for every respondent and only for respondents; a fault type (INTENTIONAL or
     * GROSS_NEGLIGENCE) for every liable outcome; a reason for 尽职免责 and 不予追责; a suspension end only with
     * 暂扣执法证件 and after the decision day.
     */
    public static List<FieldViolation> checkDecision(Set<String> respondents, List<Decided> outcomes,
                                                     LocalDate decidedOn) {
        List<FieldViolation> errors = new ArrayList<>();
        if (respondents.isEmpty()) {
            errors.add(FieldViolation.of("respondents", "ACCOUNTABILITY_NO_RESPONDENTS"));
            return errors;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < outcomes.size(); i++) {
            Decided d = outcomes.get(i);
            String field = "outcomes[" + i + "]";
            if (!respondents.contains(d.officerId())) {
                errors.add(FieldViolation.of(field + ".officerId", "ACCOUNTABILITY_NOT_RESPONDENT"));
            } else if (!seen.add(d.officerId())) {
                errors.add(FieldViolation.of(field + ".officerId", "ACCOUNTABILITY_OUTCOME_DUPLICATE"));
            }
            if (d.outcome().liable() && !"INTENTIONAL".equals(d.faultType())
                    && !"GROSS_NEGLIGENCE".equals(d.faultType())) {
                errors.add(FieldViolation.of(field + ".faultType", "ACCOUNTABILITY_FAULT_REQUIRED"));
            }
            if (!d.outcome().liable() && (d.reason() == null || d.reason().isBlank())) {
                errors.add(FieldViolation.of(field + ".reason", "ACCOUNTABILITY_EXEMPTION_REASON_REQUIRED"));
            }
            if (d.suspendedUntil() != null && (d.outcome() != LiabilityOutcome.SUSPEND_CERTIFICATE
                    || !d.suspendedUntil().isAfter(decidedOn))) {
                errors.add(FieldViolation.of(field + ".suspendedUntil", "ACCOUNTABILITY_SUSPENSION_INVALID"));
            }
        }
        for (String r : respondents) {
            if (!seen.contains(r)) {
                errors.add(FieldViolation.of("outcomes", "ACCOUNTABILITY_OUTCOME_MISSING"));
                break;
            }
        }
        return errors;
    }
}
