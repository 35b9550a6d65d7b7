package cn.gov.lyg.enforcement.platform.readmodel;

import java.time.Duration;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * How a {@link MongoMirrorSync} runs, bound from {@code <prefix>.enabled} (default true),
 * {@code <prefix>.refresh-interval} (2 s), {@code <prefix>.rebuild-interval} (30 min) and
 * {@code <prefix>.refresh-overlap} (5 s). The rebuild only catches what the refresh cannot see (deletes, writes that
 * bypass auditing), so it is rare: a full read of a large collection is not free.
 */
public record MirrorSettings(boolean enabled, Duration refreshInterval, Duration rebuildInterval, Duration overlap) {

    public static final MirrorSettings DEFAULTS =
            new MirrorSettings(true, Duration.ofSeconds(2), Duration.ofMinutes(30), Duration.ofSeconds(5));

    public MirrorSettings {
        if (refreshInterval.isNegative() || refreshInterval.isZero() || rebuildInterval.isNegative()
                || rebuildInterval.isZero() || overlap.isNegative()) {
            throw new IllegalArgumentException("read model intervals must be positive: " + refreshInterval + ", "
                    + rebuildInterval + ", overlap " + overlap);
        }
    }

    public static MirrorSettings bind(Environment environment, String prefix) {
        Binder binder = Binder.get(environment);
        return new MirrorSettings(
                binder.bind(prefix + ".enabled", Boolean.class).orElse(DEFAULTS.enabled()),
                binder.bind(prefix + ".refresh-interval", Duration.class).orElse(DEFAULTS.refreshInterval()),
                binder.bind(prefix + ".rebuild-interval", Duration.class).orElse(DEFAULTS.rebuildInterval()),
                binder.bind(prefix + ".refresh-overlap", Duration.class).orElse(DEFAULTS.overlap()));
    }
}
