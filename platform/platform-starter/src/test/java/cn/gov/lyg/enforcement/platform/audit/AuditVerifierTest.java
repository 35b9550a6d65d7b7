package cn.gov.lyg.enforcement.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import cn.gov.lyg.enforcement.platform.config.PlatformProperties;
import cn.gov.lyg.enforcement.platform.mongo.AggregateDocument;
import cn.gov.lyg.enforcement.platform.outbox.OutboxRelay;
import cn.gov.lyg.enforcement.platform.outbox.OutboxWriter;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mapping.callback.EntityCallbacks;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The chain through the real write path (entity callbacks, conditional save, relay) and MongoDB-wire: what is read
 * back verifies; a line changed or removed in the database is found; concurrent writers cannot fork a chain.
 */
class AuditVerifierTest {

    static final Instant NOW = Instant.parse("2025-03-01T08:00:00.987654321Z");

    static final class Case extends AggregateDocument {
        @Id
        String id;
        String state = "OPEN";

        @Override
        public String aggregateId() {
            return id;
        }

        @Override
        public String aggregateType() {
            return "Case";
        }

        void move(String to) {
            audit("MOVED", Map.of("from", state, "to", to, "fine", new BigDecimal("1200.50"),
                    "on", LocalDate.of(2025, 3, 1), "items", List.of(1, 2L, 3.5)));
            state = to;
        }
    }

    private MongoServer server;
    private MongoClient client;
    private MongoTemplate mongo;
    private OutboxRelay relay;
    private AuditVerifier verifier;

    @BeforeEach
    void setUp() {
        server = new MongoServer(H2Backend.inMemory());
        server.bind("127.0.0.1", 0);
        client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
        mongo = new MongoTemplate(client, "audit-test");
        AuditChain chain = AuditChain.unkeyed();
        OutboxWriter writer = new OutboxWriter(JsonMapper.builder().build(), Clock.fixed(NOW, ZoneOffset.UTC),
                "/enforcement/test", new StaticListableBeanFactory().getBeanProvider(OutboxRelay.class), chain);
        mongo.setEntityCallbacks(EntityCallbacks.create(writer));
        @SuppressWarnings("unchecked")
        KafkaTemplate<String, byte[]> kafka = mock(KafkaTemplate.class);
        relay = new OutboxRelay(mongo, kafka, new PlatformProperties().getOutbox(), Clock.fixed(NOW, ZoneOffset.UTC),
                List.of("cases"), new SimpleMeterRegistry());
        verifier = new AuditVerifier(mongo, List.of("cases"), chain, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void tearDown() {
        client.close();
        server.shutdownNow();
    }

    private Case saveSteps(String id, int steps, boolean relayed) {
        Case c = new Case();
        c.id = id;
        for (int i = 1; i <= steps; i++) {
            c.move("S" + i);
            c = mongo.save(c, "cases");
            if (relayed) {
                relay.relayDocument("cases", id);
            }
            c = mongo.findById(id, Case.class, "cases");
        }
        return c;
    }

    private Document line(String aggregateId, long seq) {
        return mongo.getCollection(AuditEntry.COLLECTION)
                .find(Filters.and(Filters.eq("aggregateId", aggregateId), Filters.eq("seq", seq))).first();
    }

    @Test
    void linesReadBackFromMongoVerify() {
        saveSteps("c1", 4, true);
        saveSteps("c2", 2, true);
        AuditVerificationReport report = verifier.verifyAll(50);
        assertThat(report.intact()).isTrue();
        assertThat(report.chains()).isEqualTo(2);
        assertThat(report.lines()).isEqualTo(6);
        assertThat(report.pendingLines()).isZero();
        assertThat(mongo.findById("c1", Document.class, "cases").get("auditChain", Document.class).get("seq"))
                .isEqualTo(4L);
    }

    @Test
    void linesStillInTheOutboxCountAsPendingNotRemoved() {
        saveSteps("c1", 3, false);
        AuditVerificationReport report = verifier.verify("c1", 50);
        assertThat(report.intact()).isTrue();
        assertThat(report.pendingLines()).isEqualTo(3);
        relay.relayDocument("cases", "c1");
        assertThat(verifier.verify("c1", 50)).satisfies(r -> {
            assertThat(r.intact()).isTrue();
            assertThat(r.lines()).isEqualTo(3);
            assertThat(r.pendingLines()).isZero();
        });
    }

    @Test
    void aLineChangedInTheDatabaseIsFound() {
        saveSteps("c1", 4, true);
        Document second = line("c1", 2);
        mongo.getCollection(AuditEntry.COLLECTION).updateOne(Filters.eq("_id", second.get("_id")),
                Updates.set("details.fine", 1.5));
        AuditVerificationReport report = verifier.verify("c1", 50);
        assertThat(report.intact()).isFalse();
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(AuditProblem.Kind.CHANGED);
            assertThat(p.seq()).isEqualTo(2);
            assertThat(p.lineIds()).containsExactly(String.valueOf(second.get("_id")));
            assertThat(p.collection()).isEqualTo("cases");
            assertThat(p.aggregateId()).isEqualTo("c1");
        });
        assertThat(verifier.verifyAll(50).problems()).hasSize(1);
    }

    @Test
    void aLineRemovedFromTheDatabaseIsFound() {
        saveSteps("c1", 4, true);
        saveSteps("c2", 3, true);
        mongo.getCollection(AuditEntry.COLLECTION).deleteOne(Filters.eq("_id", line("c1", 3).get("_id")));
        mongo.getCollection(AuditEntry.COLLECTION).deleteOne(Filters.eq("_id", line("c2", 3).get("_id")));
        AuditVerificationReport report = verifier.verifyAll(50);
        assertThat(report.intact()).isFalse();
        assertThat(report.problems()).extracting(AuditProblem::kind, AuditProblem::aggregateId, AuditProblem::seq)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(AuditProblem.Kind.REMOVED, "c1", 3L),
                        org.assertj.core.groups.Tuple.tuple(AuditProblem.Kind.REMOVED, "c2", 3L));
    }

    @Test
    void allLinesOfAnAggregateRemovedAreFound() {
        saveSteps("c1", 2, true);
        mongo.getCollection(AuditEntry.COLLECTION).deleteMany(Filters.eq("aggregateId", "c1"));
        assertThat(verifier.verify("c1", 50).problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(AuditProblem.Kind.REMOVED);
            assertThat(p.seq()).isEqualTo(1);
            assertThat(p.lastSeq()).isEqualTo(2);
        });
    }

    @Test
    void concurrentWritersCannotForkTheChain() {
        saveSteps("c1", 1, true);
        Case first = mongo.findById("c1", Case.class, "cases");
        Case second = mongo.findById("c1", Case.class, "cases");
        first.move("A");
        second.move("B");
        mongo.save(first, "cases");
        assertThatThrownBy(() -> mongo.save(second, "cases")).isInstanceOf(OptimisticLockingFailureException.class);
        relay.relayDocument("cases", "c1");
        AuditVerificationReport report = verifier.verify("c1", 50);
        assertThat(report.intact()).isTrue();
        assertThat(report.lines()).isEqualTo(2);
        assertThat(line("c1", 2).get("details", Document.class).getString("to")).isEqualTo("A");
    }

    @Test
    void linesWrittenBeforeChainingAreCountedButNotBlamed() {
        mongo.getCollection(AuditEntry.COLLECTION).insertOne(new Document("_id", "old-1")
                .append("aggregateId", "c9").append("action", "LEGACY"));
        AuditVerificationReport report = verifier.verifyAll(50);
        assertThat(report.intact()).isTrue();
        assertThat(report.unchainedLines()).isEqualTo(1);
    }
}
