package cn.gov.lyg.enforcement.gateway.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Keycloak realm roles ({@code realm_access.roles}) to authorities: {@code agency-admin} becomes
 * {@code ROLE_AGENCY_ADMIN} (upper case, {@code -}, {@code .} and spaces to {@code _}).
 */
public class RealmRolesAuthoritiesConverter implements Converter<Jwt, Collection<GrantedAuthority>> {

	@Override
	public Collection<GrantedAuthority> convert(Jwt jwt) {
		Object realmAccess = jwt.getClaims().get("realm_access");
		if (!(realmAccess instanceof Map<?, ?> map) || !(map.get("roles") instanceof Collection<?> roles)) {
			return List.of();
		}
		List<GrantedAuthority> authorities = new ArrayList<>(roles.size());
		for (Object role : roles) {
			if (role instanceof String s && !s.isBlank()) {
				authorities.add(new SimpleGrantedAuthority(authority(s)));
			}
		}
		return authorities;
	}

	static String authority(String role) {
		StringBuilder sb = new StringBuilder("ROLE_".length() + role.length()).append("ROLE_");
		String upper = role.trim().toUpperCase(Locale.ROOT);
		for (int i = 0; i < upper.length(); i++) {
			char c = upper.charAt(i);
			sb.append(c == '-' || c == '.' || c == ' ' ? '_' : c);
		}
		return sb.toString();
	}

}
