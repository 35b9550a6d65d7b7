package cn.gov.lyg.enforcement.inspection.plan;

import cn.gov.lyg.enforcement.events.inspection.InspectionPlanPublished;
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

/** 年度行政检查计划: one per agency and year (DOMAIN.md §2.3.2). */
@Document(AnnualPlan.COLLECTION)
public class AnnualPlan extends AggregateDocument {

    public static final String COLLECTION = "annual_plans";

    @Id
    private String id;
    private String agencyCode;
    private String agencyRegion;
    private int year;
    private List<PlanTask> tasks;
    private PlanStatus status;
    private String filedWith;
    private Instant filedAt;
    private LocalDate publishedOn;
    private boolean publishedLate;

    protected AnnualPlan() {
        // for the mapping layer
    }

    public static AnnualPlan draft(String agencyCode, String agencyRegion, int year, List<PlanTask> tasks,
                                   PlanRules rules) {
        rules.checkTasks(year, tasks);
        AnnualPlan p = new AnnualPlan();
        p.id = UUID.randomUUID().toString();
        p.agencyCode = agencyCode;
        p.agencyRegion = agencyRegion;
        p.year = year;
        p.tasks = List.copyOf(tasks);
        p.status = PlanStatus.DRAFT;
        p.audit("PLAN_DRAFTED", Map.of("year", year));
        return p;
    }

    void revise(List<PlanTask> newTasks, PlanRules rules) {
        require("revise", PlanStatus.DRAFT, PlanStatus.SUBMITTED, PlanStatus.FILED, PlanStatus.PUBLISHED);
        rules.checkTasks(year, newTasks);
        tasks = List.copyOf(newTasks);
        // a change after filing is filed again (amendment)
        status = PlanStatus.DRAFT;
        filedWith = null;
        audit("PLAN_REVISED", Map.of("tasks", newTasks.size()));
    }

    void submit() {
        require("submit", PlanStatus.DRAFT);
        status = PlanStatus.SUBMITTED;
        audit("PLAN_SUBMITTED", Map.of("year", year));
    }

    void file(String bureauCode, String bureauRegion, Instant at, PlanRules rules) {
        require("file", PlanStatus.SUBMITTED);
        rules.checkFilingBureau(agencyRegion, bureauRegion);
        status = PlanStatus.FILED;
        filedWith = bureauCode;
        filedAt = at;
        audit("PLAN_FILED", Map.of("bureau", bureauCode));
    }

    void publish(Instant at, LocalDate today, PlanRules rules) {
        rules.checkPublishable(tasks, status);
        status = PlanStatus.PUBLISHED;
        publishedOn = today;
        publishedLate = PlanRules.late(year, today, today);
        audit("PLAN_PUBLISHED", Map.of("late", publishedLate));
        raise(new InspectionPlanPublished(UUID.randomUUID().toString(), OffsetDateTime.ofInstant(at,
                ZoneId.of("Asia/Shanghai")), id, nextVersion(), agencyRegion, agencyCode, year, today, publishedLate,
                filedWith, tasks.stream().map(t -> new InspectionPlanPublished.PlannedTask(t.taskName(), t.kind(),
                t.itemIds(), t.startDate(), t.endDate(), t.approvalDocNo())).toList()));
    }

    /** LATE as of a day (AS-16): not published by 31 March, or published after it. */
    public boolean lateAsOf(LocalDate asOf) {
        return PlanRules.late(year, status == PlanStatus.PUBLISHED ? publishedOn : null, asOf);
    }

    /** Whether a task of this kind for the day is published (I4: ROUTINE and SPECIAL need one). */
    public boolean covers(String kind, LocalDate day) {
        return status == PlanStatus.PUBLISHED && tasks.stream().anyMatch(t -> t.kind().equals(kind)
                && !day.isBefore(t.startDate()) && !day.isAfter(t.endDate()));
    }

    private void require(String action, PlanStatus... allowed) {
        for (PlanStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw RuleViolation.conflict("INVALID_TRANSITION", "年度检查计划", status, action);
    }

    @Override
    public String aggregateId() {
        return id;
    }

    @Override
    public String aggregateType() {
        return "AnnualInspectionPlan";
    }

    public String getId() {
        return id;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public String getAgencyRegion() {
        return agencyRegion;
    }

    public int getYear() {
        return year;
    }

    public List<PlanTask> getTasks() {
        return tasks;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public String getFiledWith() {
        return filedWith;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public boolean isPublishedLate() {
        return publishedLate;
    }
}
