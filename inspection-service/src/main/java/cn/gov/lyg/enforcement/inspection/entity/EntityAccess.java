package cn.gov.lyg.enforcement.inspection.entity;

import cn.gov.lyg.enforcement.platform.identifier.RegionCodes;
import cn.gov.lyg.enforcement.platform.security.DataScope;
import cn.gov.lyg.enforcement.platform.security.Role;
import java.util.List;

/**
 * Data scope of the directory (DOMAIN.md §2.0.4): a caller reads and maintains the entities of the region their
 * token covers (a county code its county, with the abolished codes merged into it; the city code the whole city);
 * a system client without a region claim covers Lianyungang. Outside the scope: 404.
 */
public final class EntityAccess {

    /** Roles that may see the internal credit class (never public, enterprise-facing or auxiliary staff). */
    private static final Role[] CLASS_READERS = {Role.OFFICER, Role.AGENCY_ADMIN, Role.AGENCY_LEADER,
        Role.LEGAL_REVIEWER, Role.SUPERVISOR_CITY, Role.SUPERVISOR_COUNTY, Role.AUDITOR, Role.INTEGRATION};

    /** Roles that may take the credit class out in an export (a file travels further than an API answer). */
    private static final Role[] CLASS_EXPORTERS = {Role.AGENCY_ADMIN, Role.SUPERVISOR_CITY, Role.SUPERVISOR_COUNTY};

    /**
     * Roles that may set the credit class: the provincial credit system's client (DOMAIN.md I11); nobody's own input
     * ({@link CreditClassRules}).
     */
    private static final Role[] CLASS_SOURCES = {Role.INTEGRATION};

    private final RegionCodes regions;

    /** Whether the caller is the credit system, which alone sets the credit class. */
    public static boolean setsCreditClass(DataScope scope) {
        return scope.hasAny(CLASS_SOURCES);
    }

    /** Whether the caller's export of the directory carries the internal credit class (admins only). */
    public static boolean exportsCreditClass(DataScope scope) {
        return scope.hasAny(CLASS_EXPORTERS);
    }

    public EntityAccess(RegionCodes regions) {
        this.regions = regions;
    }

    public String scopeRegion(DataScope scope) {
        if (scope.regionCode() == null && scope.has(Role.INTEGRATION)) {
            return "320700";
        }
        return scope.regionCode();
    }

    public boolean covers(DataScope scope, String regionCode) {
        String scopeRegion = scopeRegion(scope);
        return scopeRegion != null && regions.covers(scopeRegion, regionCode);
    }

    /** Every known region code the caller covers (for query filters). */
    public List<String> coveredRegions(DataScope scope) {
        String scopeRegion = scopeRegion(scope);
        if (scopeRegion == null) {
            return List.of();
        }
        return regions.all().stream().map(r -> r.code()).filter(code -> regions.covers(scopeRegion, code)).sorted()
                .toList();
    }

    public static boolean seesCreditClass(DataScope scope) {
        return scope.hasAny(CLASS_READERS);
    }
}
