package cn.gov.lyg.enforcement.inspection.guidance;

import cn.gov.lyg.enforcement.inspection.entity.EntityService;
import cn.gov.lyg.enforcement.inspection.entity.InspectedEntity;
import cn.gov.lyg.enforcement.inspection.inspection.InspectionService;
import cn.gov.lyg.enforcement.inspection.shared.RuleViolation;
import cn.gov.lyg.enforcement.inspection.shared.WorkingDays;
import cn.gov.lyg.enforcement.platform.mongo.ScopeCriteria;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import cn.gov.lyg.enforcement.platform.security.CurrentScope;
import cn.gov.lyg.enforcement.platform.security.DataScope;
import cn.gov.lyg.enforcement.platform.security.policy.AgencyStaff;
import cn.gov.lyg.enforcement.platform.security.policy.InspectionReaders;
import cn.gov.lyg.enforcement.platform.web.Versions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Compliance guidance of the caller's agency: recorded by its staff (from a checklist template or their own
 * points), rectification deadlines in working days, follow-ups; overdue rectifications as of a date.
 */
@Service
public class GuidanceService {

    private final GuidanceStore store;
    private final GuidanceRules rules = new GuidanceRules();
    private final WorkingDays days;
    private final EntityService entities;
    private final InspectionService inspections;
    private final List<ChecklistTemplate> templates;
    private final Clock clock;

    GuidanceService(GuidanceStore store, WorkingDays days, EntityService entities, InspectionService inspections,
                    ChecklistTemplates templates, Clock clock) {
        this.store = store;
        this.days = days;
        this.entities = entities;
        this.inspections = inspections;
        this.templates = templates.all();
        this.clock = clock;
    }

    /** Body of a guidance record. */
    public record Body(String uscc, GuidanceStage stage, LocalDate guidedOn, List<String> topics, String inspectionId,
                       String caseId, String templateCode, List<ChecklistPoint> checklist, List<String> guidanceDocs,
                       List<GuidanceRules.RectificationRequest> rectifications) {
    }

    /** Body of a follow-up. */
    public record FollowUpBody(String rectificationCode, LocalDate date, FollowUp.Outcome outcome, String note,
                               Integer extensionWorkingDays) {
    }

    @AgencyStaff
    public ComplianceGuidance record(Body b) {
        DataScope scope = CurrentScope.get();
        if (scope.agencyCode() == null || scope.regionCode() == null) {
            throw ApiException.forbidden("AGENCY_SCOPE_REQUIRED");
        }
        if (b == null) {
            throw RuleViolation.invalid("FIELD_REQUIRED").with("field", "body");
        }
        List<ChecklistPoint> checklist = checklist(b);
        List<String> codes = rules.check(b.stage(), b.topics(), b.inspectionId(), b.caseId(), checklist,
                b.rectifications());
        if (!codes.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, codes.get(0), codes.stream().map(c ->
                    FieldViolation.of(field(c), c)).toList(), GuidanceRules.uncovered(checklist, b.rectifications()));
        }
        InspectedEntity entity = entities.get(b.uscc());
        if (b.stage() == GuidanceStage.DURING) {
            inspections.find(b.inspectionId()).filter(i -> i.getAgencyCode().equals(scope.agencyCode())
                    && i.getUscc().equals(entity.getId())).orElseThrow(() -> RuleViolation.invalid(
                    "GUIDANCE_INSPECTION_REQUIRED").with("field", "inspectionId"));
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate on = b.guidedOn() == null ? today : b.guidedOn();
        if (on.isAfter(today)) {
            throw RuleViolation.invalid("FOLLOW_UP_DATE_INVALID").with("field", "guidedOn");
        }
        return store.save(ComplianceGuidance.record(scope.agencyCode(), scope.regionCode(), entity.getId(),
                b.stage(), on, b.topics(), b.inspectionId(), b.caseId(), b.templateCode(), checklist,
                b.guidanceDocs(), b.rectifications(), days, clock.instant()));
    }

    @AgencyStaff
    public ComplianceGuidance followUp(String id, Long expectedVersion, FollowUpBody b) {
        ComplianceGuidance g = get(id);
        if (!CurrentScope.get().belongsTo(g.getAgencyCode())) {
            throw ApiException.forbidden("NOT_INSPECTION_AGENCY");
        }
        if (expectedVersion != null) {
            Versions.check(g, expectedVersion);
        }
        if (b == null) {
            throw RuleViolation.invalid("FOLLOW_UP_OUTCOME_REQUIRED").with("field", "outcome");
        }
        g.followUp(b.date() == null ? LocalDate.now(clock) : b.date(), b.rectificationCode(), b.outcome(), b.note(),
                b.extensionWorkingDays(), CurrentScope.get().auditName(), days, LocalDate.now(clock),
                clock.instant());
        return store.save(g);
    }

    @InspectionReaders
    public ComplianceGuidance get(String id) {
        DataScope scope = CurrentScope.get();
        return store.find(id).filter(g -> scope.belongsTo(g.getAgencyCode()) || scope.isRegionalSupervisor()
                        && scope.regionCode() != null && scope.coversRegion(g.getRegionCode()))
                .orElseThrow(() -> ApiException.notFound("合规指导", id));
    }

    /** The caller's guidance (supervisors: their region); {@code overdueAsOf} keeps those with a rectification past due. */
    @InspectionReaders
    public Page<ComplianceGuidance> list(String uscc, GuidanceStage stage, LocalDate overdueAsOf, Pageable pageable) {
        List<Criteria> all = new ArrayList<>();
        all.add(readable(CurrentScope.get()));
        if (uscc != null) {
            all.add(Criteria.where("uscc").is(uscc));
        }
        if (stage != null) {
            all.add(Criteria.where("stage").is(stage));
        }
        if (overdueAsOf != null) {
            all.add(Criteria.where("nextDue").lt(overdueAsOf));
        }
        return store.page(new Criteria().andOperator(all), pageable);
    }

    @InspectionReaders
    public List<ChecklistTemplate> templates() {
        return templates;
    }

    private List<ChecklistPoint> checklist(Body b) {
        List<ChecklistPoint> given = b.checklist() == null ? List.of() : b.checklist();
        if (b.templateCode() == null) {
            return given;
        }
        ChecklistTemplate t = templates.stream().filter(x -> x.code().equals(b.templateCode())).findFirst()
                .orElseThrow(() -> RuleViolation.invalid("CHECKLIST_TEMPLATE_UNKNOWN", b.templateCode())
                        .with("field", "templateCode"));
        List<ChecklistPoint> out = new ArrayList<>();
        for (int i = 0; i < t.points().size(); i++) {
            String code = t.code() + "-" + (i + 1);
            ChecklistPoint answered = given.stream().filter(p -> code.equals(p.code())).findFirst().orElse(null);
            out.add(answered != null ? new ChecklistPoint(code, t.points().get(i), answered.status(), answered.note())
                    : new ChecklistPoint(code, t.points().get(i), ChecklistPoint.PointStatus.PENDING, null));
        }
        return out;
    }

    private static String field(String code) {
        return switch (code) {
            case "GUIDANCE_STAGE_REQUIRED" -> "stage";
            case "GUIDANCE_TOPICS_REQUIRED" -> "topics";
            case "GUIDANCE_INSPECTION_REQUIRED" -> "inspectionId";
            case "GUIDANCE_CASE_REQUIRED" -> "caseId";
            default -> "rectifications";
        };
    }

    /** The caller's agency's records; supervisors: the records of their region. */
    private static Criteria readable(DataScope scope) {
        if (scope.isRegionalSupervisor() && scope.regionCode() != null) {
            return ScopeCriteria.inRegion(scope.regionCode());
        }
        if (scope.agencyCode() == null) {
            throw ApiException.forbidden("AGENCY_SCOPE_REQUIRED");
        }
        return Criteria.where("agencyCode").is(scope.agencyCode());
    }
}
