package cn.gov.lyg.enforcement.inspection.guidance;

import cn.gov.lyg.enforcement.events.inspection.ComplianceGuidanceRecorded;
import cn.gov.lyg.enforcement.inspection.shared.RuleViolation;
import cn.gov.lyg.enforcement.inspection.shared.WorkingDays;
import cn.gov.lyg.enforcement.platform.mongo.AggregateDocument;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * 涉企行政合规全过程指导 of one enterprise by one agency at one stage: topics, the checklist, guidance documents,
 * rectifications with working-day deadlines and their follow-ups: RECTIFYING while rectifications are open, CLOSED
 * when all are rectified (or none were asked).
 */
@Document(ComplianceGuidance.COLLECTION)
public class ComplianceGuidance extends AggregateDocument {

    public static final String COLLECTION = "compliance_guidance";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** RECTIFYING while rectifications are open, CLOSED when all are rectified (or none was asked). */
    public enum Status {
        RECTIFYING, CLOSED
    }

    @Id
    private String id;
    private String agencyCode;
    private String regionCode;
    private String uscc;
    private GuidanceStage stage;
    private LocalDate guidedOn;
    private List<String> topics;
    private String inspectionId;
    private String caseId;
    private String templateCode;
    private List<ChecklistPoint> checklist;
    private List<String> guidanceDocs;
    private List<Rectification> rectifications = new ArrayList<>();
    private List<FollowUp> followUps = new ArrayList<>();
    /** The earliest due date of the open rectifications (null when none is open): the overdue query. */
    private LocalDate nextDue;
    private Status status;

    protected ComplianceGuidance() {
        // for the mapping layer
    }

    static ComplianceGuidance record(String agencyCode, String regionCode, String uscc, GuidanceStage stage,
                                     LocalDate guidedOn, List<String> topics, String inspectionId, String caseId,
                                     String templateCode, List<ChecklistPoint> checklist, List<String> docs,
                                     List<GuidanceRules.RectificationRequest> asked, WorkingDays days, Instant at) {
        ComplianceGuidance g = new ComplianceGuidance();
        g.id = UUID.randomUUID().toString();
        g.agencyCode = agencyCode;
        g.regionCode = regionCode;
        g.uscc = uscc;
        g.stage = stage;
        g.guidedOn = guidedOn;
        g.topics = topics.stream().filter(Objects::nonNull).filter(t -> !t.isBlank()).toList();
        g.inspectionId = inspectionId;
        g.caseId = caseId;
        g.templateCode = templateCode;
        g.checklist = checklist == null ? List.of() : List.copyOf(checklist);
        g.guidanceDocs = docs == null ? List.of() : List.copyOf(docs);
        int n = 0;
        for (GuidanceRules.RectificationRequest r : asked == null ? List.<GuidanceRules.RectificationRequest>of()
                : asked) {
            WorkingDays.Deadline d = days.after(guidedOn, r.workingDays());
            g.rectifications.add(new Rectification("R" + (++n), r.pointCode(), r.requirement(), r.workingDays(),
                    d.due(), d.provisional(), false, Rectification.State.OPEN, null));
        }
        g.settle();
        g.audit("GUIDANCE_RECORDED", Map.of("stage", stage.name(), "rectifications", g.rectifications.size()));
        g.recorded(at);
        return g;
    }

    /** A follow-up: RECTIFIED closes the rectification, EXTENDED moves its deadline once, NOT_RECTIFIED keeps it. */
    void followUp(LocalDate date, String rectificationCode, FollowUp.Outcome outcome, String note, Integer extension,
                  String by, WorkingDays days, LocalDate today, Instant at) {
        if (outcome == null) {
            throw RuleViolation.invalid("FOLLOW_UP_OUTCOME_REQUIRED").with("field", "outcome");
        }
        if (date == null || date.isBefore(guidedOn) || date.isAfter(today)) {
            throw RuleViolation.invalid("FOLLOW_UP_DATE_INVALID").with("field", "date");
        }
        Rectification r = rectifications.stream().filter(x -> x.code().equals(rectificationCode)
                && x.state() == Rectification.State.OPEN).findFirst()
                .orElseThrow(() -> RuleViolation.conflict("RECTIFICATION_UNKNOWN", String.valueOf(rectificationCode)));
        boolean late = date.isAfter(r.dueDate());
        Rectification next = switch (outcome) {
            case RECTIFIED -> r.done(date);
            case NOT_RECTIFIED -> r;
            case EXTENDED -> {
                if (r.extended()) {
                    throw RuleViolation.conflict("EXTENSION_ALREADY_USED", r.code());
                }
                int n = extension == null ? r.workingDays() : extension;
                if (n < 1 || n > GuidanceRules.MAX_WORKING_DAYS) {
                    throw RuleViolation.invalid("RECTIFICATION_DAYS_INVALID").with("field", "extensionWorkingDays");
                }
                WorkingDays.Deadline d = days.after(date, n);
                yield r.extendTo(d.due(), d.provisional());
            }
        };
        rectifications.replaceAll(x -> x.code().equals(r.code()) ? next : x);
        followUps.add(new FollowUp(date, r.code(), outcome, note, by, late));
        settle();
        audit("GUIDANCE_FOLLOWED_UP", Map.of("rectification", r.code(), "outcome", outcome.name()));
        recorded(at);
    }

    private void settle() {
        nextDue = rectifications.stream().filter(r -> r.state() == Rectification.State.OPEN)
                .map(Rectification::dueDate).min(Comparator.naturalOrder()).orElse(null);
        status = nextDue == null ? Status.CLOSED : Status.RECTIFYING;
    }

    private void recorded(Instant at) {
        boolean provisional = rectifications.stream().anyMatch(Rectification::provisional);
        raise(new ComplianceGuidanceRecorded(UUID.randomUUID().toString(), OffsetDateTime.ofInstant(at, ZONE), id,
                nextVersion(), regionCode, agencyCode, uscc, stage.name(), topics, nextDue, provisional,
                status.name()));
    }

    /** The open rectifications past their due date on the day. */
    public List<Rectification> overdue(LocalDate asOf) {
        return rectifications.stream().filter(r -> r.overdue(asOf)).toList();
    }

    @Override
    public String aggregateId() {
        return id;
    }

    @Override
    public String aggregateType() {
        return "ComplianceGuidance";
    }

    public String getId() { return id; }
    public String getAgencyCode() { return agencyCode; }
    public String getRegionCode() { return regionCode; }
    public String getUscc() { return uscc; }
    public GuidanceStage getStage() { return stage; }
    public LocalDate getGuidedOn() { return guidedOn; }
    public List<String> getTopics() { return topics; }
    public String getInspectionId() { return inspectionId; }
    public String getCaseId() { return caseId; }
    public String getTemplateCode() { return templateCode; }
    public List<ChecklistPoint> getChecklist() { return checklist; }
    public List<String> getGuidanceDocs() { return guidanceDocs; }
    public List<Rectification> getRectifications() { return List.copyOf(rectifications); }
    public List<FollowUp> getFollowUps() { return List.copyOf(followUps); }
    public LocalDate getNextDue() { return nextDue; }
    public Status getStatus() { return status; }
}
