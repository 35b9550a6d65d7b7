package cn.gov.lyg.enforcement.platform.security;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** A JWT authentication that also carries the caller's {@link DataScope}. */
public class ScopedJwtAuthentication extends JwtAuthenticationToken {

    private final DataScope scope;

    public ScopedJwtAuthentication(Jwt jwt, Collection<? extends GrantedAuthority> authorities, DataScope scope) {
        super(jwt, authorities, scope.auditName());
        this.scope = scope;
    }

    public DataScope scope() {
        return scope;
    }
}
