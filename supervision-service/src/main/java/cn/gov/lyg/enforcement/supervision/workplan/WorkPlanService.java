package cn.gov.lyg.enforcement.supervision.workplan;

import cn.gov.lyg.enforcement.platform.calendar.WorkingDayCalendar;
import cn.gov.lyg.enforcement.platform.mongo.ScopeCriteria;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import cn.gov.lyg.enforcement.platform.security.CurrentScope;
import cn.gov.lyg.enforcement.platform.security.DataScope;
import cn.gov.lyg.enforcement.platform.security.Role;
import cn.gov.lyg.enforcement.platform.security.policy.AgencyUsersOrSupervision;
import cn.gov.lyg.enforcement.platform.security.policy.CitySupervisorsOnly;
import cn.gov.lyg.enforcement.platform.security.policy.SupervisorsOnly;
import cn.gov.lyg.enforcement.platform.web.Versions;
import cn.gov.lyg.enforcement.supervision.support.Requests;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

/**
 * The annual supervision work plan 年度行政执法监督工作计划 of each judicial bureau: drafted, revised and submitted by
 * the bureau, approved (or returned) by the city bureau, published to the agencies of the bureau's region, progress
 * recorded item by item. Supervisors see the plans of their region; agencies see the published plans of the bureaus
 * supervising them (their county's and the city's); anything else answers 404.
 */
@Service
public class WorkPlanService {

    private final WorkPlanStore store;
    private final Requests requests;
    private final Clock clock;

    public WorkPlanService(WorkPlanStore store, Requests requests, Clock clock) {
        this.store = store;
        this.requests = requests;
        this.clock = clock;
    }

    @SupervisorsOnly
    public WorkPlan create(WorkPlanCommands.Create command) {
        requests.valid(command);
        DataScope scope = CurrentScope.get();
        if (scope.agencyCode() == null || scope.regionCode() == null) {
            throw ApiException.forbidden("WORK_PLAN_ACTION_NOT_ALLOWED");
        }
        try {
            return store.insert(WorkPlan.draft(scope.agencyCode(), scope.regionCode(), command.year(),
                    command.content().title(), items(command.content())));
        } catch (DuplicateKeyException e) {
            throw ApiException.conflict("WORK_PLAN_EXISTS", command.year());
        }
    }

    @SupervisorsOnly
    public WorkPlan revise(String id, Long ifMatch, WorkPlanCommands.Content command) {
        requests.valid(command);
        return own(id, ifMatch, p -> p.revise(command.title(), items(command)));
    }

    @SupervisorsOnly
    public WorkPlan submit(String id, Long ifMatch, WorkPlanCommands.At command) {
        return own(id, ifMatch, p -> p.submit(CurrentScope.get().auditName(), day(command == null ? null : command.at())));
    }

    /** The city bureau approves a submitted plan of the city or one of its counties, or returns it with a note. */
    @CitySupervisorsOnly
    public WorkPlan decide(String id, Long ifMatch, WorkPlanCommands.Decide command) {
        requests.valid(command);
        DataScope scope = CurrentScope.get();
        WorkPlan p = visible(scope, id);
        if (!scope.coversRegion(p.getRegionCode())) {
            throw ApiException.forbidden("WORK_PLAN_ACTION_NOT_ALLOWED");
        }
        Versions.check(p, ifMatch);
        p.decide(command.approved(), command.note(), scope.auditName(), day(command.at()));
        return store.save(p);
    }

    @SupervisorsOnly
    public WorkPlan publish(String id, Long ifMatch, WorkPlanCommands.At command) {
        return own(id, ifMatch, p -> p.publish(day(command == null ? null : command.at())));
    }

    @SupervisorsOnly
    public WorkPlan progress(String id, int itemNo, Long ifMatch, WorkPlanCommands.Progress command) {
        requests.valid(command);
        return own(id, ifMatch, p -> p.progress(itemNo, command.done(), command.note(), day(command.at())));
    }

    @AgencyUsersOrSupervision
    public WorkPlan get(String id) {
        return visible(CurrentScope.get(), id);
    }

    @AgencyUsersOrSupervision
    public Page<WorkPlan> search(Integer year, WorkPlanStatus status, Pageable pageable) {
        return store.search(readable(CurrentScope.get()), year, status, pageable);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(WorkingDayCalendar.ZONE));
    }

    private static List<WorkPlanItem> items(WorkPlanCommands.Content content) {
        return content.items().stream().map(WorkPlanCommands.Item::toItem).toList();
    }

    private static boolean supervisor(DataScope scope) {
        return (scope.isRegionalSupervisor() || scope.has(Role.PROVINCE_READONLY)) && scope.regionCode() != null
                && scope.regionCode().matches("\\d{6}");
    }

    /** The regions whose bureaus supervise a region: itself, its city, its province. */
    private static List<String> supervisingRegions(String region) {
        return List.of(region, region.substring(0, 4) + "00", region.substring(0, 2) + "0000");
    }

    private static boolean visible(DataScope scope, WorkPlan p) {
        if (supervisor(scope) && scope.coversRegion(p.getRegionCode())) {
            return true;
        }
        return p.getStatus() == WorkPlanStatus.PUBLISHED && scope.agencyCode() != null && scope.regionCode() != null
                && scope.regionCode().matches("\\d{6}") && supervisingRegions(scope.regionCode())
                .contains(p.getRegionCode());
    }

    private static Criteria readable(DataScope scope) {
        Criteria published = scope.agencyCode() != null && scope.regionCode() != null
                && scope.regionCode().matches("\\d{6}")
                ? Criteria.where("status").is(WorkPlanStatus.PUBLISHED).and("regionCode")
                .in(supervisingRegions(scope.regionCode())) : null;
        Criteria own = supervisor(scope) ? ScopeCriteria.inRegion(scope.regionCode()) : null;
        if (own != null && published != null) {
            return new Criteria().orOperator(own, published);
        }
        return own != null ? own : published != null ? published : Criteria.where("_id").is("__none__");
    }

    private WorkPlan visible(DataScope scope, String id) {
        return store.findById(id).filter(p -> visible(scope, p))
                .orElseThrow(() -> ApiException.notFound("WorkPlan", id));
    }

    /** An act of the plan's own bureau. */
    private WorkPlan own(String id, Long ifMatch, Consumer<WorkPlan> action) {
        DataScope scope = CurrentScope.get();
        WorkPlan p = visible(scope, id);
        if (!scope.belongsTo(p.getBureauAgencyCode())) {
            throw ApiException.forbidden("WORK_PLAN_ACTION_NOT_ALLOWED");
        }
        Versions.check(p, ifMatch);
        action.accept(p);
        return store.save(p);
    }

    private LocalDate day(OffsetDateTime at) {
        if (at == null) {
            return today();
        }
        if (at.toInstant().isAfter(clock.instant())) {
            throw ApiException.invalid("DATE_IN_FUTURE", List.of(FieldViolation.of("at", "DATE_IN_FUTURE")));
        }
        return at.atZoneSameInstant(WorkingDayCalendar.ZONE).toLocalDate();
    }
}
