package cn.gov.lyg.enforcement.platform.config;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings under {@code enforcement.*}, shared by every service ({@code enforcement.security.*}: platform-core's
 * {@link cn.gov.lyg.enforcement.platform.security.SecurityProperties}). */
@ConfigurationProperties(prefix = "enforcement")
public class PlatformProperties {

    private final Outbox outbox = new Outbox();
    private final Kafka kafka = new Kafka();

    /** How long a stored Idempotency-Key response is replayed. */
    private java.time.Duration idempotencyTtl = java.time.Duration.ofHours(24);

    /**
     * How long an Idempotency-Key's IN_PROGRESS record holds against repeats (409) before a repeat may take it over
     * (a crash left it): longer than any request may run.
     */
    private java.time.Duration idempotencyInProgressLease = java.time.Duration.ofMinutes(2);

    public java.time.Duration getIdempotencyInProgressLease() {
        return idempotencyInProgressLease;
    }

    public void setIdempotencyInProgressLease(java.time.Duration idempotencyInProgressLease) {
        this.idempotencyInProgressLease = idempotencyInProgressLease;
    }

    public java.time.Duration getIdempotencyTtl() {
        return idempotencyTtl;
    }

    public void setIdempotencyTtl(java.time.Duration idempotencyTtl) {
        this.idempotencyTtl = idempotencyTtl;
    }

    /** The CloudEvent {@code source} of this service's events, e.g. {@code /enforcement/catalog}. */
    private String eventSource;

    public Outbox getOutbox() {
        return outbox;
    }

    public Kafka getKafka() {
        return kafka;
    }

    public String getEventSource() {
        return eventSource;
    }

    public void setEventSource(String eventSource) {
        this.eventSource = eventSource;
    }

    public static class Outbox {
        /** Whether this instance relays outbox messages (all instances may; a lease keeps one per collection). */
        private boolean relayEnabled = true;
        /** Safety-net sweep for messages whose save-time hint was lost (crash, broker down). */
        private Duration sweepInterval = Duration.ofSeconds(5);
        /** How long a relay instance holds a collection's lease without renewing it. */
        private Duration leaseDuration = Duration.ofSeconds(30);
        /** How long one publish may wait for the broker's acknowledgement. */
        private Duration sendTimeout = Duration.ofSeconds(10);
        /** Documents handled per sweep. */
        private int batchSize = 200;
        /**
         * Failed deliveries of one message (its own failures, not a broker outage) before it is parked as poison:
         * no longer tried, counted in {@code outbox.parked}, re-queued by an operator.
         */
        private int maxAttempts = 8;
        /** Upper bound of the back-off between two attempts of a failing message (doubling from the sweep interval). */
        private Duration maxRetryBackoff = Duration.ofMinutes(5);

        public int getMaxAttempts() {
            return maxAttempts;
        }

        public void setMaxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
        }

        public Duration getMaxRetryBackoff() {
            return maxRetryBackoff;
        }

        public void setMaxRetryBackoff(Duration maxRetryBackoff) {
            this.maxRetryBackoff = maxRetryBackoff;
        }

        public boolean isRelayEnabled() {
            return relayEnabled;
        }

        public void setRelayEnabled(boolean relayEnabled) {
            this.relayEnabled = relayEnabled;
        }

        public Duration getSweepInterval() {
            return sweepInterval;
        }

        public void setSweepInterval(Duration sweepInterval) {
            this.sweepInterval = sweepInterval;
        }

        public Duration getLeaseDuration() {
            return leaseDuration;
        }

        public void setLeaseDuration(Duration leaseDuration) {
            this.leaseDuration = leaseDuration;
        }

        public Duration getSendTimeout() {
            return sendTimeout;
        }

        public void setSendTimeout(Duration sendTimeout) {
            this.sendTimeout = sendTimeout;
        }

        public int getBatchSize() {
            return batchSize;
        }

        public void setBatchSize(int batchSize) {
            this.batchSize = batchSize;
        }
    }

    public static class Kafka {
        /** Delivery attempts of a consumed record before it goes to {@code <topic>.DLT}. */
        private int maxAttempts = 4;
        private Duration initialBackoff = Duration.ofMillis(500);
        private Duration maxBackoff = Duration.ofSeconds(5);
        /** Partitions of the topics this service declares. */
        private int partitions = 3;
        private short replicationFactor = 1;
        /**
         * Allowed CloudEvent sources by event type or topic, replacing the default (a topic only from the service
         * its name starts with, e.g. {@code supervision.accountability.v1} from {@code /enforcement/supervision}).
         */
        private java.util.Map<String, List<String>> trustedSources = new java.util.LinkedHashMap<>();

        public java.util.Map<String, List<String>> getTrustedSources() {
            return trustedSources;
        }

        public void setTrustedSources(java.util.Map<String, List<String>> trustedSources) {
            this.trustedSources = trustedSources;
        }

        public int getMaxAttempts() {
            return maxAttempts;
        }

        public void setMaxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
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

        public int getPartitions() {
            return partitions;
        }

        public void setPartitions(int partitions) {
            this.partitions = partitions;
        }

        public short getReplicationFactor() {
            return replicationFactor;
        }

        public void setReplicationFactor(short replicationFactor) {
            this.replicationFactor = replicationFactor;
        }
    }
}
