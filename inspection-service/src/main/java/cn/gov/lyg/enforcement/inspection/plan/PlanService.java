package cn.gov.lyg.enforcement.inspection.plan;

import cn.gov.lyg.enforcement.inspection.shared.RuleViolation;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.security.CurrentScope;
import cn.gov.lyg.enforcement.platform.security.DataScope;
import cn.gov.lyg.enforcement.platform.web.Versions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

/** Annual plans: draft, submit, filing by the judicial bureau, publication (LATE after 31 March). */
@Service
public class PlanService {

    private final PlanStore store;
    private final PlanRules rules = new PlanRules();
    private final Clock clock;

    PlanService(PlanStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public AnnualPlan draft(int year, List<PlanTask> tasks) {
        DataScope scope = CurrentScope.get();
        if (scope.agencyCode() == null || scope.regionCode() == null) {
            throw ApiException.forbidden("AGENCY_SCOPE_REQUIRED");
        }
        if (store.of(scope.agencyCode(), year).isPresent()) {
            throw RuleViolation.conflict("PLAN_EXISTS", String.valueOf(year));
        }
        try {
            return store.save(AnnualPlan.draft(scope.agencyCode(), scope.regionCode(), year, tasks, rules));
        } catch (DuplicateKeyException e) {
            throw RuleViolation.conflict("PLAN_EXISTS", String.valueOf(year));
        }
    }

    public AnnualPlan get(String id) {
        DataScope scope = CurrentScope.get();
        return store.find(id).filter(p -> scope.belongsTo(p.getAgencyCode())
                        || (scope.isRegionalSupervisor() && scope.coversRegion(p.getAgencyRegion())))
                .orElseThrow(() -> ApiException.notFound("年度检查计划", id));
    }

    private AnnualPlan own(String id, Long version) {
        AnnualPlan p = get(id);
        if (!CurrentScope.get().belongsTo(p.getAgencyCode())) {
            throw ApiException.forbidden("NOT_PLAN_AGENCY");
        }
        if (version != null) {
            Versions.check(p, version);
        }
        return p;
    }

    public AnnualPlan revise(String id, Long version, List<PlanTask> tasks) {
        AnnualPlan p = own(id, version);
        p.revise(tasks, rules);
        return store.save(p);
    }

    public AnnualPlan submit(String id, Long version) {
        AnnualPlan p = own(id, version);
        p.submit();
        return store.save(p);
    }

    /** Filing by the supervising judicial bureau (the county bureau for county departments and townships). */
    public AnnualPlan file(String id) {
        DataScope scope = CurrentScope.get();
        AnnualPlan p = get(id);
        p.file(scope.agencyCode(), scope.regionCode(), clock.instant(), rules);
        return store.save(p);
    }

    public AnnualPlan publish(String id, Long version) {
        AnnualPlan p = own(id, version);
        p.publish(clock.instant(), LocalDate.now(clock), rules);
        return store.save(p);
    }

    public Page<AnnualPlan> list(Integer year, Pageable pageable) {
        DataScope scope = CurrentScope.get();
        Criteria c = scope.isRegionalSupervisor() && scope.regionCode() != null
                ? Criteria.where("agencyRegion").regex("^" + prefix(scope.regionCode()))
                : Criteria.where("agencyCode").is(scope.agencyCode());
        if (year != null) {
            c = c.and("year").is(year);
        }
        return store.page(c, pageable);
    }

    /** Whether the agency has a published task of the kind covering the day (I4). */
    public boolean published(String agencyCode, String kind, LocalDate day) {
        return store.of(agencyCode, day.getYear()).map(p -> p.covers(kind, day)).orElse(false);
    }

    private static String prefix(String region) {
        return region.endsWith("00") ? region.substring(0, 4) : region;
    }
}
