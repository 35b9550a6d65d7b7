package cn.gov.lyg.enforcement.gateway.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * JWT checking at the edge. Prefix {@code enforcement.security}.
 */
@ConfigurationProperties("enforcement.security")
public class EdgeSecurityProperties {

	/** Expected {@code iss} claim (must be the IdP's URL, e.g. Keycloak's realm URL). */
	private String issuerUri = "http://localhost:8180/realms/enforcement";

	/** JWK set, fetched lazily on the first token (the gateway starts while Keycloak is down). */
	private String jwkSetUri;

	/** Required {@code aud} value. */
	private String audience = "enforcement-api";

	/** Tolerance on {@code exp}/{@code nbf}. */
	private Duration clockSkew = Duration.ofSeconds(10);

	/** Timeouts when fetching the JWK set. */
	private Duration jwkConnectTimeout = Duration.ofSeconds(2);

	private Duration jwkResponseTimeout = Duration.ofSeconds(5);

	private final JwtCache jwtCache = new JwtCache();

	public String getIssuerUri() {
		return issuerUri;
	}

	public void setIssuerUri(String issuerUri) {
		this.issuerUri = issuerUri;
	}

	public String getJwkSetUri() {
		return (jwkSetUri == null || jwkSetUri.isBlank())
				? stripTrailingSlash(issuerUri) + "/protocol/openid-connect/certs" : jwkSetUri;
	}

	public void setJwkSetUri(String jwkSetUri) {
		this.jwkSetUri = jwkSetUri;
	}

	public String getAudience() {
		return audience;
	}

	public void setAudience(String audience) {
		this.audience = audience;
	}

	public Duration getClockSkew() {
		return clockSkew;
	}

	public void setClockSkew(Duration clockSkew) {
		this.clockSkew = clockSkew;
	}

	public Duration getJwkConnectTimeout() {
		return jwkConnectTimeout;
	}

	public void setJwkConnectTimeout(Duration jwkConnectTimeout) {
		this.jwkConnectTimeout = jwkConnectTimeout;
	}

	public Duration getJwkResponseTimeout() {
		return jwkResponseTimeout;
	}

	public void setJwkResponseTimeout(Duration jwkResponseTimeout) {
		this.jwkResponseTimeout = jwkResponseTimeout;
	}

	public JwtCache getJwtCache() {
		return jwtCache;
	}

	private static String stripTrailingSlash(String s) {
		return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
	}

	/** Cache of verified tokens (keyed by SHA-256 of the token, kept until the token's exp). */
	public static class JwtCache {

		private boolean enabled = true;

		private long maxSize = 10_000;

		public boolean isEnabled() {
			return enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public long getMaxSize() {
			return maxSize;
		}

		public void setMaxSize(long maxSize) {
			this.maxSize = maxSize;
		}

	}

}
