package cn.gov.lyg.enforcement.inspection.crossdept;

import cn.gov.lyg.enforcement.inspection.shared.EnforcementAgencies;
import cn.gov.lyg.enforcement.inspection.shared.RuleViolation;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.security.CurrentScope;
import cn.gov.lyg.enforcement.platform.security.DataScope;
import cn.gov.lyg.enforcement.platform.security.Role;
import cn.gov.lyg.enforcement.platform.security.policy.AgencyAdminsOrCitySupervisors;
import cn.gov.lyg.enforcement.platform.security.policy.InspectionReaders;
import cn.gov.lyg.enforcement.platform.web.Versions;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

/**
 * The 跨部门综合监管事项清单: kept by the city judicial bureau or the item's lead agency, read by every agency; the
 * joint spot checks of an item are drawn by its lead with participants from the item.
 */
@Service
public class CrossDeptService {

    private final CrossDeptStore store;
    private final EnforcementAgencies agencies;

    CrossDeptService(CrossDeptStore store, EnforcementAgencies agencies) {
        this.store = store;
        this.agencies = agencies;
    }

    @AgencyAdminsOrCitySupervisors
    public CrossDeptItem create(CrossDeptItem.Content c) {
        DataScope scope = CurrentScope.get();
        if (c == null) {
            throw RuleViolation.invalid("CROSS_DEPT_ITEM_NAME_REQUIRED").with("field", "name");
        }
        CrossDeptItem.Content content = city(scope) ? c : new CrossDeptItem.Content(c.code(), c.name(),
                scope.agencyCode(), c.participatingAgencyCodes(), c.regulatoryBasis(), c.measures(), c.scenarioCodes(),
                c.reviewCycleMonths());
        requireAgencies(content);
        try {
            return store.insert(CrossDeptItem.create(content, "320700"));
        } catch (DuplicateKeyException e) {
            throw RuleViolation.conflict("CROSS_DEPT_ITEM_EXISTS", c.code());
        }
    }

    @AgencyAdminsOrCitySupervisors
    public CrossDeptItem update(String id, Long expectedVersion, CrossDeptItem.Content c) {
        CrossDeptItem i = editable(id, expectedVersion);
        if (c == null) {
            throw RuleViolation.invalid("CROSS_DEPT_ITEM_NAME_REQUIRED").with("field", "name");
        }
        CrossDeptItem.Content content = city(CurrentScope.get()) ? c : new CrossDeptItem.Content(c.code(), c.name(),
                i.getLeadAgencyCode(), c.participatingAgencyCodes(), c.regulatoryBasis(), c.measures(),
                c.scenarioCodes(), c.reviewCycleMonths());
        requireAgencies(content);
        i.update(content);
        return store.save(i);
    }

    @AgencyAdminsOrCitySupervisors
    public CrossDeptItem retire(String id, Long expectedVersion) {
        CrossDeptItem i = editable(id, expectedVersion);
        i.retire();
        return store.save(i);
    }

    @InspectionReaders
    public CrossDeptItem get(String id) {
        return store.find(id).orElseThrow(() -> ApiException.notFound("跨部门综合监管事项", id));
    }

    @InspectionReaders
    public Page<CrossDeptItem> list(String agencyCode, CrossDeptItem.Status status, Pageable pageable) {
        List<Criteria> all = new ArrayList<>();
        if (agencyCode != null) {
            all.add(new Criteria().orOperator(Criteria.where("leadAgencyCode").is(agencyCode),
                    Criteria.where("participatingAgencyCodes").is(agencyCode)));
        }
        if (status != null) {
            all.add(Criteria.where("status").is(status));
        }
        return store.page(all.isEmpty() ? new Criteria() : new Criteria().andOperator(all), pageable);
    }

    /**
     * For the spot-check feature: the active item whose lead is {@code lead} and whose participants include every
     * one given ({@code CROSS_DEPT_ITEM_UNKNOWN}, {@code JOINT_SPOT_CHECK_NOT_PARTICIPANT}).
     */
    public CrossDeptItem requireJointSpotCheck(String itemId, String lead, List<String> participants) {
        CrossDeptItem item = store.find(itemId).filter(i -> i.getStatus() == CrossDeptItem.Status.ACTIVE)
                .orElseThrow(() -> RuleViolation.invalid("CROSS_DEPT_ITEM_UNKNOWN", itemId)
                        .with("field", "crossDeptItemId"));
        if (!item.getLeadAgencyCode().equals(lead)) {
            throw RuleViolation.invalid("JOINT_SPOT_CHECK_NOT_PARTICIPANT", lead).with("field", "crossDeptItemId");
        }
        for (String p : participants) {
            if (!item.getParticipatingAgencyCodes().contains(p)) {
                throw RuleViolation.invalid("JOINT_SPOT_CHECK_NOT_PARTICIPANT", p)
                        .with("field", "participatingAgencyCodes");
            }
        }
        return item;
    }

    private CrossDeptItem editable(String id, Long expectedVersion) {
        DataScope scope = CurrentScope.get();
        CrossDeptItem i = get(id);
        if (!city(scope) && !scope.belongsTo(i.getLeadAgencyCode())) {
            throw ApiException.forbidden("NOT_CROSS_DEPT_LEAD");
        }
        if (expectedVersion != null) {
            Versions.check(i, expectedVersion);
        }
        return i;
    }

    private void requireAgencies(CrossDeptItem.Content c) {
        if (c.leadAgencyCode() == null) {
            throw RuleViolation.invalid("CROSS_DEPT_ITEM_NEEDS_AGENCIES").with("field", "leadAgencyCode");
        }
        agencies.requireInspectingAgency(c.leadAgencyCode());
        if (c.participatingAgencyCodes() != null) {
            c.participatingAgencyCodes().forEach(agencies::requireInspectingAgency);
        }
    }

    private static boolean city(DataScope scope) {
        return scope.has(Role.SUPERVISOR_CITY);
    }
}
