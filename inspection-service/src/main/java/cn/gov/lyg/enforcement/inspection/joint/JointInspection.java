package cn.gov.lyg.enforcement.inspection.joint;

import cn.gov.lyg.enforcement.events.inspection.JointInspectionCreated;
import cn.gov.lyg.enforcement.inspection.shared.RuleViolation;
import cn.gov.lyg.enforcement.platform.mongo.AggregateDocument;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * 综合查一次: one visit of one enterprise for what several agencies need (DOMAIN.md §2.3.2). Each participant keeps its
 * own inspection (items, ≥ 2 officers of its own, results counted for its own items); the lead department fixes the
 * day and writes the one combined report. Visible to the participants only (and supervisors of the region).
 */
@Document(JointInspection.COLLECTION)
public class JointInspection extends AggregateDocument {

    public static final String COLLECTION = "joint_inspections";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Id
    private String id;
    private String uscc;
    private String regionCode;
    private LocalDate windowStart;
    private String origin;
    private String scenarioCode;
    private String leadAgencyCode;
    private List<Participant> participants = new ArrayList<>();
    private List<String> participantCodes = new ArrayList<>();
    private LocalDate plannedDate;
    private JointStatus status;
    private String declinedBy;
    private String declineReason;
    private CombinedReport report;

    protected JointInspection() {
        // for the mapping layer
    }

    static JointInspection propose(String origin, String uscc, String regionCode, LocalDate windowStart,
                                   String scenarioCode, String leadAgencyCode, List<Participant> participants,
                                   LocalDate plannedDate, Instant at) {
        if (participants.stream().map(Participant::agencyCode).distinct().count() < 2) {
            throw RuleViolation.invalid("JOINT_NEEDS_TWO_AGENCIES").with("field", "participantAgencyCodes");
        }
        JointInspection j = new JointInspection();
        j.id = UUID.randomUUID().toString();
        j.origin = origin;
        j.uscc = uscc;
        j.regionCode = regionCode;
        j.windowStart = windowStart;
        j.scenarioCode = scenarioCode;
        j.leadAgencyCode = leadAgencyCode;
        j.participants = new ArrayList<>(participants);
        j.participantCodes = participants.stream().map(Participant::agencyCode).toList();
        j.plannedDate = plannedDate;
        j.status = JointStatus.PROPOSED;
        j.audit("JOINT_INSPECTION_PROPOSED", Map.of("origin", origin, "lead", leadAgencyCode,
                "participants", j.participantCodes));
        j.raise(new JointInspectionCreated(UUID.randomUUID().toString(), OffsetDateTime.ofInstant(at, ZONE), j.id,
                j.nextVersion(), regionCode, uscc, origin, scenarioCode, leadAgencyCode, j.participantCodes,
                plannedDate, j.status.name(), j.inspectionIds()));
        return j;
    }

    /** A further agency's (or the same participant's further) inspection joins while the joint is not reported. */
    boolean include(Participant joining, String inspectionId, String newLead) {
        requireOpen("include");
        Optional<Participant> existing = participant(joining.agencyCode());
        if (existing.isPresent() && existing.get().inspectionIds().contains(inspectionId)) {
            return false;
        }
        if (existing.isPresent()) {
            participants.replaceAll(p -> p.agencyCode().equals(joining.agencyCode()) ? p.withInspection(inspectionId)
                    : p);
        } else {
            participants.add(joining.withInspection(inspectionId));
            participantCodes = participants.stream().map(Participant::agencyCode).toList();
            if (status == JointStatus.AGREED || status == JointStatus.SCHEDULED) {
                status = JointStatus.PROPOSED; // the newcomer has to agree too
            }
        }
        leadAgencyCode = newLead;
        audit("JOINT_INSPECTION_JOINED", Map.of("agencyCode", joining.agencyCode(), "inspectionId", inspectionId));
        return true;
    }

    void agree(String agencyCode, String by, Instant at) {
        require("agree", JointStatus.PROPOSED);
        Participant p = participant(agencyCode).orElseThrow(() -> RuleViolation.conflict("NOT_JOINT_PARTICIPANT"));
        if (!p.agreed()) {
            participants.replaceAll(x -> x.agencyCode().equals(agencyCode) ? x.agree(by, at) : x);
            audit("JOINT_INSPECTION_AGREED", Map.of("agencyCode", agencyCode, "by", by));
        }
        if (participants.stream().allMatch(Participant::agreed)) {
            status = JointStatus.AGREED;
        }
    }

    void decline(String agencyCode, String reason, String by) {
        require("decline", JointStatus.PROPOSED, JointStatus.AGREED);
        if (reason == null || reason.isBlank()) {
            throw RuleViolation.invalid("DECLINE_REASON_REQUIRED").with("field", "reason");
        }
        status = JointStatus.DECLINED;
        declinedBy = agencyCode;
        declineReason = reason;
        audit("JOINT_INSPECTION_DECLINED", Map.of("agencyCode", agencyCode, "reason", reason, "by", by));
    }

    void schedule(LocalDate day, LocalDate windowEnd) {
        require("schedule", JointStatus.AGREED, JointStatus.SCHEDULED);
        if (day.isBefore(windowStart) || day.isAfter(windowEnd)) {
            throw RuleViolation.invalid("JOINT_DATE_OUTSIDE_WINDOW", windowStart, windowEnd).with("field",
                    "plannedDate");
        }
        plannedDate = day;
        status = JointStatus.SCHEDULED;
        audit("JOINT_INSPECTION_SCHEDULED", Map.of("plannedDate", day.toString()));
    }

    void notes(String agencyCode, String text) {
        participants.replaceAll(p -> p.agencyCode().equals(agencyCode) ? p.notes(text) : p);
    }

    void report(CombinedReport combined) {
        require("report", JointStatus.SCHEDULED);
        report = combined;
        status = JointStatus.REPORTED;
        audit("JOINT_INSPECTION_REPORTED", Map.of("sections", combined.sections().size()));
    }

    private void requireOpen(String action) {
        require(action, JointStatus.PROPOSED, JointStatus.AGREED, JointStatus.SCHEDULED);
    }

    private void require(String action, JointStatus... allowed) {
        for (JointStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw RuleViolation.conflict("INVALID_TRANSITION", "综合查一次", status, action);
    }

    public Optional<Participant> participant(String agencyCode) {
        return participants.stream().filter(p -> p.agencyCode().equals(agencyCode)).findFirst();
    }

    public List<String> inspectionIds() {
        return participants.stream().flatMap(p -> p.inspectionIds().stream()).distinct().toList();
    }

    @Override
    public String aggregateId() {
        return id;
    }

    @Override
    public String aggregateType() {
        return "JointInspection";
    }

    public String getId() {
        return id;
    }

    public String getUscc() {
        return uscc;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public LocalDate getWindowStart() {
        return windowStart;
    }

    public String getOrigin() {
        return origin;
    }

    public String getScenarioCode() {
        return scenarioCode;
    }

    public String getLeadAgencyCode() {
        return leadAgencyCode;
    }

    public List<Participant> getParticipants() {
        return List.copyOf(participants);
    }

    public List<String> getParticipantCodes() {
        return List.copyOf(participantCodes);
    }

    public LocalDate getPlannedDate() {
        return plannedDate;
    }

    public JointStatus getStatus() {
        return status;
    }

    public String getDeclinedBy() {
        return declinedBy;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public CombinedReport getReport() {
        return report;
    }
}
