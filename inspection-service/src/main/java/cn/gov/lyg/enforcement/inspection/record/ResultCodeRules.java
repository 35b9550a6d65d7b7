package cn.gov.lyg.enforcement.inspection.record;

import cn.gov.lyg.enforcement.inspection.shared.RuleViolation;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Consistency of result codes and follow-up actions (DOMAIN.md §2.3.2, AS-22):
 * <ul>
 *   <li>at least one code, each on the dictionary ({@code RESULT_CODES_REQUIRED}, {@code RESULT_CODE_UNKNOWN});</li>
 *   <li>{@code 1} 未发现问题 excludes every other code; a terminal code ({@code 9}–{@code 12}) excludes findings and
 *       other terminal codes; {@code F} excludes {@code E} and {@code A}; a sub-code needs {@code A}
 *       ({@code RESULT_CODES_INCONSISTENT});</li>
 *   <li>{@code A} needs at least one sub-code and a follow-up action other than NONE_NEEDED
 *       ({@code FOLLOW_UP_REQUIRED});</li>
 *   <li>without a finding of a problem ({@code A} or {@code E}) no follow-up other than NONE_NEEDED / NOTIFY_OTHER_DEPT
 *       / FEEDBACK_TO_DAILY_REGULATOR / OTHER; ORDER_CORRECTION and TRANSFER_CASE_CLUE need a problem; NONE_NEEDED is
 *       alone ({@code FOLLOW_UP_INCONSISTENT}).</li>
 * </ul>
 */
public final class ResultCodeRules {

    public record Outcome(Set<ResultCode> codes, Set<FollowUpAction> followUps, boolean terminal) {
    }

    public Outcome check(List<String> rawCodes, List<FollowUpAction> followUpActions) {
        if (rawCodes == null || rawCodes.isEmpty()) {
            throw RuleViolation.invalid("RESULT_CODES_REQUIRED");
        }
        Set<ResultCode> codes = EnumSet.noneOf(ResultCode.class);
        for (String raw : rawCodes) {
            ResultCode code = ResultCode.fromCode(raw == null ? "" : raw.strip())
                    .orElseThrow(() -> RuleViolation.invalid("RESULT_CODE_UNKNOWN", raw));
            codes.add(code);
        }
        Set<FollowUpAction> followUps = followUpActions == null ? Set.of() : new LinkedHashSet<>(followUpActions);
        if (codes.contains(ResultCode.NO_PROBLEM) && codes.size() > 1) {
            throw RuleViolation.invalid("RESULT_CODES_INCONSISTENT", "1");
        }
        long terminal = codes.stream().filter(c -> c.group() == ResultCode.Group.TERMINAL).count();
        boolean findings = codes.stream().anyMatch(c -> c.group() == ResultCode.Group.FINDING
                || c.group() == ResultCode.Group.SUB_CODE);
        if (terminal > 1 || (terminal == 1 && findings)) {
            throw RuleViolation.invalid("RESULT_CODES_INCONSISTENT", "9-12");
        }
        if (codes.contains(ResultCode.NO_RELEVANT_ACTIVITY)
                && (codes.contains(ResultCode.CORRECTED) || codes.contains(ResultCode.PENDING_FOLLOW_UP))) {
            throw RuleViolation.invalid("RESULT_CODES_INCONSISTENT", "F");
        }
        boolean subCodes = codes.stream().anyMatch(c -> c.group() == ResultCode.Group.SUB_CODE);
        if (subCodes && !codes.contains(ResultCode.PENDING_FOLLOW_UP)) {
            throw RuleViolation.invalid("RESULT_CODES_INCONSISTENT", "A");
        }
        if (codes.contains(ResultCode.PENDING_FOLLOW_UP) && (!subCodes || followUps.isEmpty()
                || followUps.equals(Set.of(FollowUpAction.NONE_NEEDED)))) {
            throw RuleViolation.invalid("FOLLOW_UP_REQUIRED");
        }
        if (followUps.contains(FollowUpAction.NONE_NEEDED) && followUps.size() > 1) {
            throw RuleViolation.invalid("FOLLOW_UP_INCONSISTENT", FollowUpAction.NONE_NEEDED.name());
        }
        boolean problem = codes.contains(ResultCode.PENDING_FOLLOW_UP) || codes.contains(ResultCode.CORRECTED);
        if (!problem && (followUps.contains(FollowUpAction.ORDER_CORRECTION)
                || followUps.contains(FollowUpAction.TRANSFER_CASE_CLUE))) {
            throw RuleViolation.invalid("FOLLOW_UP_INCONSISTENT", followUps.contains(FollowUpAction.ORDER_CORRECTION)
                    ? FollowUpAction.ORDER_CORRECTION.name() : FollowUpAction.TRANSFER_CASE_CLUE.name());
        }
        return new Outcome(Set.copyOf(codes), Set.copyOf(followUps), terminal == 1);
    }
}
