package cn.gov.lyg.enforcement.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.gov.lyg.enforcement.platform.audit.AuditEntry;
import cn.gov.lyg.enforcement.platform.config.PlatformProperties;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TimeoutException;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

/** The relay removes a message only after delivery, keeps order, survives a broker outage, and leases sweeps. */
class OutboxRelayTest {

    private MongoServer server;
    private MongoClient client;
    private MongoTemplate mongo;
    @SuppressWarnings("unchecked")
    private final KafkaTemplate<String, byte[]> kafka = mock(KafkaTemplate.class);
    private final List<ProducerRecord<String, byte[]>> sent = new ArrayList<>();
    private boolean brokerUp;
    private OutboxRelay relay;

    @BeforeEach
    void setUp() {
        server = new MongoServer(H2Backend.inMemory());
        server.bind("127.0.0.1", 0);
        client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
        mongo = new MongoTemplate(client, "outbox-test");
        when(kafka.send(any(ProducerRecord.class))).thenAnswer(invocation -> {
            if (!brokerUp) {
                return CompletableFuture.failedFuture(new TimeoutException("broker down"));
            }
            ProducerRecord<String, byte[]> record = invocation.getArgument(0);
            sent.add(record);
            return CompletableFuture.completedFuture(mock(SendResult.class));
        });
        relay = new OutboxRelay(mongo, kafka, new PlatformProperties().getOutbox(), Clock.systemUTC(),
                List.of("things"), new SimpleMeterRegistry());
    }

    @AfterEach
    void tearDown() {
        client.close();
        server.shutdownNow();
    }

    private static Document message(String id, String kind, String payload) {
        return new Document("messageId", id).append("kind", kind).append("type", "test.thing.happened.v1")
                .append("topic", kind.equals(OutboxMessage.EVENT) ? "things.v1" : AuditEntry.COLLECTION)
                .append("key", "t1").append("subject", "t1").append("source", "/test")
                .append("time", Date.from(Instant.parse("2025-03-01T00:00:00Z"))).append("payload", payload);
    }

    private void insertThing() {
        String audit = "{\"id\":\"audit-1\",\"aggregateType\":\"Thing\",\"aggregateId\":\"t1\",\"action\":\"DONE\","
                + "\"actor\":\"tester\",\"at\":\"2025-03-01T00:00:00Z\",\"details\":{}}";
        mongo.getCollection("things").insertOne(new Document("_id", "t1").append("outbox", List.of(
                message("e1", OutboxMessage.EVENT, "{\"n\":1}"), message("audit-1", OutboxMessage.AUDIT, audit),
                message("e2", OutboxMessage.EVENT, "{\"n\":2}"))));
    }

    private List<?> outbox() {
        return mongo.findById("t1", Document.class, "things").getList("outbox", Object.class);
    }

    @Test
    void nothingIsRemovedWhileTheBrokerIsDownAndEverythingIsDeliveredInOrderAfterwards() {
        insertThing();
        brokerUp = false;
        assertThat(relay.relayDocument("things", "t1")).isZero();
        assertThat(outbox()).hasSize(3);
        assertThat(sent).isEmpty();

        brokerUp = true;
        assertThat(relay.sweep()).isEqualTo(3);
        assertThat(outbox()).isEmpty();
        assertThat(sent).extracting(r -> new String(r.value())).containsExactly("{\"n\":1}", "{\"n\":2}");
        assertThat(sent.get(0).headers().lastHeader("ce_id").value()).isEqualTo("e1".getBytes());
        assertThat(mongo.findById("audit-1", Document.class, AuditEntry.COLLECTION)).isNotNull()
                .satisfies(d -> assertThat(d.get("at")).isInstanceOf(Date.class));
    }

    @Test
    void theBacklogGaugeCountsEveryWaitingDocumentNotOnlyTheSweepsBatch() {
        var settings = new PlatformProperties().getOutbox();
        settings.setBatchSize(1);
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        OutboxRelay small = new OutboxRelay(mongo, kafka, settings, Clock.systemUTC(), List.of("things"), meters);
        for (int i = 1; i <= 3; i++) {
            mongo.getCollection("things").insertOne(new Document("_id", "t" + i).append("outbox",
                    List.of(message("m" + i, OutboxMessage.EVENT, "{}"))));
        }
        brokerUp = false;
        small.sweep();
        assertThat(meters.get("outbox.backlog").gauge().value()).isEqualTo(3.0);
        assertThat(meters.get("outbox.oldest.age").gauge().value()).isPositive();
        brokerUp = true;
        small.sweep();
        assertThat(meters.get("outbox.backlog").gauge().value()).isEqualTo(2.0);
        small.sweep();
        small.sweep();
        assertThat(meters.get("outbox.backlog").gauge().value()).isZero();
        assertThat(meters.get("outbox.oldest.age").gauge().value()).isZero();
    }

    @Test
    void anAuditLineAlreadyWrittenIsNotDuplicatedOnRetry() {
        insertThing();
        brokerUp = true;
        mongo.getCollection(AuditEntry.COLLECTION).insertOne(new Document("_id", "audit-1").append("action", "DONE"));
        assertThat(relay.relayDocument("things", "t1")).isEqualTo(3);
        assertThat(mongo.getCollection(AuditEntry.COLLECTION).countDocuments()).isEqualTo(1);
    }

    @Test
    void onlyOneInstanceHoldsTheSweepLeaseOfACollection() {
        OutboxRelay other = new OutboxRelay(mongo, kafka, new PlatformProperties().getOutbox(), Clock.systemUTC(),
                List.of("things"), new SimpleMeterRegistry());
        assertThat(relay.acquireLease("things")).isTrue();
        assertThat(relay.acquireLease("things")).isTrue();
        assertThat(other.acquireLease("things")).isFalse();
        insertThing();
        brokerUp = true;
        assertThat(other.sweep()).isZero();
        assertThat(outbox()).hasSize(3);
    }

    @Test
    void aMessageCarriedAgainByAStaleCopyIsNotSentTwice() {
        insertThing();
        brokerUp = true;
        assertThat(relay.relayDocument("things", "t1")).isEqualTo(3);
        // a save from a copy read before the removal puts the delivered messages back
        mongo.getCollection("things").updateOne(new Document("_id", "t1"), new Document("$set",
                new Document("outbox", List.of(message("e1", OutboxMessage.EVENT, "{\"n\":1}"),
                        message("e3", OutboxMessage.EVENT, "{\"n\":3}")))));
        assertThat(relay.relayDocument("things", "t1")).isEqualTo(2);
        assertThat(outbox()).isEmpty();
        assertThat(sent).extracting(r -> new String(r.value())).containsExactly("{\"n\":1}", "{\"n\":2}", "{\"n\":3}");
    }
}
