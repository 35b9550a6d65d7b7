package cn.gov.lyg.enforcement.supervision.caseregister;

import cn.gov.lyg.enforcement.platform.security.DataScope;
import cn.gov.lyg.enforcement.platform.security.Role;

/**
 * Who reports and reads cases: an agency's users report and read their own agency's cases; a case-handling system
 * (INTEGRATION) reports and reads for agencies of its region (and only its own agency when its token names one);
 * a judicial bureau reads its region (the city bureau the city), the province read-only client the province.
 */
public final class CaseAccess {

    static final Role[] AGENCY_REPORTERS = {Role.OFFICER, Role.AGENCY_ADMIN, Role.LEGAL_REVIEWER};
    static final Role[] AGENCY_READERS = {Role.OFFICER, Role.AGENCY_ADMIN, Role.LEGAL_REVIEWER, Role.AGENCY_LEADER};

    private CaseAccess() {
    }

    public static boolean mayReport(DataScope scope, String agencyCode, String agencyRegion) {
        if (scope.has(Role.INTEGRATION) && scope.coversRegion(agencyRegion)
                && (scope.agencyCode() == null || scope.belongsTo(agencyCode))) {
            return true;
        }
        return scope.hasAny(AGENCY_REPORTERS) && scope.belongsTo(agencyCode);
    }

    public static boolean mayRead(DataScope scope, String agencyCode, String regionCode) {
        if ((scope.isRegionalSupervisor() || scope.has(Role.PROVINCE_READONLY)) && scope.coversRegion(regionCode)) {
            return true;
        }
        return mayReport(scope, agencyCode, regionCode)
                || (scope.hasAny(AGENCY_READERS) && scope.belongsTo(agencyCode));
    }
}
