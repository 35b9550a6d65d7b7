package cn.gov.lyg.enforcement.supervision.push;

import cn.gov.lyg.enforcement.platform.mongo.AggregateDocument;
import cn.gov.lyg.enforcement.platform.problem.InvalidTransitionException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One record version on its way to one provincial platform: the delivery log line (DOMAIN.md §2.6). It is written to
 * MongoDB before any attempt and holds the exact body that every attempt sends, so nothing is lost when the
 * province, Kafka or this service is down, and a restart picks up every PENDING delivery. The id is
 * {@code <target>:<recordId>:<version>}: a record version is queued once per target however often its event is
 * delivered.
 */
@Document(Delivery.COLLECTION)
public class Delivery extends AggregateDocument {

    public static final String COLLECTION = "push_deliveries";
    /** Attempts kept in {@link #getAttemptLog()} (the count goes on in {@link #getAttempts()}). */
    static final int ATTEMPTS_KEPT = 20;

    @Id
    private String id;
    private PushTarget target;
    private Dataset dataset;
    private String recordId;
    private long recordVersion;
    private boolean tombstone;
    private String idempotencyKey;
    private String agencyCode;
    private String regionCode;
    private Instant occurredAt;
    private String sourceEventId;
    /** The JSON body sent on every attempt. */
    private String body;
    private PushStatus status;
    private String failureCode;
    private List<String> violations = new ArrayList<>();
    private int attempts;
    /** Failed attempts since the first failure of the current round (a resend starts a new round). */
    private int roundFailures;
    private Instant queuedAt;
    /** When the current round began (queued, or resent): the retry window counts from here. */
    private Instant pendingSince;
    private Instant firstFailureAt;
    private Instant lastAttemptAt;
    private Instant nextAttemptAt;
    private Instant deliveredAt;
    private Integer lastHttpStatus;
    private String lastError;
    /** Until when an instance holds the delivery for an attempt (claimed atomically, see the store). */
    private Instant claimedUntil;
    private String claimedBy;
    private List<Attempt> attemptLog = new ArrayList<>();
    private List<Resend> resends = new ArrayList<>();

    /** One attempt: when, the HTTP status (null for a timeout or a connection failure), the outcome, how long. */
    public record Attempt(Instant at, Integer httpStatus, String outcome, long millis, String error) {
    }

    /** A manual resend: who, when, from which status. */
    public record Resend(Instant at, String by, PushStatus from) {
    }

    protected Delivery() {
    }

    public static String idOf(PushTarget target, String recordId, long version) {
        return target.key() + ":" + recordId + ":" + version;
    }

    /** A record version queued for a target: PENDING and due at once, or VALIDATION_FAILED with the violations. */
    public static Delivery queue(PushTarget target, ProvincialRecord record, String body,
                                 List<PushViolation> violations, Instant now) {
        Delivery d = new Delivery();
        d.id = idOf(target, record.recordId(), record.version());
        d.target = target;
        d.dataset = record.dataset();
        d.recordId = record.recordId();
        d.recordVersion = record.version();
        d.tombstone = record.tombstone();
        d.idempotencyKey = record.idempotencyKey();
        d.agencyCode = record.agencyCode();
        d.regionCode = record.regionCode();
        d.occurredAt = record.occurredAt() == null ? null : record.occurredAt().toInstant();
        d.sourceEventId = record.sourceEventId();
        d.body = body;
        d.queuedAt = now;
        d.pendingSince = now;
        if (violations.isEmpty()) {
            d.status = PushStatus.PENDING;
            d.nextAttemptAt = now;
        } else {
            d.status = PushStatus.VALIDATION_FAILED;
            d.failureCode = PushService.VALIDATION_FAILED;
            d.violations = violations.stream().map(PushViolation::toString).toList();
            d.audit("PUSH_VALIDATION_FAILED", Map.of("target", target.name(), "recordId", record.recordId(),
                    "version", record.version(), "violations", d.violations));
        }
        return d;
    }

    /** The province accepted the record. */
    void delivered(Instant now, int httpStatus, long millis) {
        log(new Attempt(now, httpStatus, "DELIVERED", millis, null));
        status = PushStatus.DELIVERED;
        deliveredAt = now;
        lastHttpStatus = httpStatus;
        lastError = null;
        failureCode = null;
        nextAttemptAt = null;
        release();
    }

    /** The province refused the record for good (a 4xx): dead letter until someone resends it. */
    void rejected(Instant now, int httpStatus, String error, long millis) {
        log(new Attempt(now, httpStatus, "REJECTED", millis, error));
        status = PushStatus.DEAD_LETTER;
        failureCode = PushService.REJECTED;
        lastHttpStatus = httpStatus;
        lastError = error;
        nextAttemptAt = null;
        release();
        audit("PUSH_REJECTED", Map.of("target", target.name(), "httpStatus", httpStatus));
    }

    /**
     * A failure worth retrying (5xx, 408/425/429, timeout, connection refused): back off, or exhaust when the
     * retry window is used up; returns true when it was exhausted now.
     */
    boolean failed(Instant now, Integer httpStatus, String error, long millis, RetryPolicy policy) {
        log(new Attempt(now, httpStatus, "FAILED", millis, error));
        if (firstFailureAt == null) {
            firstFailureAt = now;
        }
        roundFailures++;
        lastHttpStatus = httpStatus;
        lastError = error;
        release();
        var next = policy.next(roundFailures, pendingSince == null ? firstFailureAt : pendingSince, now);
        if (next.isEmpty()) {
            exhaust();
            return true;
        }
        nextAttemptAt = next.get();
        return false;
    }

    /**
     * Still PENDING at the end of the retry window without a failed attempt of its own (the circuit breaker kept it
     * back while the province was down): exhausted all the same; returns true when it was exhausted now.
     */
    boolean expire(Instant now, RetryPolicy policy) {
        if (status != PushStatus.PENDING || pendingSince == null
                || now.isBefore(pendingSince.plus(policy.retryWindow()))) {
            return false;
        }
        release();
        exhaust();
        return true;
    }

    private void exhaust() {
        status = PushStatus.EXHAUSTED;
        failureCode = PushService.RETRIES_EXHAUSTED;
        nextAttemptAt = null;
        audit("PUSH_RETRIES_EXHAUSTED", Map.of("target", target.name(), "attempts", attempts));
    }

    /**
     * A manual resend: back to PENDING, due at once, with a new retry window. Not while PENDING (it is on its way);
     * a VALIDATION_FAILED record is validated again by the service first.
     */
    void resend(Instant now, String by) {
        if (status == PushStatus.PENDING) {
            throw new InvalidTransitionException("Delivery", status.name(), "resend", List.of());
        }
        resends.add(new Resend(now, by, status));
        audit("PUSH_RESENT", Map.of("target", target.name(), "from", status.name(), "by", by));
        status = PushStatus.PENDING;
        failureCode = null;
        violations = new ArrayList<>();
        firstFailureAt = null;
        pendingSince = now;
        roundFailures = 0;
        nextAttemptAt = now;
        release();
    }

    /** Validation failed again on a resend. */
    void stillInvalid(List<PushViolation> found) {
        status = PushStatus.VALIDATION_FAILED;
        failureCode = PushService.VALIDATION_FAILED;
        violations = found.stream().map(PushViolation::toString).toList();
        nextAttemptAt = null;
    }

    private void log(Attempt attempt) {
        attempts++;
        lastAttemptAt = attempt.at();
        attemptLog.add(attempt);
        while (attemptLog.size() > ATTEMPTS_KEPT) {
            attemptLog.remove(0);
        }
    }

    private void release() {
        claimedUntil = null;
        claimedBy = null;
    }

    @Override
    public String aggregateId() {
        return id;
    }

    @Override
    public String aggregateType() {
        return "ProvincialDelivery";
    }

    public String getId() {
        return id;
    }

    public PushTarget getTarget() {
        return target;
    }

    public Dataset getDataset() {
        return dataset;
    }

    public String getRecordId() {
        return recordId;
    }

    public long getRecordVersion() {
        return recordVersion;
    }

    public boolean isTombstone() {
        return tombstone;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getSourceEventId() {
        return sourceEventId;
    }

    public String getBody() {
        return body;
    }

    public PushStatus getStatus() {
        return status;
    }

    public String getFailureCode() {
        return failureCode;
    }

    public List<String> getViolations() {
        return List.copyOf(violations == null ? List.of() : violations);
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getQueuedAt() {
        return queuedAt;
    }

    public Instant getPendingSince() {
        return pendingSince;
    }

    public Instant getFirstFailureAt() {
        return firstFailureAt;
    }

    public Instant getLastAttemptAt() {
        return lastAttemptAt;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getDeliveredAt() {
        return deliveredAt;
    }

    public Integer getLastHttpStatus() {
        return lastHttpStatus;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getClaimedUntil() {
        return claimedUntil;
    }

    public List<Attempt> getAttemptLog() {
        return List.copyOf(attemptLog == null ? List.of() : attemptLog);
    }

    public List<Resend> getResends() {
        return List.copyOf(resends == null ? List.of() : resends);
    }
}
