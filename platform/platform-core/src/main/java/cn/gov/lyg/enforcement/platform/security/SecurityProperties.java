package cn.gov.lyg.enforcement.platform.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The one key set of token checking, {@code enforcement.security.*}, read alike by the gateway and every service
 * (docs/runtime-contract.md lists the environment variables behind them).
 */
@ConfigurationProperties("enforcement.security")
public class SecurityProperties {

    /** Issuer every token must carry (the Keycloak realm URL, fixed hostname). */
    private String issuerUri = "http://localhost:8180/realms/enforcement";
    /** Where the realm's signing keys are fetched (lazily, on the first token). Default: the issuer's certs URL. */
    private String jwkSetUri;
    /** Audience every token must carry. */
    private String audience = "enforcement-api";
    /** Tolerance for clock differences when checking exp/nbf. */
    private Duration clockSkew = Duration.ofSeconds(10);
    /** Extra paths open without a token, besides public APIs, health and API docs (services only). */
    private List<String> permitAll = List.of();
    /**
     * Client ids ({@code azp}) whose tokens are refused even though signed and unexpired: tokens are checked offline,
     * so when a client is disabled in Keycloak (a leaked secret, a retired system) its tokens already issued would
     * otherwise keep working until they expire. Set {@code OIDC_DISABLED_CLIENTS} together with disabling it there.
     */
    private List<String> disabledClients = List.of();
    private final Jwks jwks = new Jwks();
    private final TokenCache tokenCache = new TokenCache();

    public String getIssuerUri() {
        return issuerUri;
    }

    public void setIssuerUri(String issuerUri) {
        this.issuerUri = issuerUri;
    }

    public String getJwkSetUri() {
        if (jwkSetUri != null && !jwkSetUri.isBlank()) {
            return jwkSetUri;
        }
        String issuer = issuerUri.endsWith("/") ? issuerUri.substring(0, issuerUri.length() - 1) : issuerUri;
        return issuer + "/protocol/openid-connect/certs";
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

    public List<String> getDisabledClients() {
        return disabledClients;
    }

    public void setDisabledClients(List<String> disabledClients) {
        this.disabledClients = disabledClients == null ? List.of()
                : disabledClients.stream().filter(c -> c != null && !c.isBlank()).map(String::trim).toList();
    }

    public List<String> getPermitAll() {
        return permitAll;
    }

    public void setPermitAll(List<String> permitAll) {
        this.permitAll = permitAll;
    }

    public Jwks getJwks() {
        return jwks;
    }

    public TokenCache getTokenCache() {
        return tokenCache;
    }

    /** Fetching the realm's key set: an unknown {@code kid} must not turn every anonymous request into a fetch. */
    public static class Jwks {
        private Duration connectTimeout = Duration.ofSeconds(2);
        private Duration responseTimeout = Duration.ofSeconds(5);
        /** At most one fetch per interval, whatever the tokens say (a failed fetch is retried after 5 s at most). */
        private Duration minRefreshInterval = Duration.ofSeconds(30);
        /** A {@code kid} the fresh key set did not contain is answered 401 without a fetch for this long. */
        private Duration unknownKidTtl = Duration.ofSeconds(60);
        /** Keys older than this are fetched again on the next token, so keys removed from the realm expire. */
        private Duration maxAge = Duration.ofMinutes(10);

        public Duration getConnectTimeout() {
            return connectTimeout;
        }

        public void setConnectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
        }

        public Duration getResponseTimeout() {
            return responseTimeout;
        }

        public void setResponseTimeout(Duration responseTimeout) {
            this.responseTimeout = responseTimeout;
        }

        public Duration getMinRefreshInterval() {
            return minRefreshInterval;
        }

        public void setMinRefreshInterval(Duration minRefreshInterval) {
            this.minRefreshInterval = minRefreshInterval;
        }

        public Duration getUnknownKidTtl() {
            return unknownKidTtl;
        }

        public void setUnknownKidTtl(Duration unknownKidTtl) {
            this.unknownKidTtl = unknownKidTtl;
        }

        public Duration getMaxAge() {
            return maxAge;
        }

        public void setMaxAge(Duration maxAge) {
            this.maxAge = maxAge;
        }
    }

    /** Verified tokens kept until their {@code exp}, keyed by the SHA-256 of the token. */
    public static class TokenCache {
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

        /** Whether tokens are cached at all. */
        public boolean isActive() {
            return enabled && maxSize > 0;
        }
    }
}
