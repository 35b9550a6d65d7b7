package cn.gov.lyg.enforcement.supervision.caseregister;

import cn.gov.lyg.enforcement.events.vocabulary.CaseMilestone;
import cn.gov.lyg.enforcement.events.vocabulary.ItemType;
import cn.gov.lyg.enforcement.events.supervision.CaseMilestoneCorrected;
import cn.gov.lyg.enforcement.events.supervision.CaseMilestoneRecorded;
import cn.gov.lyg.enforcement.events.supervision.ThreeSystemsDeadlinePassed;
import cn.gov.lyg.enforcement.platform.calendar.WorkingDayCalendar;
import cn.gov.lyg.enforcement.platform.mongo.AggregateDocument;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import cn.gov.lyg.enforcement.supervision.support.WorkingDays;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One case of an agency in the case register, as its case-handling system reports it: the milestones by type (one
 * of each; the natural key is agency + case number + milestone) and the three-systems facts derived from them.
 * The id is {@code agencyCode:caseNo}, so a case exists once per agency.
 */
@Document(CaseFile.COLLECTION)
public class CaseFile extends AggregateDocument {

    public static final String COLLECTION = "cases";

    /** What recording a milestone did: a new milestone, or the same report again (idempotent). */
    public enum Outcome { RECORDED, REPEATED, CORRECTED }

    @Id
    private String id;
    private String agencyCode;
    private String regionCode;
    private String caseNo;
    private ItemType caseType;
    private Map<CaseMilestone, Milestone> milestones = new EnumMap<>(CaseMilestone.class);
    private List<CaseMilestone> reportedOrder = new ArrayList<>();
    private ThreeSystemsFacts facts;
    /** The latest milestone, for lists. */
    private CaseMilestone lastMilestone;
    /** Copied from {@link #facts} for indexed queries and counts (three-systems figures). */
    private LocalDate decidedOn;
    /** The day the case was closed (CLOSED milestone), for the sampling of case-file reviews. */
    private LocalDate closedOn;
    private LocalDate disclosureDueOn;
    private ComplianceStatus disclosureStatus = ComplianceStatus.NONE;
    private LocalDate withdrawalDueOn;
    private ComplianceStatus withdrawalStatus = ComplianceStatus.NONE;
    private ComplianceStatus recordingStatus = ComplianceStatus.NOT_REQUIRED;
    private ComplianceStatus legalReviewStatus = ComplianceStatus.NOT_REQUIRED;
    private List<ThreeSystemsAlert> alerts = new ArrayList<>();
    /** Benchmark applications 基准适用记录 of the decision, linked (not a second decision). */
    private List<BenchmarkLink> benchmarkApplications = new ArrayList<>();
    /** Superseded reports, oldest first (全过程留痕: nothing reported is lost by a correction). */
    private List<MilestoneCorrection> corrections = new ArrayList<>();

    protected CaseFile() {
    }

    public static String idOf(String agencyCode, String caseNo) {
        return agencyCode + ":" + caseNo;
    }

    public static CaseFile open(String agencyCode, String regionCode, String caseNo, ItemType caseType) {
        CaseFile c = new CaseFile();
        c.id = idOf(agencyCode, caseNo);
        c.agencyCode = agencyCode;
        c.regionCode = regionCode;
        c.caseNo = caseNo;
        c.caseType = caseType;
        return c;
    }

    /**
     * Records a milestone: the same report again changes nothing ({@link Outcome#REPEATED}); a different report of a
     * milestone already recorded is 409 {@code MILESTONE_CONFLICT}; otherwise fields and date order are checked,
     * the facts recomputed, an audit record and {@code CaseMilestoneRecorded} raised.
     */
    public Outcome record(ItemType reportedType, Milestone milestone, ThreeSystemsPolicy policy,
                          WorkingDays calendar, LocalDate today, Instant now) {
        if (reportedType != caseType) {
            throw ApiException.conflict("CASE_TYPE_MISMATCH", caseType);
        }
        Milestone existing = milestones().get(milestone.type());
        if (existing != null) {
            if (existing.sameContentAs(milestone)) {
                return Outcome.REPEATED;
            }
            throw ApiException.conflict("MILESTONE_CONFLICT", milestone.type());
        }
        List<FieldViolation> errors = new ArrayList<>(CaseRules.check(milestone, caseType, today));
        if (errors.isEmpty()) {
            errors.addAll(CaseRules.order(milestones(), milestone));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors.get(0).code(), errors);
        }
        milestones().put(milestone.type(), milestone);
        reportedOrder().add(milestone.type());
        lastMilestone = milestone.type();
        facts = CaseRules.facts(caseType, milestones(), policy, calendar);
        flatten();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("milestone", milestone.type().name());
        details.put("occurredOn", milestone.occurredOn().toString());
        if (milestone.decisionNo() != null) {
            details.put("decisionNo", milestone.decisionNo());
        }
        audit("CASE_MILESTONE_RECORDED", details);
        raise(new CaseMilestoneRecorded(UUID.randomUUID().toString(),
                OffsetDateTime.ofInstant(now, WorkingDayCalendar.ZONE), id, nextVersion(), regionCode, agencyCode,
                caseNo, caseType.name(), milestone.type().name(), milestone.occurredOn(), milestone.decisionNo(),
                milestone.penaltyKinds() == null ? List.of()
                        : milestone.penaltyKinds().stream().map(Enum::name).toList(),
                money(milestone.fineAmount()), money(milestone.confiscationAmount()),
                milestone.benchmarkApplicationRef(), milestone.outcome() == null ? null : milestone.outcome().name(),
                milestone.reviewResult() == null ? null : milestone.reviewResult().name()));
        return Outcome.RECORDED;
    }

    /**
     * Corrects a reported milestone: the corrected report supersedes the recorded one, which is kept with the reason
     * ({@code CORRECTION_REASON_REQUIRED}); the same content again changes nothing ({@link Outcome#REPEATED}); a
     * milestone never reported cannot be corrected ({@code MILESTONE_NOT_REPORTED}). Fields and date order are checked
     * as for a report, the facts recomputed, the correction audited and {@code CaseMilestoneCorrected} raised.
     */
    public Outcome correct(Milestone corrected, String reason, String by, ThreeSystemsPolicy policy,
                           WorkingDays calendar, LocalDate today, Instant now) {
        Milestone existing = milestones().get(corrected.type());
        if (existing == null) {
            throw ApiException.conflict("MILESTONE_NOT_REPORTED", corrected.type());
        }
        if (existing.sameContentAs(corrected)) {
            return Outcome.REPEATED;
        }
        if (reason == null || reason.isBlank()) {
            throw ApiException.invalid("CORRECTION_REASON_REQUIRED",
                    List.of(FieldViolation.of("reason", "CORRECTION_REASON_REQUIRED")));
        }
        List<FieldViolation> errors = new ArrayList<>(CaseRules.check(corrected, caseType, today));
        if (errors.isEmpty()) {
            Map<CaseMilestone, Milestone> others = new EnumMap<>(milestones());
            others.remove(corrected.type());
            errors.addAll(CaseRules.order(others, corrected));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors.get(0).code(), errors);
        }
        corrections().add(new MilestoneCorrection(existing, reason.trim(), by, now));
        milestones().put(corrected.type(), corrected);
        if (corrected.type() == CaseMilestone.DECIDED) {
            benchmarkApplications = new ArrayList<>(benchmarkApplications().stream().map(l -> new BenchmarkLink(
                    l.applicationId(), l.entryId(), l.benchmarkVersionId(), l.violationCode(), l.decisionDate(),
                    l.finalPenaltyKinds(), l.finalFine(), l.withinRecommended(), l.noPenalty(),
                    CaseRules.benchmarkDifferences(corrected, new BenchmarkApplicationRecord(l.applicationId(),
                            agencyCode, regionCode, caseNo, l.entryId(), l.benchmarkVersionId(), l.violationCode(),
                            l.decisionDate(), l.finalPenaltyKinds(), l.finalFine(), l.withinRecommended(),
                            l.noPenalty(), id, l.linkedAt())), l.linkedAt())).toList());
        }
        facts = CaseRules.facts(caseType, milestones(), policy, calendar);
        flatten();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("milestone", corrected.type().name());
        details.put("reason", reason.trim());
        details.put("supersededOccurredOn", existing.occurredOn().toString());
        details.put("occurredOn", corrected.occurredOn().toString());
        audit("CASE_MILESTONE_CORRECTED", details);
        raise(new CaseMilestoneCorrected(UUID.randomUUID().toString(),
                OffsetDateTime.ofInstant(now, WorkingDayCalendar.ZONE), id, nextVersion(), regionCode, agencyCode,
                caseNo, caseType.name(), corrected.type().name(), corrected.occurredOn(), corrected.decisionNo(),
                corrected.penaltyKinds() == null ? List.of()
                        : corrected.penaltyKinds().stream().map(Enum::name).toList(),
                money(corrected.fineAmount()), money(corrected.confiscationAmount()),
                corrected.benchmarkApplicationRef(), corrected.outcome() == null ? null : corrected.outcome().name(),
                corrected.reviewResult() == null ? null : corrected.reviewResult().name(), existing.occurredOn(),
                reason.trim()));
        return Outcome.CORRECTED;
    }

    private List<MilestoneCorrection> corrections() {
        if (corrections == null) {
            corrections = new ArrayList<>();
        }
        return corrections;
    }

    private void flatten() {
        decidedOn = facts.decidedOn();
        Milestone closed = milestones().get(CaseMilestone.CLOSED);
        closedOn = closed == null ? null : closed.occurredOn();
        disclosureDueOn = facts.disclosureDueOn();
        disclosureStatus = deadline(facts.disclosureDueOn(), facts.publishedOn());
        withdrawalDueOn = facts.withdrawalDueOn();
        withdrawalStatus = deadline(facts.withdrawalDueOn(), facts.withdrawnOn());
        recordingStatus = !facts.avRequired() ? ComplianceStatus.NOT_REQUIRED
                : facts.avComplete() ? ComplianceStatus.MET : ComplianceStatus.MISSING;
        legalReviewStatus = !facts.legalReviewRequired() ? ComplianceStatus.NOT_REQUIRED
                : facts.legalReviewCovered() ? ComplianceStatus.MET : ComplianceStatus.MISSING;
    }

    private static ComplianceStatus deadline(LocalDate due, LocalDate done) {
        if (due == null) {
            return ComplianceStatus.NONE;
        }
        if (done == null) {
            return ComplianceStatus.PENDING;
        }
        return done.isAfter(due) ? ComplianceStatus.LATE : ComplianceStatus.IN_TIME;
    }

    /**
     * The alert job for {@code asOf}: a disclosure or withdrawal still pending after its due date raises one alert
     * each (audit + {@code ThreeSystemsDeadlinePassed}); returns whether any was raised.
     */
    public boolean raiseAlerts(LocalDate asOf, Instant now) {
        boolean raised = false;
        if (disclosureStatus == ComplianceStatus.PENDING && disclosureDueOn != null && asOf.isAfter(disclosureDueOn)) {
            raised |= alert(ThreeSystemsAlert.DISCLOSURE, disclosureDueOn, asOf, now);
        }
        if (withdrawalStatus == ComplianceStatus.PENDING && withdrawalDueOn != null && asOf.isAfter(withdrawalDueOn)) {
            raised |= alert(ThreeSystemsAlert.WITHDRAWAL, withdrawalDueOn, asOf, now);
        }
        return raised;
    }

    private boolean alert(String kind, LocalDate dueOn, LocalDate asOf, Instant now) {
        if (alerts().stream().anyMatch(a -> a.kind().equals(kind) && a.dueOn().equals(dueOn))) {
            return false;
        }
        alerts().add(new ThreeSystemsAlert(kind, dueOn, asOf));
        audit("THREE_SYSTEMS_ALERT", Map.of("kind", kind, "dueOn", dueOn.toString(), "asOf", asOf.toString()));
        raise(new ThreeSystemsDeadlinePassed(UUID.randomUUID().toString(),
                OffsetDateTime.ofInstant(now, WorkingDayCalendar.ZONE), id, nextVersion(), regionCode, agencyCode,
                caseNo, kind, dueOn, asOf));
        return true;
    }

    /** What the case contributes to the three-systems figures (null until decided). */
    public CaseCompliance compliance() {
        if (decidedOn == null) {
            return null;
        }
        return new CaseCompliance(agencyCode, regionCode, decidedOn, disclosureStatus, disclosureDueOn,
                withdrawalStatus, withdrawalDueOn, recordingStatus, legalReviewStatus);
    }

    /** Whether the decision is reported (a benchmark application can then be linked to it). */
    public boolean decided() {
        return milestones().containsKey(CaseMilestone.DECIDED);
    }

    /**
     * Links a benchmark application to the reported decision, once per application (a repeat changes nothing and
     * returns false); what the two disagree on is recorded with the link and audited.
     */
    public boolean linkBenchmark(BenchmarkApplicationRecord application, Instant now) {
        Milestone decided = milestones().get(CaseMilestone.DECIDED);
        if (decided == null || benchmarkApplications().stream()
                .anyMatch(l -> l.applicationId().equals(application.applicationId()))) {
            return false;
        }
        List<String> differences = CaseRules.benchmarkDifferences(decided, application);
        benchmarkApplications().add(new BenchmarkLink(application.applicationId(), application.entryId(),
                application.benchmarkVersionId(), application.violationCode(), application.decisionDate(),
                application.finalPenaltyKinds() == null ? List.of() : List.copyOf(application.finalPenaltyKinds()),
                application.finalFine(), application.withinRecommended(), application.noPenalty(), differences, now));
        audit("BENCHMARK_APPLICATION_LINKED", Map.of("applicationId", application.applicationId(),
                "differences", differences));
        return true;
    }

    private List<BenchmarkLink> benchmarkApplications() {
        if (benchmarkApplications == null) {
            benchmarkApplications = new ArrayList<>();
        }
        return benchmarkApplications;
    }

    private List<ThreeSystemsAlert> alerts() {
        if (alerts == null) {
            alerts = new ArrayList<>();
        }
        return alerts;
    }

    /** Amounts as decimal strings with two decimals. */
    public static String money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    private Map<CaseMilestone, Milestone> milestones() {
        if (milestones == null) {
            milestones = new EnumMap<>(CaseMilestone.class);
        }
        return milestones;
    }

    private List<CaseMilestone> reportedOrder() {
        if (reportedOrder == null) {
            reportedOrder = new ArrayList<>();
        }
        return reportedOrder;
    }

    @Override
    public String aggregateId() {
        return id;
    }

    @Override
    public String aggregateType() {
        return "CaseFile";
    }

    public String getId() { return id; }
    public String getAgencyCode() { return agencyCode; }
    public String getRegionCode() { return regionCode; }
    public String getCaseNo() { return caseNo; }
    public ItemType getCaseType() { return caseType; }
    public Map<CaseMilestone, Milestone> getMilestones() { return Map.copyOf(milestones()); }
    public ThreeSystemsFacts getFacts() { return facts; }
    public CaseMilestone getLastMilestone() { return lastMilestone; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public LocalDate getClosedOn() { return closedOn; }
    public ComplianceStatus getDisclosureStatus() { return disclosureStatus; }
    public ComplianceStatus getWithdrawalStatus() { return withdrawalStatus; }
    public ComplianceStatus getRecordingStatus() { return recordingStatus; }
    public ComplianceStatus getLegalReviewStatus() { return legalReviewStatus; }
    public List<ThreeSystemsAlert> getAlerts() { return List.copyOf(alerts()); }
    public List<MilestoneCorrection> getCorrections() { return List.copyOf(corrections()); }
    public List<BenchmarkLink> getBenchmarkApplications() { return List.copyOf(benchmarkApplications()); }
}
