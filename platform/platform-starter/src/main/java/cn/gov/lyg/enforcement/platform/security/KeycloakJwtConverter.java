package cn.gov.lyg.enforcement.platform.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/** Maps {@code realm_access.roles} (platform-core's realm-role mapping) to {@code ROLE_*} authorities and the agency/region claims to a {@link DataScope}. */
public class KeycloakJwtConverter implements Converter<Jwt, ScopedJwtAuthentication> {

    @Override
    public ScopedJwtAuthentication convert(Jwt jwt) {
        Set<Role> roles = RealmRolesAuthoritiesConverter.roles(jwt);
        List<GrantedAuthority> authorities = new ArrayList<>();
        roles.forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
        DataScope scope = new DataScope(jwt.getSubject(), jwt.getClaimAsString("preferred_username"),
                jwt.getClaimAsString("azp"), blankToNull(jwt.getClaimAsString("agencyCode")),
                blankToNull(jwt.getClaimAsString("regionCode")), roles);
        return new ScopedJwtAuthentication(jwt, authorities, scope);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
