package cn.gov.lyg.enforcement.supervision.accountability;

import cn.gov.lyg.enforcement.events.supervision.AccountabilityOutcomeDecided;
import cn.gov.lyg.enforcement.events.vocabulary.AccountabilityMeasure;
import cn.gov.lyg.enforcement.platform.mongo.AggregateDocument;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import cn.gov.lyg.enforcement.platform.problem.InvalidTransitionException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A wrongful-enforcement accountability case 错案责任追究 about one agency's act: the trigger, the investigation
 * deadline (+15 working days, extendable once by 15), the respondents (officers, approvers, legal reviewers) and, per
 * respondent, the outcome with fault type, incl. 尽职免责. Deciding raises one {@code AccountabilityOutcomeDecided}
 * per respondent (personnel applies the certificate measure); an appeal within 30 days may revoke an outcome, which
 * reinstates a suspended certificate. The id is derived from the trigger, so one trigger opens one case.
 */
@Document(AccountabilityCase.COLLECTION)
public class AccountabilityCase extends AggregateDocument {

    public static final String COLLECTION = "accountability_cases";
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public record Respondent(String officerId, String role, String certificateId, String name) {
    }

    public record Outcome(String officerId, LiabilityOutcome outcome, String faultType, java.time.LocalDate
            suspendedUntil, String reason, AccountabilityMeasure measure, boolean revokedOnAppeal) {
    }

    public record Appeal(String officerId, LocalDate filedOn, String grounds, String result, LocalDate decidedOn,
                         String note) {
    }

    @Id
    private String id;
    private AccountabilityTrigger trigger;
    private String triggerRef;
    private String sourceEventId;
    private String agencyCode;
    private String regionCode;
    private String caseNo;
    private String summary;
    private LocalDate violationOn;
    private LocalDate openedOn;
    private LocalDate dueOn;
    private boolean dueProvisional;
    private boolean extended;
    private String extensionReason;
    private AccountabilityStatus status = AccountabilityStatus.OPEN;
    private List<Respondent> respondents = new ArrayList<>();
    private List<Outcome> outcomes = new ArrayList<>();
    private String decisionRef;
    private LocalDate decidedOn;
    private String decidedBy;
    private LocalDate appealDueOn;
    private List<Appeal> appeals = new ArrayList<>();
    private LocalDate closedOn;

    protected AccountabilityCase() {
    }

    /** The id of the case a trigger opens: the same trigger (redelivered, reported twice) is the same case. */
    public static String idOf(AccountabilityTrigger trigger, String triggerRef) {
        return UUID.nameUUIDFromBytes((trigger.name() + ":" + triggerRef).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /**
     * Opens a case; NOT_PURSUED at once when {@code timeBarred}. {@code dueOn} is the 15th working day after
     * {@code openedOn} ({@code dueProvisional} when the holiday calendar of that year is not loaded yet and weekdays
     * were counted).
     */
    public static AccountabilityCase open(AccountabilityTrigger trigger, String triggerRef, String sourceEventId,
                                          String agencyCode, String regionCode, String caseNo, String summary,
                                          LocalDate violationOn, LocalDate openedOn, LocalDate dueOn,
                                          boolean dueProvisional, boolean timeBarred) {
        AccountabilityCase c = new AccountabilityCase();
        c.id = idOf(trigger, triggerRef);
        c.trigger = trigger;
        c.triggerRef = triggerRef;
        c.sourceEventId = sourceEventId;
        c.agencyCode = agencyCode;
        c.regionCode = regionCode;
        c.caseNo = caseNo;
        c.summary = summary;
        c.violationOn = violationOn;
        c.openedOn = openedOn;
        c.dueOn = dueOn;
        c.dueProvisional = dueProvisional;
        c.status = timeBarred ? AccountabilityStatus.NOT_PURSUED : AccountabilityStatus.OPEN;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("trigger", trigger.name());
        details.put("triggerRef", triggerRef);
        details.put("dueOn", String.valueOf(dueOn));
        details.put("timeBarred", timeBarred);
        c.audit("ACCOUNTABILITY_OPENED", details);
        return c;
    }

    /** Adds respondents during the investigation (officer ids of personnel-service). */
    public void addRespondents(List<Respondent> added) {
        requireStatus("respondents", AccountabilityStatus.OPEN);
        List<FieldViolation> errors = new ArrayList<>();
        for (int i = 0; i < added.size(); i++) {
            if (!AccountabilityRules.validOfficerId(added.get(i).officerId())) {
                errors.add(FieldViolation.of("respondents[" + i + "].officerId", "OFFICER_ID_INVALID"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid("OFFICER_ID_INVALID", errors);
        }
        for (Respondent r : added) {
            respondents().removeIf(x -> x.officerId().equals(r.officerId()));
            respondents().add(r);
        }
        audit("ACCOUNTABILITY_RESPONDENTS", Map.of("officerIds", added.stream().map(Respondent::officerId).toList()));
    }

    /** The one extension: the new due date is 15 working days after the old one; asked before it passed. */
    public void extend(String reason, LocalDate today, LocalDate newDueOn, boolean provisional) {
        requireStatus("extend", AccountabilityStatus.OPEN);
        if (extended) {
            throw ApiException.conflict("ACCOUNTABILITY_EXTENSION_USED");
        }
        if (reason == null || reason.isBlank()) {
            throw ApiException.invalid("ACCOUNTABILITY_EXTENSION_REASON_REQUIRED",
                    List.of(FieldViolation.of("reason", "ACCOUNTABILITY_EXTENSION_REASON_REQUIRED")));
        }
        if (dueOn != null && today.isAfter(dueOn)) {
            throw ApiException.conflict("ACCOUNTABILITY_EXTENSION_AFTER_DEADLINE");
        }
        extended = true;
        extensionReason = reason.trim();
        dueOn = newDueOn;
        dueProvisional = dueProvisional || provisional;
        audit("ACCOUNTABILITY_EXTENDED", Map.of("dueOn", newDueOn.toString(), "reason", extensionReason));
    }

    /**
     * OPEN → DECIDED with an outcome for every respondent (rules in {@link AccountabilityRules#checkDecision});
     * raises {@code AccountabilityOutcomeDecided} per respondent with the certificate measure.
     */
    public void decide(String decisionRef, LocalDate decidedOn, List<AccountabilityRules.Decided> decided,
                       int appealDays, String actor, Instant now) {
        requireStatus("decide", AccountabilityStatus.OPEN);
        if (decidedOn.isBefore(openedOn)) {
            throw ApiException.invalid("DATE_ORDER", List.of(FieldViolation.of("decidedOn", "DATE_ORDER")));
        }
        Set<String> ids = respondents().stream().map(Respondent::officerId).collect(Collectors.toSet());
        List<FieldViolation> errors = AccountabilityRules.checkDecision(ids, decided, decidedOn);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors.get(0).code(), errors);
        }
        this.decisionRef = decisionRef;
        this.decidedOn = decidedOn;
        this.decidedBy = actor;
        this.appealDueOn = decidedOn.plusDays(appealDays);
        outcomes = new ArrayList<>();
        for (AccountabilityRules.Decided d : decided) {
            Outcome o = new Outcome(d.officerId(), d.outcome(), d.faultType(), d.suspendedUntil(),
                    d.reason() == null ? null : d.reason().trim(), d.outcome().measure(), false);
            outcomes.add(o);
            raiseOutcome(o, o.measure(), now);
        }
        status = AccountabilityStatus.DECIDED;
        audit("ACCOUNTABILITY_DECIDED", Map.of("decisionRef", String.valueOf(decisionRef), "outcomes",
                outcomes.stream().map(o -> o.officerId() + ":" + o.outcome()).toList()));
    }

    private void raiseOutcome(Outcome o, AccountabilityMeasure measure, Instant now) {
        Respondent r = respondents().stream().filter(x -> x.officerId().equals(o.officerId())).findFirst()
                .orElseThrow();
        String reason = summary != null ? summary : trigger.name();
        reason = (o.outcome().displayName() + "：" + reason);
        if (reason.length() > 500) {
            reason = reason.substring(0, 500);
        }
        raise(new AccountabilityOutcomeDecided(UUID.randomUUID().toString(), OffsetDateTime.ofInstant(now, ZONE), id,
                nextVersion(), regionCode, agencyCode, o.officerId(), r.certificateId(), measure.name(),
                measure == AccountabilityMeasure.SUSPEND_CERTIFICATE ? o.suspendedUntil() : null, decisionRef,
                reason, decidedBy));
    }

    /** A respondent's appeal, within the appeal period after the decision. */
    public void appeal(String officerId, LocalDate filedOn, String grounds) {
        requireStatus("appeal", AccountabilityStatus.DECIDED);
        if (outcomes().stream().noneMatch(o -> o.officerId().equals(officerId))) {
            throw ApiException.invalid("ACCOUNTABILITY_NOT_RESPONDENT",
                    List.of(FieldViolation.of("officerId", "ACCOUNTABILITY_NOT_RESPONDENT")));
        }
        if (filedOn.isBefore(decidedOn)) {
            throw ApiException.invalid("DATE_ORDER", List.of(FieldViolation.of("filedOn", "DATE_ORDER")));
        }
        if (filedOn.isAfter(appealDueOn)) {
            throw ApiException.invalid("ACCOUNTABILITY_APPEAL_LATE",
                    List.of(FieldViolation.of("filedOn", "ACCOUNTABILITY_APPEAL_LATE")));
        }
        appeals().add(new Appeal(officerId, filedOn, grounds, null, null, null));
        status = AccountabilityStatus.APPEALED;
        audit("ACCOUNTABILITY_APPEALED", Map.of("officerId", officerId, "filedOn", filedOn.toString()));
    }

    /**
     * APPEALED → DECIDED: UPHELD keeps the outcome; REVOKED sets it aside (a suspended certificate is reinstated:
     * REINSTATE_CERTIFICATE).
     */
    public void decideAppeal(boolean upheld, LocalDate decidedOn, String note, Instant now) {
        requireStatus("appeal-decision", AccountabilityStatus.APPEALED);
        Appeal open = appeals().stream().filter(a -> a.result() == null).findFirst().orElseThrow();
        appeals().set(appeals().indexOf(open), new Appeal(open.officerId(), open.filedOn(), open.grounds(),
                upheld ? "UPHELD" : "REVOKED", decidedOn, note));
        if (!upheld) {
            for (int i = 0; i < outcomes().size(); i++) {
                Outcome o = outcomes().get(i);
                if (o.officerId().equals(open.officerId())) {
                    Outcome revoked = new Outcome(o.officerId(), o.outcome(), o.faultType(), o.suspendedUntil(),
                            o.reason(), o.measure(), true);
                    outcomes().set(i, revoked);
                    if (o.measure() == AccountabilityMeasure.SUSPEND_CERTIFICATE) {
                        raiseOutcome(revoked, AccountabilityMeasure.REINSTATE_CERTIFICATE, now);
                    }
                }
            }
        }
        status = AccountabilityStatus.DECIDED;
        audit("ACCOUNTABILITY_APPEAL_DECIDED", Map.of("officerId", open.officerId(), "upheld", upheld));
    }

    public void close(LocalDate on) {
        requireStatus("close", AccountabilityStatus.DECIDED);
        closedOn = on;
        status = AccountabilityStatus.CLOSED;
        audit("ACCOUNTABILITY_CLOSED", Map.of("closedOn", on.toString()));
    }

    /** Open past its due date as of the day. */
    public boolean overdue(LocalDate asOf) {
        return status == AccountabilityStatus.OPEN && dueOn != null && asOf.isAfter(dueOn);
    }

    private void requireStatus(String action, AccountabilityStatus expected) {
        if (status != expected) {
            throw new InvalidTransitionException("AccountabilityCase", status, action, allowed());
        }
    }

    public List<String> allowed() {
        return switch (status) {
            case OPEN -> List.of("respondents", "extend", "decide");
            case DECIDED -> List.of("appeal", "close");
            case APPEALED -> List.of("appeal-decision");
            case CLOSED, NOT_PURSUED -> List.of();
        };
    }

    private List<Respondent> respondents() {
        if (respondents == null) {
            respondents = new ArrayList<>();
        }
        return respondents;
    }

    private List<Outcome> outcomes() {
        if (outcomes == null) {
            outcomes = new ArrayList<>();
        }
        return outcomes;
    }

    private List<Appeal> appeals() {
        if (appeals == null) {
            appeals = new ArrayList<>();
        }
        return appeals;
    }

    @Override
    public String aggregateId() {
        return id;
    }

    @Override
    public String aggregateType() {
        return "AccountabilityCase";
    }

    public String getId() { return id; }
    public AccountabilityTrigger getTrigger() { return trigger; }
    public String getTriggerRef() { return triggerRef; }
    public String getSourceEventId() { return sourceEventId; }
    public String getAgencyCode() { return agencyCode; }
    public String getRegionCode() { return regionCode; }
    public String getCaseNo() { return caseNo; }
    public String getSummary() { return summary; }
    public LocalDate getViolationOn() { return violationOn; }
    public LocalDate getOpenedOn() { return openedOn; }
    public LocalDate getDueOn() { return dueOn; }
    public boolean isDueProvisional() { return dueProvisional; }
    public boolean isExtended() { return extended; }
    public String getExtensionReason() { return extensionReason; }
    public AccountabilityStatus getStatus() { return status; }
    public List<Respondent> getRespondents() { return List.copyOf(respondents()); }
    public List<Outcome> getOutcomes() { return List.copyOf(outcomes()); }
    public String getDecisionRef() { return decisionRef; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public String getDecidedBy() { return decidedBy; }
    public LocalDate getAppealDueOn() { return appealDueOn; }
    public List<Appeal> getAppeals() { return List.copyOf(appeals()); }
    public LocalDate getClosedOn() { return closedOn; }
}
