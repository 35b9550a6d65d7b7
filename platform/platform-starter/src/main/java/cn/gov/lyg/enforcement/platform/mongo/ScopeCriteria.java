package cn.gov.lyg.enforcement.platform.mongo;

import cn.gov.lyg.enforcement.platform.security.DataScope;
import cn.gov.lyg.enforcement.platform.security.Role;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * A caller's {@link DataScope} as a Mongo {@link Criteria} over documents that carry {@code agencyCode} and
 * {@code regionCode} (the platform's field names for the owning agency and its region), so that a list query returns
 * only what the caller may read (DOMAIN.md §2.0.4):
 * <ul>
 *   <li>agency admins and leaders read their own agency's documents;</li>
 *   <li>judicial-bureau supervisors, system clients ({@code integration}) and the province read-only role read the
 *       region they cover (the county bureau its county, the city bureau the whole city, the province all);</li>
 *   <li>optionally, a person reads their own documents: those whose {@code usernameField} is the token's username, or
 *       whose {@code selfIdField} is one of the caller's own ids, in the caller's agency.</li>
 * </ul>
 * A caller with none of these matches nothing. Single records are checked with the same rules as predicates in the
 * service and answer 404 outside the scope.
 */
public final class ScopeCriteria {

    /** Matches no document. */
    private static final Criteria NOTHING = Criteria.where("_id").is("__none__");

    private ScopeCriteria() {
    }

    /** The documents of the caller's agency (admins, leaders) or covered region (supervisors, systems, province). */
    public static Criteria readable(DataScope scope) {
        return readable(scope, null, null, null);
    }

    /**
     * As {@link #readable(DataScope)}, plus the caller's own documents: by {@code usernameField} (may be
     * {@code null} when the documents do not name their person) or by {@code selfIdField} in {@code selfIds}.
     */
    public static Criteria readable(DataScope scope, String usernameField, Collection<String> selfIds,
                                    String selfIdField) {
        List<Criteria> any = new ArrayList<>();
        if (scope.hasAny(Role.AGENCY_ADMIN, Role.AGENCY_LEADER) && scope.agencyCode() != null) {
            any.add(Criteria.where("agencyCode").is(scope.agencyCode()));
        }
        if ((scope.isRegionalSupervisor() || scope.hasAny(Role.INTEGRATION, Role.PROVINCE_READONLY))
                && scope.regionCode() != null && scope.regionCode().matches("\\d{6}")) {
            any.add(inRegion(scope.regionCode()));
        }
        if (usernameField != null && scope.username() != null && scope.agencyCode() != null) {
            any.add(Criteria.where(usernameField).is(scope.username()).and("agencyCode").is(scope.agencyCode()));
        }
        if (selfIdField != null && selfIds != null && !selfIds.isEmpty() && scope.agencyCode() != null) {
            any.add(Criteria.where(selfIdField).in(selfIds).and("agencyCode").is(scope.agencyCode()));
        }
        if (any.isEmpty()) {
            return NOTHING;
        }
        return any.size() == 1 ? any.get(0) : new Criteria().orOperator(any);
    }

    /** Documents whose {@code regionCode} lies in the region (a province, a city or a county code). */
    public static Criteria inRegion(String regionCode) {
        if (regionCode == null || !regionCode.matches("\\d{6}")) {
            throw new IllegalArgumentException("not a region code: " + regionCode);
        }
        return Criteria.where("regionCode").regex("^" + regionPrefix(regionCode));
    }

    /** The prefix of the codes a region covers: {@code 32} for a province, {@code 3207} for a city, else itself. */
    public static String regionPrefix(String region) {
        if (region.endsWith("0000")) {
            return region.substring(0, 2);
        }
        return region.endsWith("00") ? region.substring(0, 4) : region;
    }
}
