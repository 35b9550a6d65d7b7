package cn.gov.lyg.enforcement.benchmark.check;

import java.time.LocalDate;
import java.util.List;

/**
 * Approval of a deviation (国办发〔2022〕27号): by the principal leader, or by a collective deliberation with its
 * participants and minutes; always with written reasoning.
 */
public record DeviationApproval(ApprovalType type, String approver, LocalDate date, List<String> participants,
                                String minutesRef, String reasoning) {

    public DeviationApproval {
        participants = participants == null ? List.of() : List.copyOf(participants);
    }

    /** What is missing for the approval to count; empty when complete. */
    public List<String> gaps() {
        List<String> gaps = new java.util.ArrayList<>();
        if (type == null) {
            gaps.add("type (PRINCIPAL_LEADER or COLLECTIVE_DELIBERATION)");
        }
        if (date == null) {
            gaps.add("date");
        }
        if (reasoning == null || reasoning.isBlank()) {
            gaps.add("reasoning");
        }
        if (type == ApprovalType.PRINCIPAL_LEADER && (approver == null || approver.isBlank())) {
            gaps.add("approver");
        }
        if (type == ApprovalType.COLLECTIVE_DELIBERATION) {
            if (minutesRef == null || minutesRef.isBlank()) {
                gaps.add("minutesRef");
            }
            if (participants.isEmpty()) {
                gaps.add("participants");
            }
        }
        return gaps;
    }
}
