package cn.gov.lyg.enforcement.platform.security;

import java.util.Locale;
import java.util.Optional;

/**
 * The realm roles of DOMAIN.md §2.0.4 (plus catalog admin, auditor and the hotline system). A Keycloak realm role {@code agency-admin}
 * is the Spring authority {@code ROLE_AGENCY_ADMIN}; {@code @PreAuthorize("hasRole('AGENCY_ADMIN')")} checks it.
 */
public enum Role {
    OFFICER,
    AUXILIARY,
    AGENCY_ADMIN,
    LEGAL_REVIEWER,
    AGENCY_LEADER,
    SUPERVISOR_CITY,
    SUPERVISOR_COUNTY,
    SPECIAL_SUPERVISOR,
    CATALOG_ADMIN,
    AUDITOR,
    PROVINCE_READONLY,
    INTEGRATION,
    /** The 12345 / 12348 hotline platform (client credentials): registers complaints with supervision-service. */
    HOTLINE;

    public String authority() {
        return "ROLE_" + name();
    }

    /** Maps a Keycloak realm role name ({@code supervisor-county}) to a role, if it is one of ours. */
    public static Optional<Role> fromRealmRole(String realmRole) {
        if (realmRole == null) {
            return Optional.empty();
        }
        String normalized = realmRole.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (Role role : values()) {
            if (role.name().equals(normalized)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
