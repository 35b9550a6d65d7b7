package cn.gov.lyg.enforcement.supervision.review;

import cn.gov.lyg.enforcement.platform.mongo.ScopeCriteria;
import cn.gov.lyg.enforcement.platform.security.DataScope;
import cn.gov.lyg.enforcement.platform.security.Role;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * Who sees which batch and file review: supervisors (and the province read-only role) their region; a reviewer the
 * files assigned to them; the reviewed agency's users their own files once the result is published (final).
 */
final class ReviewAccess {

    static final Role[] AGENCY_USERS = {Role.OFFICER, Role.AGENCY_ADMIN, Role.AGENCY_LEADER, Role.LEGAL_REVIEWER};

    private ReviewAccess() {
    }

    static boolean regional(DataScope scope) {
        return scope.isRegionalSupervisor() || scope.has(Role.PROVINCE_READONLY);
    }

    static boolean supervises(DataScope scope, String regionCode) {
        return scope.isRegionalSupervisor() && scope.coversRegion(regionCode);
    }

    static boolean seesBatch(DataScope scope, ReviewBatch b) {
        return regional(scope) && scope.coversRegion(b.getRegionCode());
    }

    static boolean seesReview(DataScope scope, CaseFileReview r) {
        if (regional(scope) && scope.coversRegion(r.getRegionCode())) {
            return true;
        }
        if (scope.username() != null && r.getReviewerIds().contains(scope.username())) {
            return true;
        }
        return r.getStatus() == ReviewStatus.FINAL && scope.hasAny(AGENCY_USERS) && scope.belongsTo(r.getAgencyCode());
    }

    static Criteria readableReviews(DataScope scope) {
        List<Criteria> any = new ArrayList<>();
        if (regional(scope) && scope.regionCode() != null && scope.regionCode().matches("\\d{6}")) {
            any.add(ScopeCriteria.inRegion(scope.regionCode()));
        }
        if (scope.username() != null) {
            any.add(Criteria.where("reviewerIds").is(scope.username()));
        }
        if (scope.hasAny(AGENCY_USERS) && scope.agencyCode() != null) {
            any.add(Criteria.where("agencyCode").is(scope.agencyCode()).and("status").is(ReviewStatus.FINAL));
        }
        if (any.isEmpty()) {
            return Criteria.where("_id").is("__none__");
        }
        return any.size() == 1 ? any.get(0) : new Criteria().orOperator(any);
    }

    static Criteria readableBatches(DataScope scope) {
        if (regional(scope) && scope.regionCode() != null && scope.regionCode().matches("\\d{6}")) {
            return ScopeCriteria.inRegion(scope.regionCode());
        }
        return Criteria.where("_id").is("__none__");
    }
}
