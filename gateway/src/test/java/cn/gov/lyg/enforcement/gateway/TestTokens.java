package cn.gov.lyg.enforcement.gateway;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Test issuer: an RSA key pair generated per test run, published as a JWK set on WireMock, and a
 * builder for signed tokens shaped like Keycloak's access tokens.
 */
public final class TestTokens {

	static final RSAKey KEY = generate("test-key");

	/** Same kid, different key: a forged token. Never published. */
	static final RSAKey FORGER = generate("test-key");

	private TestTokens() {
	}

	private static RSAKey generate(String kid) {
		try {
			return new RSAKeyGenerator(2048).keyID(kid).generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String jwkSetJson() {
		return new JWKSet(KEY.toPublicJWK()).toString();
	}

	public static Builder token() {
		return new Builder();
	}

	public static final class Builder {

		private String issuer = TestBackends.issuer();

		private List<String> audience = new ArrayList<>(List.of("enforcement-api", "account"));

		private String azp = "it-client";

		private String subject = "officer-1";

		private Instant expiresAt = Instant.now().plusSeconds(300);

		private List<String> roles = new ArrayList<>(List.of("officer"));

		private RSAKey key = KEY;

		public Builder issuer(String issuer) {
			this.issuer = issuer;
			return this;
		}

		public Builder audience(String... audience) {
			this.audience = List.of(audience);
			return this;
		}

		public Builder azp(String azp) {
			this.azp = azp;
			return this;
		}

		public Builder subject(String subject) {
			this.subject = subject;
			return this;
		}

		public Builder expiresAt(Instant expiresAt) {
			this.expiresAt = expiresAt;
			return this;
		}

		public Builder roles(String... roles) {
			this.roles = List.of(roles);
			return this;
		}

		public Builder signedBy(RSAKey key) {
			this.key = key;
			return this;
		}

		public String build() {
			Instant now = Instant.now();
			JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer)
				.audience(audience)
				.subject(subject)
				.claim("azp", azp)
				.claim("typ", "Bearer")
				.claim("realm_access", Map.of("roles", roles))
				.claim("agencyCode", "11320706300200020C")
				.claim("regionCode", "320706")
				.issueTime(Date.from(now.minusSeconds(5)))
				.expirationTime(Date.from(expiresAt))
				.jwtID(UUID.randomUUID().toString())
				.build();
			JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
				.type(JOSEObjectType.JWT)
				.build();
			SignedJWT jwt = new SignedJWT(header, claims);
			try {
				jwt.sign(new RSASSASigner(key));
			}
			catch (JOSEException ex) {
				throw new IllegalStateException(ex);
			}
			return jwt.serialize();
		}

	}

}
