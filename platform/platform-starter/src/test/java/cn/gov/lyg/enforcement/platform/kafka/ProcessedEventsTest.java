package cn.gov.lyg.enforcement.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Marks are written after the effect (a crash cannot acknowledge an unapplied event), sources are checked. */
class ProcessedEventsTest {

    private MongoServer server;
    private MongoClient client;
    private MongoTemplate mongo;
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private ProcessedEvents processed;
    private final List<String> applied = new ArrayList<>();

    /** What a process dying inside the handler looks like to the code after it: nothing else runs. */
    static final class Crash extends Error {
    }

    @BeforeEach
    void setUp() {
        server = new MongoServer(H2Backend.inMemory());
        server.bind("127.0.0.1", 0);
        client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
        mongo = new MongoTemplate(client, "processed-test");
        processed = new ProcessedEvents(mongo, Clock.systemUTC(), new EventSourcePolicy(
                Map.of("cn.gov.lyg.enforcement.catalog.special.v1", List.of("/enforcement/catalog", "/enforcement/x")),
                meters));
    }

    @AfterEach
    void tearDown() {
        client.close();
        server.shutdownNow();
    }

    private static IncomingEvent event(String id, String topic, String type, String source) {
        return new IncomingEvent(id, type, source, "s", null, null, "k", topic, "{}".getBytes());
    }

    @Test
    void aCrashInsideTheHandlerLeavesNoMarkSoTheRedeliveryAppliesTheEvent() {
        IncomingEvent event = event("e1", "supervision.accountability.v1", "t.v1", "/enforcement/supervision");
        assertThatThrownBy(() -> processed.handleOnce("c", event, e -> {
            throw new Crash();
        })).isInstanceOf(Crash.class);
        assertThat(processed.isProcessed("c", "e1")).isFalse();

        assertThat(processed.handleOnce("c", event, e -> applied.add(e.id()))).isTrue();
        assertThat(processed.isProcessed("c", "e1")).isTrue();
        assertThat(processed.handleOnce("c", event, e -> applied.add(e.id()))).isFalse();
        assertThat(applied).containsExactly("e1");
    }

    @Test
    void aTopicIsTrustedOnlyFromItsOwnerUnlessConfiguredOtherwise() {
        IncomingEvent forged = event("e2", "supervision.accountability.v1", "t.v1", "/enforcement/catalog");
        assertThatThrownBy(() -> processed.handleOnce("c", forged, e -> applied.add(e.id())))
                .isInstanceOf(UntrustedEventSourceException.class).isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("/enforcement/catalog").hasMessageContaining("/enforcement/supervision");
        IncomingEvent missing = event("e3", "supervision.accountability.v1", "t.v1", null);
        assertThatThrownBy(() -> processed.handleOnce("c", missing, e -> applied.add(e.id())))
                .isInstanceOf(UntrustedEventSourceException.class);
        assertThat(applied).isEmpty();
        assertThat(processed.isProcessed("c", "e2")).isFalse();
        assertThat(meters.get("events.rejected.source").tag("topic", "supervision.accountability.v1")
                .tag("source", "/enforcement/catalog").counter().count()).isEqualTo(1.0);

        // a configured type replaces the owner rule
        assertThat(processed.handleOnce("c", event("e4", "catalog.items.v1", "cn.gov.lyg.enforcement.catalog.special.v1",
                "/enforcement/x"), e -> applied.add(e.id()))).isTrue();
        assertThat(processed.handleOnce("c", event("e5", "personnel.agencies.v1.DLT", "t.v1", "/enforcement/personnel"),
                e -> applied.add(e.id()))).as("a DLT replay keeps the owner of the original topic").isTrue();
        assertThat(applied).containsExactly("e4", "e5");
    }
}
