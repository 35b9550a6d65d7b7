package cn.gov.lyg.enforcement.platform.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The consumed-event ids an aggregate remembers with its effects. */
class AggregateDocumentTest {

    static final class Thing extends AggregateDocument {
        @Override
        public String aggregateId() {
            return "t1";
        }

        @Override
        public String aggregateType() {
            return "Thing";
        }
    }

    @Test
    void anEventIsMarkedOnceAndTheListIsBounded() {
        Thing thing = new Thing();
        assertThat(thing.markProcessed("e0")).isTrue();
        assertThat(thing.markProcessed("e0")).isFalse();
        assertThat(thing.hasProcessed("e0")).isTrue();
        for (int i = 1; i <= AggregateDocument.PROCESSED_EVENTS_KEPT; i++) {
            assertThat(thing.markProcessed("e" + i)).isTrue();
        }
        assertThat(thing.processedEventIds()).hasSize(AggregateDocument.PROCESSED_EVENTS_KEPT)
                .startsWith("e1").endsWith("e" + AggregateDocument.PROCESSED_EVENTS_KEPT);
        assertThat(thing.hasProcessed("e0")).isFalse();
    }
}
