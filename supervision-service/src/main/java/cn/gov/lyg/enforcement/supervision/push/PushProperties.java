package cn.gov.lyg.enforcement.supervision.push;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code supervision.push.*}: the provincial push. The targets' URLs and OAuth2 client credentials come from the
 * environment (docs/runtime-contract.md); they have no defaults outside the dev stack, and a target without a URL is
 * not attempted (its deliveries wait, counted in {@code province.push.backlog}).
 */
@ConfigurationProperties("supervision.push")
public class PushProperties {

    /** How often the dispatcher looks for due deliveries; 0 turns the background dispatcher off. */
    private Duration dispatchInterval = Duration.ofSeconds(5);
    /** Due deliveries taken per target and pass. */
    private int batchSize = 200;
    /** How long an instance holds a claimed delivery for one attempt (at least connect + read timeout). */
    private Duration claimLease = Duration.ofMinutes(2);
    private Duration initialBackoff = Duration.ofMinutes(1);
    private Duration maxBackoff = Duration.ofHours(4);
    private Duration retryWindow = Duration.ofHours(24);
    private Duration connectTimeout = Duration.ofSeconds(3);
    private Duration readTimeout = Duration.ofSeconds(10);
    /** Keyed by {@link PushTarget#key()}: {@code exchange}, {@code supervision}. */
    private Map<String, Target> targets = new LinkedHashMap<>();

    public RetryPolicy retryPolicy() {
        return new RetryPolicy(initialBackoff, maxBackoff, retryWindow);
    }

    public Target target(PushTarget target) {
        return targets.getOrDefault(target.key(), new Target());
    }

    /** One provincial platform: where records go and how the client authenticates (client credentials). */
    public static class Target {
        /** The records endpoint, e.g. {@code https://…/api/v1/records}; blank: not configured. */
        private String url = "";
        /** The OAuth2 token endpoint; blank: records are sent without a token. */
        private String tokenUri = "";
        private String clientId = "";
        private String clientSecret = "";
        private String scope = "";

        public boolean configured() {
            return url != null && !url.isBlank();
        }

        public String getUrl() {
            return url;
        }

        public void setUrl(String url) {
            this.url = url;
        }

        public String getTokenUri() {
            return tokenUri;
        }

        public void setTokenUri(String tokenUri) {
            this.tokenUri = tokenUri;
        }

        public String getClientId() {
            return clientId;
        }

        public void setClientId(String clientId) {
            this.clientId = clientId;
        }

        public String getClientSecret() {
            return clientSecret;
        }

        public void setClientSecret(String clientSecret) {
            this.clientSecret = clientSecret;
        }

        public String getScope() {
            return scope;
        }

        public void setScope(String scope) {
            this.scope = scope;
        }
    }

    public Duration getDispatchInterval() {
        return dispatchInterval;
    }

    public void setDispatchInterval(Duration dispatchInterval) {
        this.dispatchInterval = dispatchInterval;
    }

    public int getBatchSize() {
        return batchSize;
    }

    public void setBatchSize(int batchSize) {
        this.batchSize = batchSize;
    }

    public Duration getClaimLease() {
        return claimLease;
    }

    public void setClaimLease(Duration claimLease) {
        this.claimLease = claimLease;
    }

    public Duration getInitialBackoff() {
        return initialBackoff;
    }

    public void setInitialBackoff(Duration initialBackoff) {
        this.initialBackoff = initialBackoff;
    }

    public Duration getMaxBackoff() {
        return maxBackoff;
    }

    public void setMaxBackoff(Duration maxBackoff) {
        this.maxBackoff = maxBackoff;
    }

    public Duration getRetryWindow() {
        return retryWindow;
    }

    public void setRetryWindow(Duration retryWindow) {
        this.retryWindow = retryWindow;
    }

    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public Duration getReadTimeout() {
        return readTimeout;
    }

    public void setReadTimeout(Duration readTimeout) {
        this.readTimeout = readTimeout;
    }

    public Map<String, Target> getTargets() {
        return targets;
    }

    public void setTargets(Map<String, Target> targets) {
        this.targets = targets;
    }
}
