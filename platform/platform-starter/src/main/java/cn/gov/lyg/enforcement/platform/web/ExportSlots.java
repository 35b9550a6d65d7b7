package cn.gov.lyg.enforcement.platform.web;

import cn.gov.lyg.enforcement.platform.problem.ApiException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.http.HttpStatus;

/**
 * One export at a time per user (per service instance): an export holds a slot from the moment it is accepted until
 * its last byte is written; a second export of the same user meanwhile answers 429 {@code EXPORT_IN_PROGRESS} with a
 * {@code Retry-After}. A slot whose export never finished (a client that stopped reading, a crashed writer) is given
 * back after {@link #DEFAULT_LEASE}, so a user is never locked out for good.
 */
public class ExportSlots {

    public static final Duration DEFAULT_LEASE = Duration.ofMinutes(10);
    static final long RETRY_AFTER_SECONDS = 10;

    private final ConcurrentMap<String, Instant> held = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration lease;

    public ExportSlots(Clock clock) {
        this(clock, DEFAULT_LEASE);
    }

    public ExportSlots(Clock clock, Duration lease) {
        this.clock = clock;
        this.lease = lease;
    }

    /** Takes {@code user}'s slot, or throws 429 {@code EXPORT_IN_PROGRESS}; close the slot when the export ends. */
    public Slot acquire(String user) {
        Instant now = clock.instant();
        Instant[] taken = {null};
        held.compute(user, (key, since) -> {
            if (since != null && since.plus(lease).isAfter(now)) {
                taken[0] = since;
                return since;
            }
            return now;
        });
        if (taken[0] != null) {
            throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, "EXPORT_IN_PROGRESS", RETRY_AFTER_SECONDS)
                    .with("retryAfterSeconds", RETRY_AFTER_SECONDS);
        }
        return new Slot(user, now);
    }

    /** Whether {@code user} holds a slot now. */
    public boolean busy(String user) {
        Instant since = held.get(user);
        return since != null && since.plus(lease).isAfter(clock.instant());
    }

    /** A held slot; {@link #close()} gives it back (once; later closes do nothing). */
    public final class Slot implements AutoCloseable {

        private final String user;
        private final Instant since;

        private Slot(String user, Instant since) {
            this.user = user;
            this.since = since;
        }

        @Override
        public void close() {
            held.remove(user, since);
        }
    }
}
