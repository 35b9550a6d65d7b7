package cn.gov.lyg.enforcement.supervision.letter;

import cn.gov.lyg.enforcement.events.supervision.SupervisionLetterEscalated;
import cn.gov.lyg.enforcement.events.supervision.SupervisionLetterIssued;
import cn.gov.lyg.enforcement.events.vocabulary.EscalationMeasure;
import cn.gov.lyg.enforcement.events.vocabulary.SupervisionLetterType;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * 督查函 / 监督意见书 / 监督决定书 / 提示函 from a judicial bureau to an agency (DOMAIN.md §2.5.3) with a rectification
 * deadline (calendar date, default 30 days after issue [ASM]), the agency's responses, the bureau's verification and
 * the escalation (通报, 约谈, 提请追责) when the deadline passes without a report.
 */
@Document(SupervisionLetter.COLLECTION)
public class SupervisionLetter extends AggregateDocument {

    public static final String COLLECTION = "supervision_letters";
    public static final int DEFAULT_RECTIFICATION_DAYS = 30;

    /** One rectification report of the agency. */
    public record Response(String report, List<String> evidence, Instant at, String by, boolean late) {
    }

    /** The bureau's verification of a report. */
    public record Verification(boolean ok, String note, Instant at, String by) {
    }

    @Id
    private String id;
    private SupervisionLetterType type;
    private String letterNo;
    private String issuerAgencyCode;
    private String targetAgencyCode;
    private String regionCode;
    private String basisKind;
    private String basisRef;
    private List<String> problems = new ArrayList<>();
    private String requiredActions;
    private Integer rectificationDays;
    private LocalDate rectificationDueOn;
    private LetterStatus status;
    private Instant issuedAt;
    private LocalDate issuedOn;
    private Instant lastActionAt;
    private List<Response> responses = new ArrayList<>();
    private List<Verification> verifications = new ArrayList<>();
    private EscalationMeasure escalationMeasure;
    private LocalDate escalatedOn;
    private String escalationNote;
    private Instant closedAt;
    /** Deadline of the current stage (the rectification due date while waiting for a report), indexed. */
    private LocalDate currentDueOn;

    protected SupervisionLetter() {
    }

    public static SupervisionLetter draft(SupervisionLetterType type, String letterNo, String issuerAgencyCode,
                                          String targetAgencyCode, String targetRegionCode, String basisKind,
                                          String basisRef, List<String> problems, String requiredActions,
                                          Integer rectificationDays) {
        if (rectificationDays != null && (rectificationDays < 1 || rectificationDays > 365)) {
            throw ApiException.invalid("RECTIFICATION_PERIOD_INVALID",
                    List.of(FieldViolation.of("rectificationDays", "RECTIFICATION_PERIOD_INVALID")));
        }
        SupervisionLetter l = new SupervisionLetter();
        l.id = UUID.randomUUID().toString();
        l.type = type;
        l.letterNo = letterNo;
        l.issuerAgencyCode = issuerAgencyCode;
        l.targetAgencyCode = targetAgencyCode;
        l.regionCode = targetRegionCode;
        l.basisKind = basisKind;
        l.basisRef = basisRef;
        l.problems = new ArrayList<>(problems);
        l.requiredActions = requiredActions;
        l.rectificationDays = rectificationDays;
        l.status = LetterStatus.DRAFT;
        l.audit("LETTER_DRAFTED", Map.of("type", type.name(), "targetAgencyCode", targetAgencyCode));
        return l;
    }

    /** DRAFT → ISSUED: the rectification deadline is the issue day plus the period (calendar days). */
    public void issue(Instant at, Instant now) {
        require("issue", LetterStatus.DRAFT);
        Instant when = when(at, now);
        issuedAt = when;
        issuedOn = LocalDate.ofInstant(when, WorkingDayCalendar.ZONE);
        rectificationDueOn = issuedOn.plusDays(rectificationDays != null ? rectificationDays
                : DEFAULT_RECTIFICATION_DAYS);
        move(LetterStatus.ISSUED, when);
        audit("LETTER_ISSUED", Map.of("rectificationDueOn", rectificationDueOn.toString()));
        raise(new SupervisionLetterIssued(UUID.randomUUID().toString(), offset(now), id, nextVersion(), regionCode,
                type.name(), letterNo, issuerAgencyCode, targetAgencyCode, issuedOn, rectificationDueOn,
                List.copyOf(problems)));
    }

    public void acknowledge(Instant at, Instant now) {
        require("acknowledge", LetterStatus.ISSUED);
        move(LetterStatus.ACKNOWLEDGED, when(at, now));
        audit("LETTER_ACKNOWLEDGED", Map.of());
    }

    /** The agency's rectification report; one after the due date is recorded as late. */
    public void respond(String report, List<String> evidence, String by, Instant at, Instant now) {
        require("respond", LetterStatus.ISSUED, LetterStatus.ACKNOWLEDGED, LetterStatus.VERIFIED_NOT_OK);
        if (report == null || report.isBlank()) {
            throw ApiException.invalid("RECTIFICATION_REPORT_REQUIRED",
                    List.of(FieldViolation.of("report", "RECTIFICATION_REPORT_REQUIRED")));
        }
        Instant when = when(at, now);
        boolean late = LocalDate.ofInstant(when, WorkingDayCalendar.ZONE).isAfter(rectificationDueOn);
        responses().add(new Response(report.trim(), evidence == null ? List.of() : List.copyOf(evidence), when, by,
                late));
        move(LetterStatus.RESPONDED, when);
        audit("LETTER_RESPONDED", Map.of("late", late));
    }

    /** RESPONDED → VERIFIED_OK, or VERIFIED_NOT_OK with a new due date (default: the old one). */
    public void verify(boolean ok, String note, LocalDate newDueOn, String by, Instant at, Instant now) {
        require("verify", LetterStatus.RESPONDED);
        Instant when = when(at, now);
        verifications().add(new Verification(ok, note, when, by));
        if (!ok && newDueOn != null) {
            if (newDueOn.isBefore(LocalDate.ofInstant(when, WorkingDayCalendar.ZONE))) {
                throw ApiException.invalid("DATE_ORDER", List.of(FieldViolation.of("newDueOn", "DATE_ORDER")));
            }
            rectificationDueOn = newDueOn;
        }
        move(ok ? LetterStatus.VERIFIED_OK : LetterStatus.VERIFIED_NOT_OK, when);
        audit("LETTER_VERIFIED", Map.of("ok", ok));
    }

    /** Escalation (通报, 约谈, 提请追责), by the bureau or by the overdue job. */
    public void escalate(EscalationMeasure measure, String note, LocalDate on, Instant now) {
        require("escalate", LetterStatus.ISSUED, LetterStatus.ACKNOWLEDGED, LetterStatus.VERIFIED_NOT_OK);
        escalationMeasure = measure;
        escalatedOn = on;
        escalationNote = note;
        status = LetterStatus.ESCALATED;
        currentDueOn = null;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("measure", measure.name());
        details.put("on", on.toString());
        audit("LETTER_ESCALATED", details);
        raise(new SupervisionLetterEscalated(UUID.randomUUID().toString(), offset(now), id, nextVersion(), regionCode,
                letterNo, issuerAgencyCode, targetAgencyCode, rectificationDueOn, on, measure.name()));
    }

    /** The overdue job: no report by the rectification due date → escalated (default measure 通报). */
    public boolean escalateIfOverdue(LocalDate asOf, Instant now) {
        if (!status.awaitingResponse() || rectificationDueOn == null || !asOf.isAfter(rectificationDueOn)) {
            return false;
        }
        escalate(EscalationMeasure.CIRCULATE, "逾期未报送整改情况", asOf, now);
        return true;
    }

    public void close(Instant at, Instant now) {
        require("close", LetterStatus.VERIFIED_OK, LetterStatus.ESCALATED);
        Instant when = when(at, now);
        closedAt = when;
        move(LetterStatus.CLOSED, when);
        audit("LETTER_CLOSED", Map.of());
    }

    public boolean overdueAsOf(LocalDate asOf) {
        return currentDueOn != null && asOf.isAfter(currentDueOn);
    }

    private void move(LetterStatus next, Instant when) {
        status = next;
        lastActionAt = when;
        currentDueOn = next.awaitingResponse() ? rectificationDueOn : null;
    }

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

    private void require(String action, LetterStatus... allowed) {
        for (LetterStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw new InvalidTransitionException("SupervisionLetter", status, action, status.allowedActions());
    }

    private List<Response> responses() {
        if (responses == null) {
            responses = new ArrayList<>();
        }
        return responses;
    }

    private List<Verification> verifications() {
        if (verifications == null) {
            verifications = new ArrayList<>();
        }
        return verifications;
    }

    private static OffsetDateTime offset(Instant instant) {
        return OffsetDateTime.ofInstant(instant, WorkingDayCalendar.ZONE);
    }

    @Override
    public String aggregateId() {
        return id;
    }

    @Override
    public String aggregateType() {
        return "SupervisionLetter";
    }

    public String getId() { return id; }
    public SupervisionLetterType getType() { return type; }
    public String getLetterNo() { return letterNo; }
    public String getIssuerAgencyCode() { return issuerAgencyCode; }
    public String getTargetAgencyCode() { return targetAgencyCode; }
    public String getRegionCode() { return regionCode; }
    public String getBasisKind() { return basisKind; }
    public String getBasisRef() { return basisRef; }
    public List<String> getProblems() { return List.copyOf(problems == null ? List.of() : problems); }
    public String getRequiredActions() { return requiredActions; }
    public LocalDate getRectificationDueOn() { return rectificationDueOn; }
    public LetterStatus getStatus() { return status; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public List<Response> getResponses() { return List.copyOf(responses()); }
    public List<Verification> getVerifications() { return List.copyOf(verifications()); }
    public EscalationMeasure getEscalationMeasure() { return escalationMeasure; }
    public LocalDate getEscalatedOn() { return escalatedOn; }
    public String getEscalationNote() { return escalationNote; }
    public Instant getClosedAt() { return closedAt; }
    public LocalDate getCurrentDueOn() { return currentDueOn; }
}
