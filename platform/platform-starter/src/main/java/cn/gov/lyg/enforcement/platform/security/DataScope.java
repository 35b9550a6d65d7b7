package cn.gov.lyg.enforcement.platform.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who is calling and which data they may see (DOMAIN.md §2.0.4, DESIGN.md §4 Security).
 *
 * <p>Built from the token: {@code agencyCode} (the agency's unified social credit code), {@code regionCode}
 * (6-digit GB/T 2260) and the realm roles. Repositories use it to filter queries; records outside the scope
 * answer 404 so that their existence does not leak.
 *
 * @param subject  the token subject (Keycloak user or service-account id)
 * @param username {@code preferred_username}, used in audit records
 * @param clientId {@code azp}, the OAuth2 client the token was issued to
 */
public record DataScope(String subject, String username, String clientId, String agencyCode, String regionCode,
                        Set<Role> roles) {

    public static final String PROVINCE_JIANGSU = "320000";

    public DataScope {
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... wanted) {
        for (Role role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** The agency of the caller, if the token carries one. */
    public boolean belongsTo(String agency) {
        return agencyCode != null && agencyCode.equals(agency);
    }

    /**
     * Whether the caller's region covers {@code region}: a province code covers its province, a city code
     * ({@code xxxx00}) every code of the city, any other code only itself.
     */
    public boolean coversRegion(String region) {
        return covers(regionCode, region);
    }

    public static boolean covers(String scopeRegion, String region) {
        if (scopeRegion == null || region == null || scopeRegion.length() != 6 || region.length() != 6) {
            return false;
        }
        if (scopeRegion.endsWith("0000")) {
            return region.startsWith(scopeRegion.substring(0, 2));
        }
        if (scopeRegion.endsWith("00")) {
            return region.startsWith(scopeRegion.substring(0, 4));
        }
        return scopeRegion.equals(region);
    }

    /** A judicial-bureau supervisor (city or county), who reads across agencies of a region. */
    public boolean isRegionalSupervisor() {
        return hasAny(Role.SUPERVISOR_CITY, Role.SUPERVISOR_COUNTY);
    }

    public String auditName() {
        if (username != null && !username.isBlank()) {
            return username;
        }
        return clientId != null ? clientId : subject;
    }
}
