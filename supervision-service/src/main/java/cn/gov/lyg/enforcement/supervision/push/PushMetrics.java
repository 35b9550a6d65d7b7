package cn.gov.lyg.enforcement.supervision.push;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The push's metrics (docs/runbooks.md, alert {@code ProvincePushRetriesExhausted}):
 * <ul>
 *   <li>{@code province.push.attempts} (tags {@code target}, {@code outcome} DELIVERED|REJECTED|FAILED);</li>
 *   <li>{@code province.push.exhausted} (tags {@code target}, {@code dataset}): deliveries whose retries ran out;</li>
 *   <li>{@code province.push.validation.failed} (tags {@code target}, {@code dataset});</li>
 *   <li>gauges per {@code target}, refreshed by every dispatcher pass: {@code province.push.backlog} (PENDING),
 *       {@code province.push.exhausted.records} (EXHAUSTED, waiting for a resend),
 *       {@code province.push.dead.letters} (DEAD_LETTER), {@code province.push.oldest.pending.seconds}.</li>
 * </ul>
 */
public class PushMetrics {

    private final MeterRegistry registry;
    private final Map<PushTarget, AtomicLong> backlog = new EnumMap<>(PushTarget.class);
    private final Map<PushTarget, AtomicLong> exhausted = new EnumMap<>(PushTarget.class);
    private final Map<PushTarget, AtomicLong> deadLetters = new EnumMap<>(PushTarget.class);
    private final Map<PushTarget, AtomicLong> oldest = new EnumMap<>(PushTarget.class);

    public PushMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (PushTarget target : PushTarget.values()) {
            backlog.put(target, gauge("province.push.backlog", target, "deliveries waiting to be sent"));
            exhausted.put(target, gauge("province.push.exhausted.records", target,
                    "deliveries whose retries ran out, waiting for a manual resend"));
            deadLetters.put(target, gauge("province.push.dead.letters", target,
                    "deliveries the province refused (4xx), waiting for a manual resend"));
            oldest.put(target, gauge("province.push.oldest.pending.seconds", target,
                    "age of the oldest delivery waiting to be sent"));
        }
    }

    private AtomicLong gauge(String name, PushTarget target, String description) {
        AtomicLong value = new AtomicLong();
        Gauge.builder(name, value, AtomicLong::get).tag("target", target.key()).description(description)
                .register(registry);
        return value;
    }

    void attempt(PushTarget target, ProvinceClient.Result.Kind outcome) {
        Counter.builder("province.push.attempts").tag("target", target.key()).tag("outcome", outcome.name())
                .description("attempts to send a record to the province").register(registry).increment();
    }

    void exhausted(PushTarget target, Dataset dataset) {
        Counter.builder("province.push.exhausted").tag("target", target.key()).tag("dataset", dataset.name())
                .description("deliveries whose retries ran out (alert ProvincePushRetriesExhausted)")
                .register(registry).increment();
    }

    void validationFailed(PushTarget target, Dataset dataset) {
        Counter.builder("province.push.validation.failed").tag("target", target.key()).tag("dataset", dataset.name())
                .description("records kept locally as PUSH_VALIDATION_FAILED").register(registry).increment();
    }

    void refresh(PushTarget target, long pending, long exhaustedRecords, long deadLetterRecords, long oldestSeconds) {
        backlog.get(target).set(pending);
        exhausted.get(target).set(exhaustedRecords);
        deadLetters.get(target).set(deadLetterRecords);
        oldest.get(target).set(oldestSeconds);
    }
}
