package cn.gov.lyg.enforcement.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.lyg.enforcement.events.supervision.AccountabilityOutcomeDecided;
import cn.gov.lyg.enforcement.platform.mongo.AggregateDocument;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import tools.jackson.databind.json.JsonMapper;

/** New events of a document wait behind its parked event, so that they are not delivered out of order. */
class OutboxWriterTest {

    private static final Instant NOW = Instant.parse("2025-03-01T08:00:00Z");

    static final class Thing extends AggregateDocument {
        @Override
        public String aggregateId() {
            return "t1";
        }

        @Override
        public String aggregateType() {
            return "Thing";
        }

        void happen() {
            raise(new AccountabilityOutcomeDecided(UUID.randomUUID().toString(), OffsetDateTime.now(ZoneOffset.UTC),
                    "t1", 1, "320706", "11320706300200020C", "o1", null, "NO_CERTIFICATE_MEASURE", null, "ref",
                    "reason", "tester"));
        }
    }

    private final OutboxWriter writer = new OutboxWriter(JsonMapper.builder().build(), Clock.fixed(NOW, ZoneOffset.UTC),
            "/enforcement/test", new StaticListableBeanFactory().getBeanProvider(OutboxRelay.class));

    @Test
    void anEventRaisedBehindAParkedOneIsParkedToo() {
        Thing thing = new Thing();
        OutboxMessage poison = new OutboxMessage("p1", OutboxMessage.EVENT, "t.v1", "things.v1", "t1", "t1", "/x",
                NOW.minusSeconds(600), null, "{}", 8, "RecordTooLargeException: too large", null, NOW.minusSeconds(60));
        thing.appendToOutbox(List.of(poison));
        thing.happen();
        writer.onBeforeConvert(thing, "things");
        List<OutboxMessage> outbox = thing.getOutbox();
        assertThat(outbox).hasSize(2);
        assertThat(outbox.get(1).parked()).isTrue();
        assertThat(outbox.get(1).lastError()).contains("p1");
        assertThat(outbox.get(1).attempts()).isZero();
    }

    @Test
    void withoutAParkedEventNewEventsAreDue() {
        Thing thing = new Thing();
        thing.happen();
        writer.onBeforeConvert(thing, "things");
        assertThat(thing.getOutbox()).singleElement().satisfies(m -> {
            assertThat(m.parked()).isFalse();
            assertThat(m.attempts()).isZero();
            assertThat(m.nextAttemptAt()).isNull();
        });
    }
}
