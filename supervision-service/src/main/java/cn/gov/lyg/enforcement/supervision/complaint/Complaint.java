package cn.gov.lyg.enforcement.supervision.complaint;

import cn.gov.lyg.enforcement.events.vocabulary.ComplaintCategory;
import cn.gov.lyg.enforcement.events.vocabulary.ComplaintChannel;
import cn.gov.lyg.enforcement.events.vocabulary.ComplaintFinding;
import cn.gov.lyg.enforcement.events.vocabulary.ComplaintKind;
import cn.gov.lyg.enforcement.events.supervision.ComplaintClosed;
import cn.gov.lyg.enforcement.events.supervision.ComplaintOverdue;
import cn.gov.lyg.enforcement.events.supervision.ComplaintReceived;
import cn.gov.lyg.enforcement.events.supervision.ComplaintTransferred;
import cn.gov.lyg.enforcement.platform.calendar.WorkingDayCalendar;
import cn.gov.lyg.enforcement.platform.mongo.AggregateDocument;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import cn.gov.lyg.enforcement.platform.problem.InvalidTransitionException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * 投诉举报: one complaint or report and its way through the state machine of DOMAIN.md §2.5.2, with the working-day
 * deadline of each stage ({@link ComplaintDeadlines}). Each act carries the moment it happened ({@code at}, default
 * now), which may not lie before the previous step nor in the future. {@code currentDueOn} is the deadline of the
 * current stage (null when the stage has none): a complaint is overdue as of a day after it.
 */
@Document(Complaint.COLLECTION)
public class Complaint extends AggregateDocument {

    public static final String COLLECTION = "complaints";

    @Id
    private String id;
    private ComplaintChannel channel;
    private ComplaintKind kind;
    private String externalOrderNo;
    private Instant receivedAt;
    private LocalDate receivedOn;
    private Complainant complainant;
    private String respondentAgencyCode;
    private String respondentRegionCode;
    private List<String> respondentOfficerIds = new ArrayList<>();
    private String relatedCaseNo;
    private ComplaintCategory category;
    private String content;
    private String createdByClient;

    private ComplaintStatus status;
    private Instant lastActionAt;
    private String assigneeAgencyCode;
    private String assigneeRegionCode;
    private List<Transfer> transfers = new ArrayList<>();
    private LocalDate acceptDueOn;
    private Boolean accepted;
    private String notAcceptedReason;
    private Instant acceptanceDecidedAt;
    private LocalDate handlingDueOn;
    private Extension extension;
    private ComplaintFinding finding;
    private String findingNote;
    private Instant concludedAt;
    private Rectification rectification;
    private LocalDate replyDueOn;
    private Instant repliedAt;
    private String replyMethod;
    private Instant closedAt;
    private Integer satisfaction;
    private int reopenCount;
    private List<Urge> urges = new ArrayList<>();
    private List<OverdueFlag> overdueFlags = new ArrayList<>();
    private boolean escalated;
    private LocalDate escalatedOn;
    private String escalatedToRegionCode;

    /** {@code channel|externalOrderNo} (unique: one complaint per hotline work order), the id when there is no order. */
    private String orderKey;
    /** Deadline of the current stage, indexed for the overdue queries. */
    private LocalDate currentDueOn;
    /** Agencies whose users see the complaint (respondent and current assignee), indexed for scope filters. */
    private List<String> agencyCodes = new ArrayList<>();
    /** Regions of those agencies, for the judicial bureaus' scope filters. */
    private List<String> regionCodes = new ArrayList<>();

    protected Complaint() {
    }

    /** Registers a complaint; it waits in RECEIVED for routing. */
    public static Complaint receive(ComplaintChannel channel, ComplaintKind kind, String externalOrderNo, Instant receivedAt,
                                    Complainant complainant, String respondentAgencyCode, String respondentRegionCode,
                                    List<String> respondentOfficerIds, String relatedCaseNo, ComplaintCategory category,
                                    String content, String clientId, Instant now) {
        if (receivedAt.isAfter(now)) {
            throw ApiException.invalid("DATE_IN_FUTURE", List.of(FieldViolation.of("receivedAt", "DATE_IN_FUTURE")));
        }
        if (channel.hotline() && (externalOrderNo == null || externalOrderNo.isBlank())) {
            throw ApiException.invalid("EXTERNAL_ORDER_REQUIRED",
                    List.of(FieldViolation.of("externalOrderNo", "EXTERNAL_ORDER_REQUIRED")));
        }
        Complaint c = new Complaint();
        c.id = UUID.randomUUID().toString();
        c.channel = channel;
        c.kind = kind == null ? ComplaintKind.COMPLAINT : kind;
        c.externalOrderNo = externalOrderNo == null || externalOrderNo.isBlank() ? null : externalOrderNo.trim();
        c.receivedAt = receivedAt;
        c.receivedOn = ComplaintDeadlines.day(receivedAt);
        c.complainant = complainant;
        c.respondentAgencyCode = respondentAgencyCode;
        c.respondentRegionCode = respondentRegionCode;
        c.respondentOfficerIds = respondentOfficerIds == null ? new ArrayList<>() : new ArrayList<>(respondentOfficerIds);
        c.relatedCaseNo = relatedCaseNo;
        c.category = category;
        c.content = content;
        c.createdByClient = clientId;
        c.orderKey = c.externalOrderNo == null ? c.id : orderKey(channel, c.externalOrderNo);
        c.status = ComplaintStatus.RECEIVED;
        c.lastActionAt = receivedAt;
        c.refreshIndexes();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("channel", channel.name());
        details.put("externalOrderNo", c.externalOrderNo == null ? "" : c.externalOrderNo);
        details.put("respondentAgencyCode", respondentAgencyCode);
        c.audit("COMPLAINT_RECEIVED", details);
        c.raise(new ComplaintReceived(UUID.randomUUID().toString(), OffsetDateTime.ofInstant(now,
                WorkingDayCalendar.ZONE), c.id, 0, respondentRegionCode, channel.name(), c.kind.name(),
                c.externalOrderNo, OffsetDateTime.ofInstant(receivedAt, WorkingDayCalendar.ZONE),
                respondentAgencyCode, category.name(), complainant != null && complainant.anonymous()));
        return c;
    }

    /** RECEIVED → TRANSFERRED: routed to a handling unit, which signs or returns within the sign period. */
    public void route(String toAgencyCode, String toRegionCode, Instant at, String by, ComplaintDeadlines deadlines,
                      Instant now) {
        require("route", ComplaintStatus.RECEIVED);
        Instant when = when(at, now);
        LocalDate dueOn = deadlines.plusWorkingDays(ComplaintDeadlines.day(when),
                deadlines.policy().signWorkingDays());
        transfers().add(new Transfer(toAgencyCode, toRegionCode, when, dueOn, by, null, null, null, false));
        assigneeAgencyCode = toAgencyCode;
        assigneeRegionCode = toRegionCode;
        move(ComplaintStatus.TRANSFERRED, when);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("toAgencyCode", toAgencyCode);
        details.put("signDueOn", dueOn.toString());
        audit("COMPLAINT_TRANSFERRED", details);
        raise(new ComplaintTransferred(UUID.randomUUID().toString(), offset(now), id, nextVersion(),
                respondentRegionCode, channel.name(), externalOrderNo, respondentAgencyCode, toAgencyCode,
                transfers().size(), dueOn));
    }

    /** TRANSFERRED → SIGNED; a signature after the sign deadline is recorded as late. */
    public void sign(Instant at, ComplaintDeadlines deadlines, Instant now) {
        require("sign", ComplaintStatus.TRANSFERRED);
        Instant when = when(at, now);
        Transfer open = openTransfer();
        boolean late = !ComplaintDeadlines.inTime(ComplaintDeadlines.day(when), open.dueOn());
        replaceOpenTransfer(open.signed(when, late));
        acceptDueOn = deadlines.plusWorkingDays(ComplaintDeadlines.day(when), deadlines.policy().acceptWorkingDays());
        move(ComplaintStatus.SIGNED, when);
        audit("COMPLAINT_SIGNED", Map.of("late", late, "acceptDueOn", acceptDueOn.toString()));
    }

    /**
     * TRANSFERRED → RECEIVED: the handling unit says it is the wrong addressee; the complaint goes back for routing
     * with its original receipt time (12345 SLA). A return after the return period is recorded as late.
     */
    public void returnTransfer(String reason, Instant at, ComplaintDeadlines deadlines, Instant now) {
        require("return", ComplaintStatus.TRANSFERRED);
        if (reason == null || reason.isBlank()) {
            throw ApiException.invalid("RETURN_REASON_REQUIRED",
                    List.of(FieldViolation.of("reason", "RETURN_REASON_REQUIRED")));
        }
        Instant when = when(at, now);
        Transfer open = openTransfer();
        LocalDate returnDue = deadlines.plusWorkingDays(ComplaintDeadlines.day(open.at()),
                deadlines.policy().returnWorkingDays());
        boolean late = !ComplaintDeadlines.inTime(ComplaintDeadlines.day(when), returnDue);
        replaceOpenTransfer(open.returned(when, reason.trim(), late));
        assigneeAgencyCode = null;
        assigneeRegionCode = null;
        move(ComplaintStatus.RECEIVED, when);
        audit("COMPLAINT_RETURNED", Map.of("late", late, "reason", reason.trim()));
    }

    /** SIGNED → ACCEPTED: the handling period starts. */
    public void accept(Instant at, ComplaintDeadlines deadlines, Instant now) {
        require("accept", ComplaintStatus.SIGNED);
        Instant when = when(at, now);
        accepted = true;
        acceptanceDecidedAt = when;
        handlingDueOn = deadlines.plusWorkingDays(ComplaintDeadlines.day(when), deadlines.policy().handleWorkingDays());
        move(ComplaintStatus.ACCEPTED, when);
        audit("COMPLAINT_ACCEPTED", Map.of("handlingDueOn", handlingDueOn.toString()));
    }

    /** SIGNED → NOT_ACCEPTED with a reason (e.g. already in reconsideration or litigation, outside the scope). */
    public void notAccept(String reason, Instant at, ComplaintDeadlines deadlines, Instant now) {
        require("notAccept", ComplaintStatus.SIGNED);
        if (reason == null || reason.isBlank()) {
            throw ApiException.invalid("NOT_ACCEPTED_REASON_REQUIRED",
                    List.of(FieldViolation.of("reason", "NOT_ACCEPTED_REASON_REQUIRED")));
        }
        Instant when = when(at, now);
        accepted = false;
        notAcceptedReason = reason.trim();
        acceptanceDecidedAt = when;
        replyDueOn = deadlines.plusWorkingDays(ComplaintDeadlines.day(when), deadlines.policy().replyWorkingDays());
        move(ComplaintStatus.NOT_ACCEPTED, when);
        audit("COMPLAINT_NOT_ACCEPTED", Map.of("reason", notAcceptedReason));
    }

    /** ACCEPTED or REOPENED → HANDLING (investigation). */
    public void investigate(Instant at, Instant now) {
        require("investigate", ComplaintStatus.ACCEPTED, ComplaintStatus.REOPENED);
        Instant when = when(at, now);
        move(ComplaintStatus.HANDLING, when);
        audit("COMPLAINT_HANDLING", Map.of());
    }

    /** The one extension of the handling period, at most the policy's working days, approved by a leader. */
    public void extend(int workingDays, String reason, String approvedBy, Instant at, ComplaintDeadlines deadlines,
                       Instant now) {
        require("extend", ComplaintStatus.HANDLING);
        if (extension != null) {
            throw ApiException.conflict("EXTENSION_ALREADY_USED");
        }
        int max = deadlines.policy().maxExtensionWorkingDays();
        if (workingDays < 1 || workingDays > max) {
            throw ApiException.badRequest("EXTENSION_TOO_LONG", max);
        }
        if (reason == null || reason.isBlank() || approvedBy == null || approvedBy.isBlank()) {
            throw ApiException.invalid("EXTENSION_APPROVAL_REQUIRED",
                    List.of(FieldViolation.of(reason == null || reason.isBlank() ? "reason" : "approvedBy",
                            "EXTENSION_APPROVAL_REQUIRED")));
        }
        Instant when = when(at, now);
        if (ComplaintDeadlines.day(when).isAfter(handlingDueOn)) {
            throw ApiException.conflict("EXTENSION_AFTER_DEADLINE");
        }
        LocalDate newDue = deadlines.plusWorkingDays(handlingDueOn, workingDays);
        extension = new Extension(workingDays, reason.trim(), approvedBy.trim(), when, handlingDueOn, newDue);
        handlingDueOn = newDue;
        lastActionAt = when;
        refreshIndexes();
        audit("COMPLAINT_EXTENDED", Map.of("workingDays", workingDays, "handlingDueOn", newDue.toString()));
    }

    /**
     * HANDLING → RECTIFICATION_REQUIRED (substantiated, partly substantiated) with a rectification due date (default
     * the policy's calendar days), or → CONCLUDED (unsubstantiated) waiting for the reply.
     */
    public void conclude(ComplaintFinding result, String note, LocalDate rectificationDueOn, Instant at,
                         ComplaintDeadlines deadlines, Instant now) {
        require("conclude", ComplaintStatus.HANDLING);
        Instant when = when(at, now);
        LocalDate day = ComplaintDeadlines.day(when);
        finding = result;
        findingNote = note;
        concludedAt = when;
        if (result.requiresRectification()) {
            LocalDate due = rectificationDueOn != null ? rectificationDueOn
                    : day.plusDays(deadlines.policy().rectificationCalendarDays());
            if (due.isBefore(day)) {
                throw ApiException.invalid("DATE_ORDER",
                        List.of(FieldViolation.of("rectificationDueOn", "DATE_ORDER")));
            }
            rectification = new Rectification(due, null, null, null, null, null, null);
            move(ComplaintStatus.RECTIFICATION_REQUIRED, when);
        } else {
            replyDueOn = deadlines.plusWorkingDays(day, deadlines.policy().replyWorkingDays());
            move(ComplaintStatus.CONCLUDED, when);
        }
        audit("COMPLAINT_CONCLUDED", Map.of("finding", result.name()));
    }

    /** RECTIFICATION_REQUIRED → RECTIFIED: the agency reports its rectification. */
    public void submitRectification(String report, Instant at, Instant now) {
        require("submitRectification", ComplaintStatus.RECTIFICATION_REQUIRED);
        if (report == null || report.isBlank()) {
            throw ApiException.invalid("RECTIFICATION_REPORT_REQUIRED",
                    List.of(FieldViolation.of("report", "RECTIFICATION_REPORT_REQUIRED")));
        }
        Instant when = when(at, now);
        rectification = new Rectification(rectification.dueOn(), report.trim(), when, null, null, null, null);
        move(ComplaintStatus.RECTIFIED, when);
        audit("COMPLAINT_RECTIFIED", Map.of());
    }

    /**
     * RECTIFIED → VERIFIED (the reply period starts) when the supervisor finds the rectification done, otherwise back
     * to RECTIFICATION_REQUIRED with a new due date (default: the old one).
     */
    public void verify(boolean ok, String note, LocalDate newDueOn, String by, Instant at,
                       ComplaintDeadlines deadlines, Instant now) {
        require("verify", ComplaintStatus.RECTIFIED);
        Instant when = when(at, now);
        LocalDate day = ComplaintDeadlines.day(when);
        if (ok) {
            rectification = new Rectification(rectification.dueOn(), rectification.report(),
                    rectification.submittedAt(), true, by, when, note);
            replyDueOn = deadlines.plusWorkingDays(day, deadlines.policy().replyWorkingDays());
            move(ComplaintStatus.VERIFIED, when);
        } else {
            LocalDate due = newDueOn != null ? newDueOn : rectification.dueOn();
            rectification = new Rectification(due, rectification.report(), rectification.submittedAt(), false, by,
                    when, note);
            move(ComplaintStatus.RECTIFICATION_REQUIRED, when);
        }
        audit("COMPLAINT_VERIFIED", Map.of("ok", ok));
    }

    /** NOT_ACCEPTED, CONCLUDED or VERIFIED → REPLIED: the complainant got the answer. */
    public void reply(String method, Instant at, Instant now) {
        require("reply", ComplaintStatus.NOT_ACCEPTED, ComplaintStatus.CONCLUDED, ComplaintStatus.VERIFIED);
        if (method == null || method.isBlank()) {
            throw ApiException.invalid("REPLY_METHOD_REQUIRED",
                    List.of(FieldViolation.of("method", "REPLY_METHOD_REQUIRED")));
        }
        Instant when = when(at, now);
        repliedAt = when;
        replyMethod = method.trim();
        move(ComplaintStatus.REPLIED, when);
        audit("COMPLAINT_REPLIED", Map.of("method", replyMethod));
    }

    /** REPLIED → CLOSED, with the complainant's rating (1..5) if known; raises ComplaintClosed. */
    public void close(Integer rating, Instant at, Instant now) {
        require("close", ComplaintStatus.REPLIED);
        if (rating != null && (rating < 1 || rating > 5)) {
            throw ApiException.invalid("SATISFACTION_RANGE",
                    List.of(FieldViolation.of("satisfaction", "SATISFACTION_RANGE")));
        }
        Instant when = when(at, now);
        satisfaction = rating;
        closedAt = when;
        move(ComplaintStatus.CLOSED, when);
        audit("COMPLAINT_CLOSED", rating == null ? Map.of() : Map.of("satisfaction", rating));
        raise(new ComplaintClosed(UUID.randomUUID().toString(), offset(now), id, nextVersion(), respondentRegionCode,
                channel.name(), externalOrderNo, respondentAgencyCode, Boolean.TRUE.equals(accepted),
                finding == null ? null : finding.name(), offset(receivedAt), overdueFlags().size(), satisfaction));
    }

    /**
     * CLOSED → REOPENED when the complainant is dissatisfied, within the reopen window (calendar days from the
     * closing); the new handling period starts on the reopening day and a new extension may be granted.
     */
    public void reopen(String reason, Instant at, ComplaintDeadlines deadlines, Instant now) {
        require("reopen", ComplaintStatus.CLOSED);
        if (reason == null || reason.isBlank()) {
            throw ApiException.invalid("REOPEN_REASON_REQUIRED",
                    List.of(FieldViolation.of("reason", "REOPEN_REASON_REQUIRED")));
        }
        Instant when = when(at, now);
        LocalDate day = ComplaintDeadlines.day(when);
        LocalDate last = ComplaintDeadlines.day(closedAt).plusDays(deadlines.policy().reopenCalendarDays());
        if (day.isAfter(last)) {
            throw ApiException.conflict("REOPEN_WINDOW_PASSED", deadlines.policy().reopenCalendarDays());
        }
        reopenCount++;
        handlingDueOn = deadlines.plusWorkingDays(day, deadlines.policy().handleWorkingDays());
        extension = null;
        finding = null;
        rectification = null;
        replyDueOn = null;
        closedAt = null;
        move(ComplaintStatus.REOPENED, when);
        audit("COMPLAINT_REOPENED", Map.of("reason", reason.trim(), "handlingDueOn", handlingDueOn.toString()));
    }

    /** 督办 by a supervisor, in any open state. */
    public void urge(String note, String by, Instant at, Instant now) {
        if (!status.allowedActions().contains("urge")) {
            throw new InvalidTransitionException("Complaint", status, "urge", status.allowedActions());
        }
        Instant when = when(at, now);
        urges().add(new Urge(when, by, note));
        audit("COMPLAINT_URGED", Map.of("note", note == null ? "" : note));
    }

    /**
     * The overdue job for {@code asOf}: flags the current stage once when its deadline has passed (raising
     * ComplaintOverdue) and escalates to the upper judicial bureau once the deadline is the policy's working days
     * past. Returns whether anything changed.
     */
    public boolean flagOverdue(LocalDate asOf, String upperRegionCode, ComplaintDeadlines deadlines, Instant now) {
        if (currentDueOn == null || !asOf.isAfter(currentDueOn)) {
            return false;
        }
        boolean changed = false;
        boolean flagged = overdueFlags().stream().anyMatch(f -> f.stage() == status && f.dueOn().equals(currentDueOn));
        int past = deadlines.workingDaysPast(currentDueOn, asOf);
        boolean escalate = !escalated && past >= deadlines.policy().escalateAfterWorkingDays();
        if (!flagged) {
            overdueFlags().add(new OverdueFlag(status, currentDueOn, asOf));
            changed = true;
        }
        if (escalate) {
            escalated = true;
            escalatedOn = asOf;
            escalatedToRegionCode = upperRegionCode;
            changed = true;
        }
        if (changed) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("stage", status.name());
            details.put("dueOn", currentDueOn.toString());
            details.put("asOf", asOf.toString());
            details.put("escalated", escalate);
            audit(escalate ? "COMPLAINT_ESCALATED" : "COMPLAINT_OVERDUE", details);
            raise(new ComplaintOverdue(UUID.randomUUID().toString(), offset(now), id, nextVersion(),
                    respondentRegionCode, respondentAgencyCode, assigneeAgencyCode, status.name(), currentDueOn, asOf,
                    Math.max(past, 1), escalate, escalate ? upperRegionCode : null));
        }
        return changed;
    }

    /** Whether the deadline of the current stage has passed as of the day. */
    public boolean overdueAsOf(LocalDate asOf) {
        return currentDueOn != null && asOf.isAfter(currentDueOn);
    }

    /** The deadline of the current stage (null for RECEIVED, RECTIFIED, REPLIED, CLOSED). */
    LocalDate dueOfCurrentStage() {
        return switch (status) {
            case TRANSFERRED -> openTransfer().dueOn();
            case SIGNED -> acceptDueOn;
            case ACCEPTED, HANDLING, REOPENED -> handlingDueOn;
            case RECTIFICATION_REQUIRED -> rectification == null ? null : rectification.dueOn();
            case NOT_ACCEPTED, CONCLUDED, VERIFIED -> replyDueOn;
            default -> null;
        };
    }

    private void move(ComplaintStatus next, Instant when) {
        status = next;
        lastActionAt = when;
        refreshIndexes();
    }

    private void refreshIndexes() {
        currentDueOn = status == null ? null : dueOfCurrentStage();
        LinkedHashSet<String> agencies = new LinkedHashSet<>();
        LinkedHashSet<String> regions = new LinkedHashSet<>();
        agencies.add(respondentAgencyCode);
        regions.add(respondentRegionCode);
        if (assigneeAgencyCode != null) {
            agencies.add(assigneeAgencyCode);
            regions.add(assigneeRegionCode);
        }
        agencyCodes = new ArrayList<>(agencies);
        regionCodes = new ArrayList<>(regions);
    }

    /** The moment of an act: given or now; never in the future, never before the previous act. */
    private Instant when(Instant at, Instant now) {
        Instant when = at != null ? at : now;
        if (when.isAfter(now)) {
            throw ApiException.invalid("DATE_IN_FUTURE", List.of(FieldViolation.of("at", "DATE_IN_FUTURE")));
        }
        if (lastActionAt != null && when.isBefore(lastActionAt)) {
            throw ApiException.invalid("DATE_ORDER", List.of(FieldViolation.of("at", "DATE_ORDER")));
        }
        return when;
    }

    private void require(String action, ComplaintStatus... allowed) {
        for (ComplaintStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw new InvalidTransitionException("Complaint", status, action, status.allowedActions());
    }

    private Transfer openTransfer() {
        for (int i = transfers().size() - 1; i >= 0; i--) {
            if (transfers().get(i).open()) {
                return transfers().get(i);
            }
        }
        throw new IllegalStateException("complaint " + id + " is TRANSFERRED without an open transfer");
    }

    private void replaceOpenTransfer(Transfer updated) {
        for (int i = transfers().size() - 1; i >= 0; i--) {
            if (transfers().get(i).open()) {
                transfers().set(i, updated);
                return;
            }
        }
    }

    private static OffsetDateTime offset(Instant instant) {
        return OffsetDateTime.ofInstant(instant, WorkingDayCalendar.ZONE);
    }

    private List<Transfer> transfers() {
        if (transfers == null) {
            transfers = new ArrayList<>();
        }
        return transfers;
    }

    private List<Urge> urges() {
        if (urges == null) {
            urges = new ArrayList<>();
        }
        return urges;
    }

    private List<OverdueFlag> overdueFlags() {
        if (overdueFlags == null) {
            overdueFlags = new ArrayList<>();
        }
        return overdueFlags;
    }

    @Override
    public String aggregateId() {
        return id;
    }

    @Override
    public String aggregateType() {
        return "Complaint";
    }

    public String getId() { return id; }
    public ComplaintChannel getChannel() { return channel; }
    public ComplaintKind getKind() { return kind; }
    public String getExternalOrderNo() { return externalOrderNo; }
    public Instant getReceivedAt() { return receivedAt; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public Complainant getComplainant() { return complainant; }
    public String getRespondentAgencyCode() { return respondentAgencyCode; }
    public String getRespondentRegionCode() { return respondentRegionCode; }
    public List<String> getRespondentOfficerIds() { return List.copyOf(respondentOfficerIds == null ? List.of() : respondentOfficerIds); }
    public String getRelatedCaseNo() { return relatedCaseNo; }
    public ComplaintCategory getCategory() { return category; }
    public String getContent() { return content; }
    public String getCreatedByClient() { return createdByClient; }
    public ComplaintStatus getStatus() { return status; }
    public String getAssigneeAgencyCode() { return assigneeAgencyCode; }
    public String getAssigneeRegionCode() { return assigneeRegionCode; }
    public List<Transfer> getTransfers() { return List.copyOf(transfers()); }
    public LocalDate getAcceptDueOn() { return acceptDueOn; }
    public Boolean getAccepted() { return accepted; }
    public String getNotAcceptedReason() { return notAcceptedReason; }
    public LocalDate getHandlingDueOn() { return handlingDueOn; }
    public Extension getExtension() { return extension; }
    public ComplaintFinding getFinding() { return finding; }
    public String getFindingNote() { return findingNote; }
    public Rectification getRectification() { return rectification; }
    public LocalDate getReplyDueOn() { return replyDueOn; }
    public Instant getRepliedAt() { return repliedAt; }
    public String getReplyMethod() { return replyMethod; }
    public Instant getClosedAt() { return closedAt; }
    public Integer getSatisfaction() { return satisfaction; }
    public int getReopenCount() { return reopenCount; }
    public List<Urge> getUrges() { return List.copyOf(urges()); }
    public List<OverdueFlag> getOverdueFlags() { return List.copyOf(overdueFlags()); }
    public boolean isEscalated() { return escalated; }
    public LocalDate getEscalatedOn() { return escalatedOn; }
    public String getEscalatedToRegionCode() { return escalatedToRegionCode; }
    public LocalDate getCurrentDueOn() { return currentDueOn; }
    public Instant getLastActionAt() { return lastActionAt; }

    static String orderKey(ComplaintChannel channel, String externalOrderNo) {
        return channel.name() + "|" + externalOrderNo.trim();
    }

    boolean concerns(String agencyCode) {
        return Objects.equals(respondentAgencyCode, agencyCode);
    }
}
