package cn.gov.lyg.enforcement.personnel;

import cn.gov.lyg.enforcement.platform.security.DataScope;
import cn.gov.lyg.enforcement.platform.security.Role;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * The data-scope rules of DOMAIN.md §2.0.4 for people and their certificates, as pure predicates:
 * <ul>
 *   <li>an agency's admin (and leader) manages and reads the people of their own agency;</li>
 *   <li>judicial-bureau supervisors read (and act on certificates) in the region they cover: the county bureau its
 *       county, the city bureau the whole city;</li>
 *   <li>an officer reads only themself (matched on the token's {@code preferred_username});</li>
 *   <li>system clients ({@code integration}) and provincial read-only access read within the region claim.</li>
 * </ul>
 * Anything else is outside the scope and answers 404.
 */
public final class Scopes {

    private Scopes() {
    }

    public static boolean manages(DataScope scope, String agencyCode) {
        return scope.has(Role.AGENCY_ADMIN) && scope.belongsTo(agencyCode);
    }

    public static boolean supervises(DataScope scope, String regionCode) {
        return scope.isRegionalSupervisor() && scope.coversRegion(regionCode);
    }

    public static boolean readsPeopleOf(DataScope scope, String agencyCode, String regionCode) {
        if (scope.hasAny(Role.AGENCY_ADMIN, Role.AGENCY_LEADER) && scope.belongsTo(agencyCode)) {
            return true;
        }
        if (supervises(scope, regionCode)) {
            return true;
        }
        return scope.hasAny(Role.INTEGRATION, Role.PROVINCE_READONLY) && scope.coversRegion(regionCode);
    }

    public static boolean isSelf(DataScope scope, String agencyCode, String username) {
        return username != null && scope.belongsTo(agencyCode) && username.equals(scope.username());
    }

    public static boolean readsPerson(DataScope scope, String agencyCode, String regionCode, String username) {
        return readsPeopleOf(scope, agencyCode, regionCode) || isSelf(scope, agencyCode, username);
    }

    /**
     * The same rules as a query criteria over documents carrying {@code agencyCode}, {@code regionCode} and the
     * holder's {@code usernameField} (may be {@code null} when the documents do not name their person).
     */
    public static Criteria readableCriteria(DataScope scope, String usernameField, List<String> selfIds,
                                            String selfIdField) {
        List<Criteria> any = new ArrayList<>();
        if (scope.hasAny(Role.AGENCY_ADMIN, Role.AGENCY_LEADER) && scope.agencyCode() != null) {
            any.add(Criteria.where("agencyCode").is(scope.agencyCode()));
        }
        if ((scope.isRegionalSupervisor() || scope.hasAny(Role.INTEGRATION, Role.PROVINCE_READONLY))
                && scope.regionCode() != null && scope.regionCode().matches("\\d{6}")) {
            any.add(Criteria.where("regionCode").regex("^" + regionPrefix(scope.regionCode())));
        }
        if (usernameField != null && scope.username() != null && scope.agencyCode() != null) {
            any.add(Criteria.where(usernameField).is(scope.username()).and("agencyCode").is(scope.agencyCode()));
        }
        if (selfIdField != null && selfIds != null && !selfIds.isEmpty() && scope.agencyCode() != null) {
            any.add(Criteria.where(selfIdField).in(selfIds).and("agencyCode").is(scope.agencyCode()));
        }
        if (any.isEmpty()) {
            return Criteria.where("_id").is("__none__");
        }
        return any.size() == 1 ? any.get(0) : new Criteria().orOperator(any);
    }

    /** The prefix of the codes a region covers: {@code 32} for a province, {@code 3207} for a city, else itself. */
    public static String regionPrefix(String region) {
        if (region.endsWith("0000")) {
            return region.substring(0, 2);
        }
        return region.endsWith("00") ? region.substring(0, 4) : region;
    }
}
