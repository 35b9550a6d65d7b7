package cn.gov.lyg.enforcement.platform.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The realm-role mapping of the gateway and every service: Keycloak realm roles ({@code realm_access.roles}) that
 * are platform {@link Role}s become {@code ROLE_*} authorities ({@code agency-admin} → {@code ROLE_AGENCY_ADMIN});
 * other realm roles ({@code offline_access}, {@code default-roles-*}) grant nothing.
 */
public class RealmRolesAuthoritiesConverter implements Converter<Jwt, Collection<GrantedAuthority>> {

    @Override
    public Collection<GrantedAuthority> convert(Jwt jwt) {
        Set<Role> roles = roles(jwt);
        List<GrantedAuthority> authorities = new ArrayList<>(roles.size());
        roles.forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
        return authorities;
    }

    /** The platform roles among the token's realm roles. */
    public static Set<Role> roles(Jwt jwt) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Object realmAccess = jwt.getClaims().get("realm_access");
        if (realmAccess instanceof Map<?, ?> map && map.get("roles") instanceof Collection<?> names) {
            for (Object name : names) {
                if (name instanceof String s) {
                    Role.fromRealmRole(s).ifPresent(roles::add);
                }
            }
        }
        return roles;
    }
}
