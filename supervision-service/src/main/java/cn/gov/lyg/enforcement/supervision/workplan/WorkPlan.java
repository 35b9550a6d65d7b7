package cn.gov.lyg.enforcement.supervision.workplan;

import cn.gov.lyg.enforcement.platform.mongo.AggregateDocument;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import cn.gov.lyg.enforcement.platform.problem.InvalidTransitionException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * 年度行政执法监督工作计划: one plan per judicial bureau and year. The bureau drafts and revises it, submits it, the
 * city bureau approves it (or returns it to draft with a note), the bureau publishes it to the agencies of its
 * region and records each item's progress; items not done by their due day are overdue as of a day.
 */
@Document(WorkPlan.COLLECTION)
public class WorkPlan extends AggregateDocument {

    public static final String COLLECTION = "work_plans";

    @Id
    private String id;
    private String bureauAgencyCode;
    private String regionCode;
    private int year;
    private String title;
    private List<WorkPlanItem> items = new ArrayList<>();
    private WorkPlanStatus status;
    private String submittedBy;
    private LocalDate submittedOn;
    private String decidedBy;
    private LocalDate decidedOn;
    private String decisionNote;
    private LocalDate publishedOn;

    protected WorkPlan() {
    }

    public static String idOf(String bureauAgencyCode, int year) {
        return bureauAgencyCode + ":" + year;
    }

    public static WorkPlan draft(String bureauAgencyCode, String regionCode, int year, String title,
                                 List<WorkPlanItem> items) {
        WorkPlan p = new WorkPlan();
        p.id = idOf(bureauAgencyCode, year);
        p.bureauAgencyCode = bureauAgencyCode;
        p.regionCode = regionCode;
        p.year = year;
        p.status = WorkPlanStatus.DRAFT;
        p.apply(title, items);
        p.audit("WORK_PLAN_DRAFTED", Map.of("year", year));
        return p;
    }

    public void revise(String title, List<WorkPlanItem> items) {
        require(WorkPlanStatus.DRAFT, "revise");
        apply(title, items);
        audit("WORK_PLAN_REVISED", Map.of("items", this.items.size()));
    }

    private void apply(String title, List<WorkPlanItem> items) {
        List<FieldViolation> errors = WorkPlanRules.check(year, title, items);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors.get(0).code().equals("FIELD_REQUIRED") ? "WORK_PLAN_INVALID"
                    : errors.get(0).code(), errors);
        }
        this.title = title.trim();
        this.items = IntStream.range(0, items.size()).mapToObj(i -> {
            WorkPlanItem it = items.get(i);
            return new WorkPlanItem(i + 1, it.category(), it.title().trim(), it.description(), it.dueOn(), it.lead(),
                    false, null, null);
        }).toList();
    }

    public void submit(String by, LocalDate on) {
        require(WorkPlanStatus.DRAFT, "submit");
        status = WorkPlanStatus.SUBMITTED;
        submittedBy = by;
        submittedOn = on;
        audit("WORK_PLAN_SUBMITTED", Map.of("by", by));
    }

    /** Approval by the city bureau; a return needs a note and sends the plan back to DRAFT. */
    public void decide(boolean approved, String note, String by, LocalDate on) {
        require(WorkPlanStatus.SUBMITTED, approved ? "approve" : "return");
        if (!approved && (note == null || note.isBlank())) {
            throw ApiException.invalid("REJECTION_REASON_REQUIRED",
                    List.of(FieldViolation.of("note", "REJECTION_REASON_REQUIRED")));
        }
        status = approved ? WorkPlanStatus.APPROVED : WorkPlanStatus.DRAFT;
        decidedBy = by;
        decidedOn = on;
        decisionNote = note;
        audit(approved ? "WORK_PLAN_APPROVED" : "WORK_PLAN_RETURNED", Map.of("by", by));
    }

    public void publish(LocalDate on) {
        require(WorkPlanStatus.APPROVED, "publish");
        status = WorkPlanStatus.PUBLISHED;
        publishedOn = on;
        audit("WORK_PLAN_PUBLISHED", Map.of("on", on.toString()));
    }

    /** Records an item's progress once the plan is published ({@code WORK_PLAN_ITEM_UNKNOWN} for a wrong number). */
    public void progress(int no, boolean done, String note, LocalDate on) {
        require(WorkPlanStatus.PUBLISHED, "progress");
        if (no < 1 || no > items.size()) {
            throw ApiException.notFound("WorkPlanItem", no);
        }
        List<WorkPlanItem> next = new ArrayList<>(items);
        WorkPlanItem it = next.get(no - 1);
        next.set(no - 1, new WorkPlanItem(it.no(), it.category(), it.title(), it.description(), it.dueOn(), it.lead(),
                done, done ? on : null, note));
        items = List.copyOf(next);
        audit("WORK_PLAN_ITEM_PROGRESS", Map.of("no", no, "done", done));
    }

    private void require(WorkPlanStatus expected, String action) {
        if (status != expected) {
            throw new InvalidTransitionException("WorkPlan", status, action, List.of(expected.name()));
        }
    }

    @Override
    public String aggregateId() {
        return id;
    }

    @Override
    public String aggregateType() {
        return "WorkPlan";
    }

    public String getId() { return id; }
    public String getBureauAgencyCode() { return bureauAgencyCode; }
    public String getRegionCode() { return regionCode; }
    public int getYear() { return year; }
    public String getTitle() { return title; }
    public List<WorkPlanItem> getItems() { return List.copyOf(items); }
    public WorkPlanStatus getStatus() { return status; }
    public String getSubmittedBy() { return submittedBy; }
    public LocalDate getSubmittedOn() { return submittedOn; }
    public String getDecidedBy() { return decidedBy; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public String getDecisionNote() { return decisionNote; }
    public LocalDate getPublishedOn() { return publishedOn; }
}
