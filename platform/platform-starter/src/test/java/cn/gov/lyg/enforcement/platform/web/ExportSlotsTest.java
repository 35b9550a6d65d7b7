package cn.gov.lyg.enforcement.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.lyg.enforcement.platform.problem.ApiException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ExportSlotsTest {

    /** A clock the test moves. */
    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2025-03-01T02:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void oneExportPerUserAtATime() {
        ExportSlots slots = new ExportSlots(new MovableClock());
        ExportSlots.Slot first = slots.acquire("alice");
        assertThatThrownBy(() -> slots.acquire("alice")).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status().value()).isEqualTo(429);
            assertThat(e.code()).isEqualTo("EXPORT_IN_PROGRESS");
        });
        // other users are not held up
        slots.acquire("bob").close();
        first.close();
        assertThat(slots.busy("alice")).isFalse();
        slots.acquire("alice").close();
    }

    @Test
    void aSlotNeverGivenBackExpiresAfterItsLease() {
        MovableClock clock = new MovableClock();
        ExportSlots slots = new ExportSlots(clock, Duration.ofMinutes(10));
        ExportSlots.Slot stale = slots.acquire("alice");
        clock.now = clock.now.plus(Duration.ofMinutes(10));
        ExportSlots.Slot fresh = slots.acquire("alice");
        // closing the stale slot late must not free the fresh one
        stale.close();
        assertThat(slots.busy("alice")).isTrue();
        fresh.close();
        assertThat(slots.busy("alice")).isFalse();
    }
}
