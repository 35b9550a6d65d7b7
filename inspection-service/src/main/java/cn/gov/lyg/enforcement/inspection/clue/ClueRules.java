package cn.gov.lyg.enforcement.inspection.clue;

import java.util.Collection;
import java.util.List;

/**
 * Case clue transfers 案件线索移送 (DOMAIN.md I9 [ASM]): an inspection whose submitted result found a problem (code
 * {@code A}, 发现问题待后续处理, or a follow-up TRANSFER_CASE_CLUE / NOTIFY_OTHER_DEPT) may transfer a clue to the
 * competent case-handling agency; it is due within {@value #DUE_WORKING_DAYS} working days after the finding (the
 * record's capture day is day 0) and is {@code late} when sent after that day.
 */
public final class ClueRules {

    public static final int DUE_WORKING_DAYS = 5;
    private static final List<String> TRANSFER_FOLLOW_UPS = List.of("TRANSFER_CASE_CLUE", "NOTIFY_OTHER_DEPT");

    /** Whether the result holds a clue to transfer. */
    public boolean hasClue(Collection<String> resultCodes, Collection<String> followUps) {
        return resultCodes != null && resultCodes.contains("A")
                || followUps != null && followUps.stream().anyMatch(TRANSFER_FOLLOW_UPS::contains);
    }
}
