package cn.gov.lyg.enforcement.supervision.push;

import cn.gov.lyg.enforcement.platform.lifecycle.DaemonScheduler;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Sends due deliveries to the province, one pass every {@code supervision.push.dispatch-interval}.
 *
 * <p>Per target and pass: deliveries PENDING for longer than the retry window are exhausted; then the due ones are
 * taken oldest first, each claimed atomically (so two instances never send one delivery at once), an earlier
 * version of the same record always first. Each attempt goes through the target's Resilience4j circuit breaker
 * ({@code province-exchange}, {@code province-supervision}): 5xx, timeouts and connection failures count as errors,
 * slow answers as slow calls; while it is open, the target is not called and its deliveries wait (no attempt is
 * spent). The first answer after a failure streak makes every delivery of the target that is backing off due at
 * once, so the catch-up after an outage takes the time to send the backlog, not each delivery's last backoff.
 * Results: 2xx DELIVERED; 4xx DEAD_LETTER; otherwise backoff ({@link RetryPolicy}) until the retry window is used up,
 * then EXHAUSTED (metric {@code province.push.exhausted}, alert {@code ProvincePushRetriesExhausted}).
 */
public class PushDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PushDispatcher.class);

    private final DeliveryStore store;
    private final ProvinceClient client;
    private final CircuitBreakerRegistry breakers;
    private final PushProperties properties;
    private final Clock clock;
    private final PushMetrics metrics;
    private final String owner = UUID.randomUUID().toString();
    private final Map<PushTarget, Boolean> failing = new EnumMap<>(PushTarget.class);
    private final Map<PushTarget, Boolean> warnedUnconfigured = new EnumMap<>(PushTarget.class);
    private final DaemonScheduler scheduler = new DaemonScheduler("province-push", DaemonScheduler.OnStop.INTERRUPT);

    /** What one pass did. */
    public record Pass(int delivered, int rejected, int failed, int exhausted, int skipped) {
    }

    public PushDispatcher(DeliveryStore store, ProvinceClient client, CircuitBreakerRegistry breakers,
                          PushProperties properties, Clock clock, PushMetrics metrics) {
        this.store = store;
        this.client = client;
        this.breakers = breakers;
        this.properties = properties;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** One pass over every configured target. */
    public synchronized Pass dispatchOnce() {
        int[] counts = new int[5];
        for (PushTarget target : PushTarget.values()) {
            if (!client.configured(target)) {
                if (warnedUnconfigured.putIfAbsent(target, Boolean.TRUE) == null) {
                    log.warn("provincial push: no URL for {} (supervision.push.targets.{}.url); its deliveries wait",
                            target, target.key());
                }
                refresh(target);
                continue;
            }
            dispatch(target, counts);
            refresh(target);
        }
        return new Pass(counts[0], counts[1], counts[2], counts[3], counts[4]);
    }

    private void dispatch(PushTarget target, int[] counts) {
        RetryPolicy policy = properties.retryPolicy();
        Instant now = clock.instant();
        CircuitBreaker breaker = breakers.circuitBreaker(target.circuitBreaker());
        List<String> due = store.due(target, now, properties.getBatchSize());
        for (String id : due) {
            Instant at = clock.instant();
            Optional<Delivery> peek = store.findById(id);
            if (peek.isEmpty() || store.earlierPending(target, peek.get().getRecordId(),
                    peek.get().getRecordVersion())) {
                counts[4]++;
                continue;
            }
            if (!breaker.tryAcquirePermission()) {
                counts[4] += 1;
                break;
            }
            Optional<Delivery> claimed = store.claim(id, at, at.plus(properties.getClaimLease()), owner);
            if (claimed.isEmpty()) {
                breaker.releasePermission();
                counts[4]++;
                continue;
            }
            Delivery delivery = claimed.get();
            ProvinceClient.Result result = client.send(target, delivery.getIdempotencyKey(), delivery.getBody());
            if (result.provinceUnhealthy()) {
                breaker.onError(result.millis(), TimeUnit.MILLISECONDS, new ProvinceUnavailable(result.error()));
            } else {
                breaker.onSuccess(result.millis(), TimeUnit.MILLISECONDS);
            }
            metrics.attempt(target, result.kind());
            Instant done = clock.instant();
            boolean[] exhaustedNow = {false};
            store.update(id, d -> {
                if (d.getStatus() != PushStatus.PENDING) {
                    return;
                }
                switch (result.kind()) {
                    case DELIVERED -> d.delivered(done, result.httpStatus(), result.millis());
                    case REJECTED -> d.rejected(done, result.httpStatus(), result.error(), result.millis());
                    case FAILED -> exhaustedNow[0] = d.failed(done, result.httpStatus(), result.error(),
                            result.millis(), policy);
                }
            });
            switch (result.kind()) {
                case DELIVERED -> counts[0]++;
                case REJECTED -> counts[1]++;
                case FAILED -> counts[2]++;
            }
            if (exhaustedNow[0]) {
                counts[3]++;
                metrics.exhausted(target, delivery.getDataset());
                log.error("provincial push: retries for {} to {} exhausted: {}", id, target, result.error());
            }
            if (result.provinceUnhealthy()) {
                failing.put(target, Boolean.TRUE);
            } else if (Boolean.TRUE.equals(failing.put(target, Boolean.FALSE))) {
                long released = store.releaseBackoff(target, done);
                log.info("provincial push: {} answers again; {} waiting deliveries are due now", target, released);
            }
        }
        // after the attempts: what is still PENDING at the end of its window (kept back by the breaker) runs out
        for (String id : store.overdue(target, clock.instant().minus(policy.retryWindow()),
                properties.getBatchSize())) {
            Optional<Delivery> expired = store.update(id, d -> d.expire(clock.instant(), policy))
                    .filter(d -> d.getStatus() == PushStatus.EXHAUSTED);
            expired.ifPresent(d -> {
                counts[3]++;
                metrics.exhausted(target, d.getDataset());
                log.error("provincial push: {} not delivered to {} within {}: exhausted", d.getId(), target,
                        policy.retryWindow());
            });
        }
    }

    private void refresh(PushTarget target) {
        Instant now = clock.instant();
        long oldest = store.oldestPending(target).map(t -> Math.max(0, Duration.between(t, now).toSeconds()))
                .orElse(0L);
        metrics.refresh(target, store.count(target, PushStatus.PENDING), store.count(target, PushStatus.EXHAUSTED),
                store.count(target, PushStatus.DEAD_LETTER), oldest);
    }

    /** What the circuit breaker records for an unhealthy answer. */
    static final class ProvinceUnavailable extends RuntimeException {
        ProvinceUnavailable(String message) {
            super(message, null, false, false);
        }
    }

    @Override
    public void start() {
        Duration interval = properties.getDispatchInterval();
        if (interval == null || interval.isZero() || interval.isNegative()) {
            return;
        }
        scheduler.start();
        scheduler.scheduleWithFixedDelay(interval, interval, this::dispatchOnce,
                e -> log.warn("provincial push pass failed, next pass in {}: {}", interval, e.toString()));
    }

    @Override
    public void stop() {
        scheduler.stop();
    }

    @Override
    public boolean isRunning() {
        return scheduler.isRunning();
    }
}
