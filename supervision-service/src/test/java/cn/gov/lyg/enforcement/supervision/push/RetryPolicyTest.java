package cn.gov.lyg.enforcement.supervision.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** 1 min → 2 → 4 … capped, a last attempt at the end of the 24 h window, then exhausted. */
class RetryPolicyTest {

    private final RetryPolicy policy = RetryPolicy.defaults();

    @Test
    void theBackoffDoublesUpToItsCap() {
        assertThat(policy.backoff(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(policy.backoff(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(policy.backoff(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(policy.backoff(8)).isEqualTo(Duration.ofMinutes(128));
        assertThat(policy.backoff(9)).isEqualTo(Duration.ofHours(4));
        assertThat(policy.backoff(40)).isEqualTo(Duration.ofHours(4));
    }

    @Test
    void aDeliveryThatNeverSucceedsIsTriedFourteenTimesWithinTwentyFourHours() {
        Instant start = Instant.parse("2025-03-03T02:00:00Z");
        Instant now = start;
        List<Instant> attempts = new ArrayList<>();
        attempts.add(now);
        for (int failures = 1; ; failures++) {
            Optional<Instant> next = policy.next(failures, start, now);
            if (next.isEmpty()) {
                break;
            }
            now = next.get();
            attempts.add(now);
        }
        assertThat(attempts).hasSize(14);
        assertThat(attempts.get(1)).isEqualTo(start.plusSeconds(60));
        assertThat(attempts.get(2)).isEqualTo(start.plusSeconds(180));
        assertThat(attempts.get(attempts.size() - 1)).isEqualTo(start.plus(Duration.ofHours(24)));
    }

    @Test
    void aFailureAtOrAfterTheEndOfTheWindowExhausts() {
        Instant start = Instant.parse("2025-03-03T02:00:00Z");
        assertThat(policy.next(3, start, start.plus(Duration.ofHours(24)))).isEmpty();
        assertThat(policy.next(12, start, start.plus(Duration.ofHours(23)))).contains(start.plus(Duration.ofHours(24)));
        assertThat(policy.next(3, start, start.plus(Duration.ofHours(23)))).contains(start.plus(Duration.ofHours(23)).plusSeconds(240));
    }
}
