package cn.gov.lyg.enforcement.inspection.clue;

import cn.gov.lyg.enforcement.inspection.inspection.Inspection;
import cn.gov.lyg.enforcement.inspection.inspection.InspectionService;
import cn.gov.lyg.enforcement.inspection.inspection.InspectionStatus;
import cn.gov.lyg.enforcement.inspection.inspection.OnSiteRecord;
import cn.gov.lyg.enforcement.inspection.record.Evidence;
import cn.gov.lyg.enforcement.inspection.shared.EnforcementAgencies;
import cn.gov.lyg.enforcement.inspection.shared.RuleViolation;
import cn.gov.lyg.enforcement.inspection.shared.WorkingDays;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.security.CurrentScope;
import cn.gov.lyg.enforcement.platform.security.DataScope;
import cn.gov.lyg.enforcement.platform.security.policy.AgencyAdminsOnly;
import cn.gov.lyg.enforcement.platform.security.policy.InspectionReaders;
import cn.gov.lyg.enforcement.platform.mongo.ScopeCriteria;
import cn.gov.lyg.enforcement.platform.web.Versions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

/** Case clue transfers from the caller's agency's inspections to case-handling agencies, and their answers. */
@Service
public class ClueService {

    private final ClueStore store;
    private final ClueRules rules = new ClueRules();
    private final InspectionService inspections;
    private final EnforcementAgencies agencies;
    private final WorkingDays days;
    private final Clock clock;

    ClueService(ClueStore store, InspectionService inspections, EnforcementAgencies agencies, WorkingDays days,
                Clock clock) {
        this.store = store;
        this.inspections = inspections;
        this.agencies = agencies;
        this.days = days;
        this.clock = clock;
    }

    /** Body of a transfer. */
    public record Body(String inspectionId, String toAgencyCode, String description) {
    }

    @AgencyAdminsOnly
    public ClueTransfer transfer(Body b) {
        DataScope scope = CurrentScope.get();
        if (b == null || b.inspectionId() == null) {
            throw RuleViolation.invalid("INSPECTION_ID_REQUIRED").with("field", "inspectionId");
        }
        if (b.toAgencyCode() == null || b.toAgencyCode().isBlank()) {
            throw RuleViolation.invalid("CLUE_TARGET_REQUIRED").with("field", "toAgencyCode");
        }
        if (b.description() == null || b.description().isBlank()) {
            throw RuleViolation.invalid("CLUE_DESCRIPTION_REQUIRED").with("field", "description");
        }
        Inspection i = inspections.find(b.inspectionId()).filter(x -> scope.belongsTo(x.getAgencyCode()))
                .orElseThrow(() -> ApiException.notFound("行政检查", b.inspectionId()));
        if (!EnumSet.of(InspectionStatus.SUBMITTED, InspectionStatus.CONFIRMED, InspectionStatus.PUBLICIZED)
                .contains(i.getStatus()) || i.getRecords().isEmpty()) {
            throw RuleViolation.conflict("CLUE_INSPECTION_NOT_SUBMITTED");
        }
        OnSiteRecord last = i.getRecords().get(i.getRecords().size() - 1);
        List<String> followUps = last.followUpActions() == null ? List.of()
                : last.followUpActions().stream().map(Enum::name).toList();
        if (!rules.hasClue(last.resultCodes(), followUps)) {
            throw RuleViolation.conflict("CLUE_NOT_IN_RESULT");
        }
        agencies.requireInspectingAgency(b.toAgencyCode());
        LocalDate found = LocalDate.ofInstant(last.capturedAt(), clock.getZone());
        WorkingDays.Deadline due = days.after(found, ClueRules.DUE_WORKING_DAYS);
        return store.save(ClueTransfer.send(i.getAgencyCode(), b.toAgencyCode(), i.getAgencyRegion(), i.getId(),
                i.getInspectionNo(), i.getUscc(), b.description(), last.resultCodes(), last.evidence().stream()
                        .map(Evidence::sha256).map(h -> h.toLowerCase(Locale.ROOT)).toList(), found, due.due(),
                due.provisional(), LocalDate.now(clock), clock.instant()));
    }

    @AgencyAdminsOnly
    public ClueTransfer answer(String id, Long expectedVersion, boolean accepted, String reason) {
        ClueTransfer c = get(id);
        if (!CurrentScope.get().belongsTo(c.getToAgencyCode())) {
            throw ApiException.forbidden("NOT_CLUE_RECEIVER");
        }
        if (expectedVersion != null) {
            Versions.check(c, expectedVersion);
        }
        c.answer(accepted, reason, CurrentScope.get().auditName(), clock.instant());
        return store.save(c);
    }

    /** Sender or receiver agency, or a supervisor of the region; others 404. */
    @InspectionReaders
    public ClueTransfer get(String id) {
        DataScope scope = CurrentScope.get();
        return store.find(id).filter(c -> scope.agencyCode() != null && c.getParties().contains(scope.agencyCode())
                        || scope.isRegionalSupervisor() && scope.regionCode() != null
                        && scope.coversRegion(c.getRegionCode()))
                .orElseThrow(() -> ApiException.notFound("案件线索", id));
    }

    /** Clues sent or received by the caller's agency ({@code direction} SENT/RECEIVED), supervisors: their region. */
    @InspectionReaders
    public Page<ClueTransfer> list(String direction, Pageable pageable) {
        DataScope scope = CurrentScope.get();
        Criteria c;
        if (scope.isRegionalSupervisor() && scope.regionCode() != null) {
            c = ScopeCriteria.inRegion(scope.regionCode());
        } else if (scope.agencyCode() == null) {
            throw ApiException.forbidden("AGENCY_SCOPE_REQUIRED");
        } else if ("SENT".equals(direction)) {
            c = Criteria.where("fromAgencyCode").is(scope.agencyCode());
        } else if ("RECEIVED".equals(direction)) {
            c = Criteria.where("toAgencyCode").is(scope.agencyCode());
        } else {
            c = Criteria.where("parties").is(scope.agencyCode());
        }
        return store.page(c, pageable);
    }
}
