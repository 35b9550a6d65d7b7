package cn.gov.lyg.enforcement.supervision.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.lyg.enforcement.platform.problem.InvalidTransitionException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The delivery's life: queued, backing off, delivered, dead letter, exhausted, resent. */
class DeliveryTest {

    static final Instant T0 = Instant.parse("2025-03-03T02:00:00Z");
    private final RetryPolicy policy = RetryPolicy.defaults();

    private static Delivery pending() {
        return Delivery.queue(PushTarget.SUPERVISION, PushRulesTest.decision(Map.of()), "{}", List.of(), T0);
    }

    @Test
    void aValidRecordIsPendingAndDueAtOnceUnderItsIdempotencyKey() {
        Delivery d = pending();
        assertThat(d.getStatus()).isEqualTo(PushStatus.PENDING);
        assertThat(d.getNextAttemptAt()).isEqualTo(T0);
        assertThat(d.getIdempotencyKey()).isEqualTo(d.getRecordId() + ":3");
        assertThat(d.getId()).isEqualTo("supervision:" + d.getRecordId() + ":3");
    }

    @Test
    void anInvalidRecordIsKeptWithItsReasonsAndNeverDue() {
        Delivery d = Delivery.queue(PushTarget.EXCHANGE, PushRulesTest.decision(Map.of()), "{}",
                List.of(new PushViolation("agencyCode", "USCC_CHECKSUM")), T0);
        assertThat(d.getStatus()).isEqualTo(PushStatus.VALIDATION_FAILED);
        assertThat(d.getFailureCode()).isEqualTo("PUSH_VALIDATION_FAILED");
        assertThat(d.getViolations()).containsExactly("agencyCode: USCC_CHECKSUM");
        assertThat(d.getNextAttemptAt()).isNull();
    }

    @Test
    void failuresBackOffAndASuccessEndsTheRound() {
        Delivery d = pending();
        assertThat(d.failed(T0, 503, "HTTP 503", 12, policy)).isFalse();
        assertThat(d.getNextAttemptAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(d.failed(T0.plusSeconds(60), null, "timeout", 800, policy)).isFalse();
        assertThat(d.getNextAttemptAt()).isEqualTo(T0.plusSeconds(180));
        d.delivered(T0.plusSeconds(180), 200, 20);
        assertThat(d.getStatus()).isEqualTo(PushStatus.DELIVERED);
        assertThat(d.getAttempts()).isEqualTo(3);
        assertThat(d.getAttemptLog()).extracting(Delivery.Attempt::outcome)
                .containsExactly("FAILED", "FAILED", "DELIVERED");
    }

    @Test
    void aRefusalIsADeadLetterUntilResent() {
        Delivery d = pending();
        d.rejected(T0, 422, "HTTP 422: bad field", 10);
        assertThat(d.getStatus()).isEqualTo(PushStatus.DEAD_LETTER);
        assertThat(d.getFailureCode()).isEqualTo("PUSH_REJECTED");
        d.resend(T0.plusSeconds(3600), "city-supervisor");
        assertThat(d.getStatus()).isEqualTo(PushStatus.PENDING);
        assertThat(d.getNextAttemptAt()).isEqualTo(T0.plusSeconds(3600));
        assertThat(d.getResends()).singleElement().satisfies(r -> {
            assertThat(r.by()).isEqualTo("city-supervisor");
            assertThat(r.from()).isEqualTo(PushStatus.DEAD_LETTER);
        });
        assertThatThrownBy(() -> d.resend(T0, "x")).isInstanceOf(InvalidTransitionException.class);
    }

    @Test
    void retriesRunOutAfterTheWindowAndAResendStartsANewOne() {
        Delivery d = pending();
        Instant now = T0;
        boolean exhausted = false;
        int attempts = 0;
        while (!exhausted) {
            exhausted = d.failed(now, 503, "HTTP 503", 5, policy);
            attempts++;
            if (!exhausted) {
                now = d.getNextAttemptAt();
            }
        }
        assertThat(attempts).isEqualTo(14);
        assertThat(now).isEqualTo(T0.plus(Duration.ofHours(24)));
        assertThat(d.getStatus()).isEqualTo(PushStatus.EXHAUSTED);
        assertThat(d.getFailureCode()).isEqualTo("PUSH_RETRIES_EXHAUSTED");
        d.resend(now.plusSeconds(60), "city-supervisor");
        assertThat(d.failed(now.plusSeconds(60), 503, "HTTP 503", 5, policy)).isFalse();
        assertThat(d.getNextAttemptAt()).isEqualTo(now.plusSeconds(120));
    }

    @Test
    void aDeliveryKeptBackByTheBreakerExpiresAtTheEndOfTheWindow() {
        Delivery d = pending();
        assertThat(d.expire(T0.plus(Duration.ofHours(23)), policy)).isFalse();
        assertThat(d.expire(T0.plus(Duration.ofHours(24)), policy)).isTrue();
        assertThat(d.getStatus()).isEqualTo(PushStatus.EXHAUSTED);
    }
}
