package cn.gov.lyg.enforcement.inspection.clue;

import java.time.LocalDate;
import java.util.List;

/** A clue transfer as the API shows it. */
public record ClueView(String id, String fromAgencyCode, String toAgencyCode, String inspectionId,
                       String inspectionNo, String uscc, String description, List<String> resultCodes,
                       List<String> evidenceHashes, LocalDate foundOn, LocalDate dueDate, boolean dueProvisional,
                       LocalDate sentOn, boolean late, ClueTransfer.Status status, String answer, Long version) {

    static ClueView of(ClueTransfer c) {
        return new ClueView(c.getId(), c.getFromAgencyCode(), c.getToAgencyCode(), c.getInspectionId(),
                c.getInspectionNo(), c.getUscc(), c.getDescription(), c.getResultCodes(), c.getEvidenceHashes(),
                c.getFoundOn(), c.getDueDate(), c.isDueProvisional(), c.getSentOn(), c.isLate(), c.getStatus(),
                c.getAnswer(), c.getVersion());
    }
}
