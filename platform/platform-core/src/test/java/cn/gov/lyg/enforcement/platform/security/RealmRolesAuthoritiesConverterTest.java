package cn.gov.lyg.enforcement.platform.security;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

class RealmRolesAuthoritiesConverterTest {

	private final RealmRolesAuthoritiesConverter converter = new RealmRolesAuthoritiesConverter();

	@Test
	void mapsRealmRolesToUpperSnakeRoleAuthorities() {
		Jwt jwt = Jwt.withTokenValue("t")
			.header("alg", "RS256")
			.claim("realm_access", Map.of("roles", List.of("agency-admin", "supervisor-city", "officer")))
			.build();
		assertThat(converter.convert(jwt)).extracting(GrantedAuthority::getAuthority)
			.containsExactlyInAnyOrder("ROLE_AGENCY_ADMIN", "ROLE_SUPERVISOR_CITY", "ROLE_OFFICER");
	}

	@Test
	void realmRolesThatAreNoPlatformRoleGrantNothing() {
		Jwt jwt = Jwt.withTokenValue("t")
			.header("alg", "RS256")
			.claim("realm_access", Map.of("roles", List.of("offline_access", "default-roles-enforcement", "auditor")))
			.build();
		assertThat(converter.convert(jwt)).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_AUDITOR");
	}

	@Test
	void noRealmAccessMeansNoAuthorities() {
		Jwt jwt = Jwt.withTokenValue("t").header("alg", "RS256").claim("sub", "x").build();
		assertThat(converter.convert(jwt)).isEmpty();
	}

}
