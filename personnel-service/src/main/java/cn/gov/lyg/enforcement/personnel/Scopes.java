package cn.gov.lyg.enforcement.personnel;

import cn.gov.lyg.enforcement.platform.security.DataScope;
import cn.gov.lyg.enforcement.platform.security.Role;

/**
 * The data-scope rules of DOMAIN.md §2.0.4 for people and their certificates, as pure predicates:
 * <ul>
 *   <li>an agency's admin (and leader) manages and reads the people of their own agency;</li>
 *   <li>judicial-bureau supervisors read (and act on certificates) in the region they cover: the county bureau its
 *       county, the city bureau the whole city;</li>
 *   <li>an officer reads only themself (matched on the token's {@code preferred_username});</li>
 *   <li>system clients ({@code integration}) and provincial read-only access read within the region claim.</li>
 * </ul>
 * Nobody decides about their own record ({@link #isOwn}): a supervisor never acts on their own certificate, an officer
 * never withdraws their own recusal (403 {@code SELF_APPROVAL}).
 * Anything else is outside the scope and answers 404. List queries apply the same rules with the platform's
 * {@link cn.gov.lyg.enforcement.platform.mongo.ScopeCriteria}.
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

    /**
     * Whether the record's person is the caller: the person's sign-in name is the token's {@code preferred_username}
     * (unique in the realm, so the agency is not compared: a caller whose token names another agency, or none, is
     * still the same person).
     */
    public static boolean isOwn(DataScope scope, String username) {
        return username != null && !username.isBlank() && username.equals(scope.username());
    }

    /** The admin or the leader 负责人 of the agency: those who decide in the agency's name. */
    public static boolean heads(DataScope scope, String agencyCode) {
        return scope.hasAny(Role.AGENCY_ADMIN, Role.AGENCY_LEADER) && scope.belongsTo(agencyCode);
    }

    public static boolean readsPerson(DataScope scope, String agencyCode, String regionCode, String username) {
        return readsPeopleOf(scope, agencyCode, regionCode) || isSelf(scope, agencyCode, username);
    }
}
