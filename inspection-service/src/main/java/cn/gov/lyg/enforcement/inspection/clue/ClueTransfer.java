package cn.gov.lyg.enforcement.inspection.clue;

import cn.gov.lyg.enforcement.events.inspection.ClueTransferred;
import cn.gov.lyg.enforcement.inspection.shared.RuleViolation;
import cn.gov.lyg.enforcement.platform.mongo.AggregateDocument;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A case clue 案件线索 from an inspection, sent to a case-handling agency with the inspection's result codes and
 * evidence hashes; the receiving agency accepts or returns it. Visible to both agencies (and supervisors).
 */
@Document(ClueTransfer.COLLECTION)
public class ClueTransfer extends AggregateDocument {

    public static final String COLLECTION = "clue_transfers";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** SENT → ACCEPTED or REJECTED (returned with a reason). */
    public enum Status {
        SENT, ACCEPTED, REJECTED
    }

    @Id
    private String id;
    private String fromAgencyCode;
    private String toAgencyCode;
    private String regionCode;
    private String inspectionId;
    private String inspectionNo;
    private String uscc;
    private String description;
    private List<String> resultCodes;
    private List<String> evidenceHashes;
    private LocalDate foundOn;
    private LocalDate dueDate;
    private boolean dueProvisional;
    private LocalDate sentOn;
    private boolean late;
    private Status status;
    private String answer;
    private List<String> parties;

    protected ClueTransfer() {
        // for the mapping layer
    }

    static ClueTransfer send(String from, String to, String regionCode, String inspectionId, String inspectionNo,
                             String uscc, String description, List<String> resultCodes, List<String> evidenceHashes,
                             LocalDate foundOn, LocalDate dueDate, boolean provisional, LocalDate sentOn, Instant at) {
        ClueTransfer c = new ClueTransfer();
        c.id = UUID.randomUUID().toString();
        c.fromAgencyCode = from;
        c.toAgencyCode = to;
        c.parties = from.equals(to) ? List.of(from) : List.of(from, to);
        c.regionCode = regionCode;
        c.inspectionId = inspectionId;
        c.inspectionNo = inspectionNo;
        c.uscc = uscc;
        c.description = description;
        c.resultCodes = List.copyOf(resultCodes);
        c.evidenceHashes = List.copyOf(evidenceHashes);
        c.foundOn = foundOn;
        c.dueDate = dueDate;
        c.dueProvisional = provisional;
        c.sentOn = sentOn;
        c.late = sentOn.isAfter(dueDate);
        c.status = Status.SENT;
        c.audit("CLUE_TRANSFERRED", Map.of("to", to, "inspectionId", inspectionId, "late", c.late));
        c.transferred(at);
        return c;
    }

    void answer(boolean accepted, String reason, String by, Instant at) {
        if (status != Status.SENT) {
            throw RuleViolation.conflict("INVALID_TRANSITION", "案件线索", status, accepted ? "accept" : "reject");
        }
        if (!accepted && (reason == null || reason.isBlank())) {
            throw RuleViolation.invalid("REJECT_REASON_REQUIRED").with("field", "reason");
        }
        status = accepted ? Status.ACCEPTED : Status.REJECTED;
        answer = reason;
        audit(accepted ? "CLUE_ACCEPTED" : "CLUE_REJECTED", Map.of("by", by));
        transferred(at);
    }

    private void transferred(Instant at) {
        raise(new ClueTransferred(UUID.randomUUID().toString(), OffsetDateTime.ofInstant(at, ZONE), id, nextVersion(),
                regionCode, fromAgencyCode, toAgencyCode, inspectionId, uscc, resultCodes, evidenceHashes, dueDate,
                late, status.name()));
    }

    @Override
    public String aggregateId() {
        return id;
    }

    @Override
    public String aggregateType() {
        return "ClueTransfer";
    }

    public String getId() { return id; }
    public String getFromAgencyCode() { return fromAgencyCode; }
    public String getToAgencyCode() { return toAgencyCode; }
    public String getRegionCode() { return regionCode; }
    public String getInspectionId() { return inspectionId; }
    public String getInspectionNo() { return inspectionNo; }
    public String getUscc() { return uscc; }
    public String getDescription() { return description; }
    public List<String> getResultCodes() { return resultCodes; }
    public List<String> getEvidenceHashes() { return evidenceHashes; }
    public LocalDate getFoundOn() { return foundOn; }
    public LocalDate getDueDate() { return dueDate; }
    public boolean isDueProvisional() { return dueProvisional; }
    public LocalDate getSentOn() { return sentOn; }
    public boolean isLate() { return late; }
    public Status getStatus() { return status; }
    public String getAnswer() { return answer; }
    public List<String> getParties() { return parties; }
}
