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
    private final List<ProducerRecord<String, byte[]>> sent = java.util.Collections.synchronizedList(new ArrayList<>());
    private boolean brokerUp;
    private OutboxRelay relay;
    private int sendCalls;
    /** Payloads the broker refuses (a poison message: record too large). */
    private final java.util.Set<String> refused = new java.util.HashSet<>();
    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-02T00:00:00Z"));
    private Runnable onSend = () -> { };
    /** Sees the payload of every send before the broker answers (may block, as a slow broker would). */
    private java.util.function.Consumer<String> onPayload = payload -> { };

    @BeforeEach
    void setUp() {
        server = new MongoServer(H2Backend.inMemory());
        server.bind("127.0.0.1", 0);
        client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
        mongo = new MongoTemplate(client, "outbox-test");
        when(kafka.send(any(ProducerRecord.class))).thenAnswer(invocation -> {
            sendCalls++;
            onSend.run();
            ProducerRecord<String, byte[]> attempted = invocation.getArgument(0);
            onPayload.accept(new String(attempted.value()));
            if (refused.contains(new String(attempted.value()))) {
                return CompletableFuture.failedFuture(new org.apache.kafka.common.errors.RecordTooLargeException("too large"));
            }
            if (!brokerUp) {
                return CompletableFuture.failedFuture(new TimeoutException("broker down"));
            }
            ProducerRecord<String, byte[]> record = invocation.getArgument(0);
            sent.add(record);
            return CompletableFuture.completedFuture(mock(SendResult.class));
        });
        relay = new OutboxRelay(mongo, kafka, new PlatformProperties().getOutbox(), clock,
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
        assertThat(relay.relayDocument("things", "t1")).as("only the audit line").isEqualTo(1);
        assertThat(outbox()).hasSize(2);
        assertThat(sent).isEmpty();

        brokerUp = true;
        clock.advance(java.time.Duration.ofSeconds(5)); // the next sweep
        assertThat(relay.sweep()).isEqualTo(2);
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
        OutboxRelay small = new OutboxRelay(mongo, kafka, settings, clock, List.of("things"), meters);
        for (int i = 1; i <= 3; i++) {
            mongo.getCollection("things").insertOne(new Document("_id", "t" + i).append("outbox",
                    List.of(message("m" + i, OutboxMessage.EVENT, "{}"))));
        }
        brokerUp = false;
        small.sweep();
        assertThat(meters.get("outbox.backlog").gauge().value()).isEqualTo(3.0);
        assertThat(meters.get("outbox.oldest.age").gauge().value()).isPositive();
        brokerUp = true;
        clock.advance(java.time.Duration.ofSeconds(5)); // the next sweep
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
        OutboxRelay other = new OutboxRelay(mongo, kafka, new PlatformProperties().getOutbox(), clock,
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

    private OutboxRelay relayWith(java.util.function.Consumer<PlatformProperties.Outbox> settings, SimpleMeterRegistry meters) {
        PlatformProperties.Outbox outbox = new PlatformProperties().getOutbox();
        settings.accept(outbox);
        return new OutboxRelay(mongo, kafka, outbox, clock, List.of("things"), meters);
    }

    private void insertEvent(String id, String messageId, String payload, Instant time) {
        mongo.getCollection("things").insertOne(new Document("_id", id).append("outbox", List.of(
                message(messageId, OutboxMessage.EVENT, payload).append("time", Date.from(time)))));
    }

    @Test
    void anAuditLineIsWrittenWhileTheBrokerIsDown() {
        insertThing();
        brokerUp = false;
        assertThat(relay.relayDocument("things", "t1")).isEqualTo(1);
        assertThat(mongo.findById("audit-1", Document.class, AuditEntry.COLLECTION)).isNotNull();
        assertThat(outbox()).hasSize(2);
    }

    @Test
    void aPoisonMessageIsParkedAfterMaxAttemptsWithTheEventsBehindItThenRequeued() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        OutboxRelay poisoned = relayWith(s -> s.setMaxAttempts(3), meters);
        brokerUp = true;
        refused.add("{\"n\":1}");
        insertThing();
        for (int sweep = 0; sweep < 10; sweep++) {
            poisoned.sweep();
            clock.advance(java.time.Duration.ofMinutes(10)); // past every back-off
        }
        assertThat(sendCalls).as("tried max-attempts times, then no more").isEqualTo(3);
        assertThat(sent).isEmpty();
        List<Document> left = mongo.findById("t1", Document.class, "things").getList("outbox", Document.class);
        assertThat(left).extracting(d -> d.getString("messageId")).containsExactly("e1", "e2");
        assertThat(left).allSatisfy(d -> assertThat(d.get("parkedAt")).isNotNull());
        assertThat(left.get(0).getInteger("attempts")).isEqualTo(3);
        assertThat(left.get(0).getString("lastError")).contains("RecordTooLargeException");
        assertThat(meters.get("outbox.parked").gauge().value()).isEqualTo(1.0);
        assertThat(meters.get("outbox.parked.messages").counter().count()).isEqualTo(1.0);
        assertThat(poisoned.parked("things", 10)).extracting(ParkedMessage::messageId).containsExactly("e1", "e2");

        refused.clear(); // the cause is fixed (for example the broker's message.max.bytes raised)
        assertThat(poisoned.requeue("things", "t1")).isEqualTo(2);
        poisoned.sweep();
        assertThat(outbox()).isEmpty();
        assertThat(sent).extracting(r -> new String(r.value())).containsExactly("{\"n\":1}", "{\"n\":2}");
        assertThat(meters.get("outbox.parked").gauge().value()).isZero();
    }

    @Test
    void poisonDocumentsDoNotStarveTheSweepWhichTakesTheOldestFirst() {
        OutboxRelay small = relayWith(s -> s.setBatchSize(20), new SimpleMeterRegistry());
        brokerUp = true;
        Instant base = Instant.parse("2025-03-01T00:00:00Z");
        for (int i = 0; i < 20; i++) {
            refused.add("{\"poison\":" + i + "}");
            insertEvent("p" + i, "pm" + i, "{\"poison\":" + i + "}", base.plusSeconds(i));
        }
        insertEvent("young", "y1", "{\"n\":\"young\"}", base.plusSeconds(3600));
        insertEvent("old", "o1", "{\"n\":\"old\"}", base.minusSeconds(3600)); // stored last, oldest
        small.sweep();
        assertThat(sent).extracting(r -> new String(r.value())).containsExactly("{\"n\":\"old\"}");
        clock.advance(java.time.Duration.ofSeconds(1)); // the poison documents back off
        small.sweep();
        assertThat(sent).extracting(r -> new String(r.value()))
                .containsExactly("{\"n\":\"old\"}", "{\"n\":\"young\"}");
    }

    @Test
    void aBrokerOutageParksNothingAndCostsOneProbePerSweep() {
        OutboxRelay down = relayWith(s -> s.setMaxAttempts(2), new SimpleMeterRegistry());
        brokerUp = false;
        for (int i = 0; i < 5; i++) {
            insertEvent("d" + i, "dm" + i, "{\"d\":" + i + "}", Instant.parse("2025-03-01T00:00:00Z").plusSeconds(i));
        }
        for (int sweep = 0; sweep < 4; sweep++) {
            down.sweep();
            clock.advance(java.time.Duration.ofSeconds(6));
        }
        assertThat(sendCalls).isEqualTo(4);
        assertThat(down.parked("things", 10)).isEmpty();
        brokerUp = true;
        assertThat(down.sweep()).isEqualTo(5);
    }

    @Test
    void aSweepRenewsItsLeaseBeforeADeliveryCouldOutlastItSoNoOtherInstanceSweepsMeanwhile() {
        OutboxRelay slow = relayWith(s -> {
            s.setLeaseDuration(java.time.Duration.ofSeconds(30));
            s.setSendTimeout(java.time.Duration.ofSeconds(10));
        }, new SimpleMeterRegistry());
        OutboxRelay other = new OutboxRelay(mongo, kafka, new PlatformProperties().getOutbox(), clock,
                List.of("things"), new SimpleMeterRegistry());
        List<Boolean> otherGotTheLease = new ArrayList<>();
        onSend = () -> {
            clock.advance(java.time.Duration.ofSeconds(9)); // a slow broker: every send takes 9 s
            otherGotTheLease.add(other.acquireLease("things"));
        };
        brokerUp = true;
        for (int i = 0; i < 8; i++) {
            insertEvent("s" + i, "sm" + i, "{\"s\":" + i + "}", Instant.parse("2025-03-01T00:00:00Z").plusSeconds(i));
        }
        assertThat(slow.sweep()).isEqualTo(8);
        assertThat(otherGotTheLease).hasSize(8).containsOnly(false);
    }

    @Test
    void aLeaseShorterThanThreeSendTimeoutsIsRejected() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> relayWith(s -> {
            s.setLeaseDuration(java.time.Duration.ofSeconds(15));
            s.setSendTimeout(java.time.Duration.ofSeconds(10));
        }, new SimpleMeterRegistry())).isInstanceOf(IllegalStateException.class).hasMessageContaining("lease-duration");
    }

    private List<String> sentPayloads() {
        synchronized (sent) {
            return sent.stream().map(r -> new String(r.value())).toList();
        }
    }

    /** Blocks the first send of {@code payload} until {@code release}; counts {@code blocked} down when it blocks. */
    private void blockFirstSendOf(String payload, java.util.concurrent.CountDownLatch blocked,
                                  java.util.concurrent.CountDownLatch release) {
        java.util.concurrent.atomic.AtomicBoolean once = new java.util.concurrent.atomic.AtomicBoolean();
        onPayload = p -> {
            if (p.equals(payload) && once.compareAndSet(false, true)) {
                blocked.countDown();
                try {
                    release.await(20, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
    }

    private static boolean eventually(java.util.function.BooleanSupplier condition, long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(10);
        }
        return condition.getAsBoolean();
    }

    @Test
    void aHintedDeliveryCompletesWhileASweepIsBlocked() throws Exception {
        OutboxRelay running = relayWith(s -> s.setSweepInterval(java.time.Duration.ofMillis(20)),
                new SimpleMeterRegistry());
        brokerUp = true;
        insertEvent("big", "b1", "{\"sweep\":1}", Instant.parse("2025-03-01T00:00:00Z"));
        var sweepBlocked = new java.util.concurrent.CountDownLatch(1);
        var release = new java.util.concurrent.CountDownLatch(1);
        blockFirstSendOf("{\"sweep\":1}", sweepBlocked, release);
        running.start();
        try {
            assertThat(sweepBlocked.await(10, java.util.concurrent.TimeUnit.SECONDS)).as("the sweep is blocked").isTrue();
            insertEvent("hinted", "h1", "{\"n\":\"hinted\"}", Instant.parse("2025-03-01T00:00:01Z"));
            running.hint("things", "hinted");
            assertThat(eventually(() -> sentPayloads().contains("{\"n\":\"hinted\"}"), 5_000))
                    .as("the hinted delivery does not wait for the blocked sweep").isTrue();
            assertThat(eventually(() -> mongo.findById("hinted", Document.class, "things")
                    .getList("outbox", Object.class).isEmpty(), 5_000)).isTrue();
            assertThat(sentPayloads()).doesNotContain("{\"sweep\":1}");
        } finally {
            release.countDown();
            running.stop();
        }
        assertThat(sentPayloads()).containsExactlyInAnyOrder("{\"sweep\":1}", "{\"n\":\"hinted\"}");
        assertThat(mongo.findById("big", Document.class, "things").getList("outbox", Object.class)).isEmpty();
    }

    @Test
    void aHintForTheDocumentASweepIsDeliveringWaitsForItSoNothingIsSentTwiceOrOutOfOrder() throws Exception {
        OutboxRelay running = relayWith(s -> s.setSweepInterval(java.time.Duration.ofMillis(20)),
                new SimpleMeterRegistry());
        brokerUp = true;
        mongo.getCollection("things").insertOne(new Document("_id", "t1").append("outbox", List.of(
                message("e1", OutboxMessage.EVENT, "{\"n\":1}"), message("e2", OutboxMessage.EVENT, "{\"n\":2}"))));
        var sweepBlocked = new java.util.concurrent.CountDownLatch(1);
        var release = new java.util.concurrent.CountDownLatch(1);
        blockFirstSendOf("{\"n\":1}", sweepBlocked, release);
        running.start();
        try {
            assertThat(sweepBlocked.await(10, java.util.concurrent.TimeUnit.SECONDS)).as("the sweep is blocked").isTrue();
            // a save adds a third event while the sweep delivers the first: the save hints the relay
            mongo.getCollection("things").updateOne(new Document("_id", "t1"), new Document("$push",
                    new Document("outbox", message("e3", OutboxMessage.EVENT, "{\"n\":3}"))));
            running.hint("things", "t1");
            Thread.sleep(300); // time for the hint thread to (wrongly) send e1 again if it did not wait
            assertThat(sentPayloads()).as("nothing sent while the sweep holds the document").isEmpty();
        } finally {
            release.countDown();
        }
        assertThat(eventually(() -> mongo.findById("t1", Document.class, "things")
                .getList("outbox", Object.class).isEmpty(), 5_000)).isTrue();
        running.stop();
        assertThat(sentPayloads()).containsExactly("{\"n\":1}", "{\"n\":2}", "{\"n\":3}");
    }

    @Test
    void waitingHintsAreBoundedAndTheRestIsLeftToTheSweep() throws Exception {
        OutboxRelay running = relayWith(s -> s.setSweepInterval(java.time.Duration.ofHours(1)),
                new SimpleMeterRegistry());
        brokerUp = true;
        insertEvent("first", "f1", "{\"n\":\"first\"}", Instant.parse("2025-03-01T00:00:00Z"));
        var hintBlocked = new java.util.concurrent.CountDownLatch(1);
        var release = new java.util.concurrent.CountDownLatch(1);
        blockFirstSendOf("{\"n\":\"first\"}", hintBlocked, release);
        running.maxQueuedHints(5);
        running.start();
        try {
            running.hint("things", "first");
            assertThat(hintBlocked.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            for (int i = 0; i < 8; i++) {
                running.hint("things", "other-" + i);
            }
            assertThat(running.queuedHints()).as("five wait, three are left to the sweep").isEqualTo(5);
        } finally {
            release.countDown();
            running.stop();
        }
        assertThat(sentPayloads()).containsExactly("{\"n\":\"first\"}");
    }

    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(java.time.Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
