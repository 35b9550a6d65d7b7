package cn.gov.lyg.enforcement.supervision.push;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Exponential backoff for the provincial push (DOMAIN.md §2.6: 1 min → 2 → 4 … up to 24 h, then alert): the n-th
 * failed attempt waits {@code initial × 2^(n-1)}, at most {@code maxBackoff}; once the next attempt would fall more
 * than {@code retryWindow} after the first failure, it is made exactly at the end of the window, and a failure at
 * or after the end exhausts the delivery. Defaults: 1 min, 4 h, 24 h (the delays 1, 2, 4 … 128 min, then every 4 h,
 * a last attempt 24 h after the first failure: 14 attempts in all).
 */
public record RetryPolicy(Duration initialBackoff, Duration maxBackoff, Duration retryWindow) {

    public static RetryPolicy defaults() {
        return new RetryPolicy(Duration.ofMinutes(1), Duration.ofHours(4), Duration.ofHours(24));
    }

    /** The delay after the {@code failures}-th failed attempt (1 = the first). */
    public Duration backoff(int failures) {
        int n = Math.max(1, failures);
        long millis = initialBackoff.toMillis();
        for (int i = 1; i < n && millis < maxBackoff.toMillis(); i++) {
            millis *= 2;
        }
        return Duration.ofMillis(Math.min(millis, maxBackoff.toMillis()));
    }

    /**
     * When to try again after the {@code failures}-th failure at {@code now}, the first failure having been at
     * {@code firstFailure}; empty when the retry window is used up (exhausted).
     */
    public Optional<Instant> next(int failures, Instant firstFailure, Instant now) {
        Instant deadline = firstFailure.plus(retryWindow);
        if (!now.isBefore(deadline)) {
            return Optional.empty();
        }
        Instant next = now.plus(backoff(failures));
        return Optional.of(next.isAfter(deadline) ? deadline : next);
    }
}
