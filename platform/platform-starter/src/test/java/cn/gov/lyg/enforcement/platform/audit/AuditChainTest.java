package cn.gov.lyg.enforcement.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.lyg.enforcement.platform.mongo.AggregateDocument;
import cn.gov.lyg.enforcement.platform.outbox.OutboxMessage;
import cn.gov.lyg.enforcement.platform.outbox.OutboxRelay;
import cn.gov.lyg.enforcement.platform.outbox.OutboxWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import tools.jackson.databind.json.JsonMapper;

/** Lines chained by the outbox writer; a changed, re-hashed, removed or inserted line is found and located. */
class AuditChainTest {

    static final Instant NOW = Instant.parse("2025-03-01T08:00:00.123456789Z");

    static final class Thing extends AggregateDocument {
        @Override
        public String aggregateId() {
            return "t1";
        }

        @Override
        public String aggregateType() {
            return "Thing";
        }

        void change(String action, Map<String, Object> details) {
            audit(action, details);
        }
    }

    static OutboxWriter writer(AuditChain chain) {
        return new OutboxWriter(JsonMapper.builder().build(), Clock.fixed(NOW, ZoneOffset.UTC), "/enforcement/test",
                new StaticListableBeanFactory().getBeanProvider(OutboxRelay.class), chain);
    }

    /** Five saves of one aggregate, one audit line each; the stored lines as the relay writes them. */
    static List<Document> chainOfFive(Thing thing, OutboxWriter writer) {
        List<Document> stored = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            thing.change("STEP_" + i, Map.of("amount", "12.50", "count", i, "ratio", 0.25, "nested",
                    Map.of("list", List.of("a", "b"), "flag", true)));
            writer.onBeforeConvert(thing, "things");
            for (OutboxMessage message : thing.getOutbox()) {
                stored.add(AuditChain.toStored(message.payload()));
            }
            thing.appendToOutbox(List.of());
            clearOutbox(thing);
        }
        return stored;
    }

    /** What the relay does after writing the lines: they leave the outbox. */
    static void clearOutbox(Thing thing) {
        try {
            var field = AggregateDocument.class.getDeclaredField("outbox");
            field.setAccessible(true);
            field.set(thing, new ArrayList<>());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private final AuditChain chain = AuditChain.unkeyed();
    private final AuditChainCheck check = new AuditChainCheck(chain);

    private AuditChainCheck.Result check(Thing thing, List<Document> lines, Set<Long> pending) {
        AuditChainHead head = thing.auditChainHead();
        return check.check("things", "t1", head.chainId(), head, pending, lines);
    }

    @Test
    void theWriterChainsLinesInSequenceAndMovesTheHead() {
        Thing thing = new Thing();
        List<Document> lines = chainOfFive(thing, writer(chain));
        assertThat(lines).extracting(l -> ((Number) l.get("seq")).longValue()).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(lines.get(0).getString("prevHash")).isEqualTo(AuditChain.GENESIS);
        for (int i = 1; i < lines.size(); i++) {
            assertThat(lines.get(i).getString("prevHash")).isEqualTo(lines.get(i - 1).getString("hash"));
        }
        assertThat(lines).extracting(l -> l.getString("chainId")).containsOnly(thing.auditChainHead().chainId());
        assertThat(thing.auditChainHead().seq()).isEqualTo(5);
        assertThat(thing.auditChainHead().hash()).isEqualTo(lines.get(4).getString("hash"));
        assertThat(lines.get(0).getString("collection")).isEqualTo("things");
        assertThat(lines.get(0).getString("hashAlg")).isEqualTo(AuditChain.SHA_256);
    }

    @Test
    void anIntactChainHasNoProblem() {
        Thing thing = new Thing();
        AuditChainCheck.Result result = check(thing, chainOfFive(thing, writer(chain)), Set.of());
        assertThat(result.problems()).isEmpty();
        assertThat(result.linesChecked()).isEqualTo(5);
    }

    @Test
    void aChangedLineIsFoundAtItsSequenceNumber() {
        Thing thing = new Thing();
        List<Document> lines = chainOfFive(thing, writer(chain));
        lines.get(2).get("details", Document.class).put("amount", "1.00");
        assertThat(check(thing, lines, Set.of()).problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(AuditProblem.Kind.CHANGED);
            assertThat(p.seq()).isEqualTo(3);
            assertThat(p.lineIds()).containsExactly(String.valueOf(lines.get(2).get("_id")));
        });
    }

    @Test
    void aChangedActorOrTimeIsFoundToo() {
        Thing thing = new Thing();
        List<Document> lines = chainOfFive(thing, writer(chain));
        lines.get(0).put("actor", "someone-else");
        lines.get(4).put("at", java.util.Date.from(NOW.plusSeconds(1)));
        assertThat(check(thing, lines, Set.of()).problems()).extracting(AuditProblem::kind, AuditProblem::seq)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(AuditProblem.Kind.CHANGED, 1L),
                        org.assertj.core.groups.Tuple.tuple(AuditProblem.Kind.CHANGED, 5L));
    }

    @Test
    void aChangedLineWhoseHashWasRecomputedBreaksTheLinkOfTheNextLine() {
        Thing thing = new Thing();
        List<Document> lines = chainOfFive(thing, writer(chain));
        Document forged = lines.get(1);
        forged.put("action", "FORGED");
        forged.put("hash", chain.hash(forged.getString("prevHash"), forged, AuditChain.SHA_256));
        assertThat(check(thing, lines, Set.of()).problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(AuditProblem.Kind.BROKEN_LINK);
            assertThat(p.seq()).isEqualTo(3);
            assertThat(p.detail()).contains("line 2");
        });
    }

    @Test
    void aRemovedLineInTheMiddleIsReportedWithItsSequenceNumber() {
        Thing thing = new Thing();
        List<Document> lines = chainOfFive(thing, writer(chain));
        lines.remove(2);
        assertThat(check(thing, lines, Set.of()).problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(AuditProblem.Kind.REMOVED);
            assertThat(p.seq()).isEqualTo(3);
            assertThat(p.lastSeq()).isEqualTo(3);
        });
    }

    @Test
    void removedFirstAndLastLinesAreReported() {
        Thing thing = new Thing();
        List<Document> lines = chainOfFive(thing, writer(chain));
        lines.remove(4);
        lines.remove(3);
        lines.remove(0);
        assertThat(check(thing, lines, Set.of()).problems()).extracting(AuditProblem::kind, AuditProblem::seq,
                        AuditProblem::lastSeq)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AuditProblem.Kind.REMOVED, 1L, 1L),
                        org.assertj.core.groups.Tuple.tuple(AuditProblem.Kind.REMOVED, 4L, 5L));
    }

    @Test
    void everyLineRemovedIsSeenFromTheHead() {
        Thing thing = new Thing();
        chainOfFive(thing, writer(chain));
        assertThat(check(thing, List.of(), Set.of()).problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(AuditProblem.Kind.REMOVED);
            assertThat(p.seq()).isEqualTo(1);
            assertThat(p.lastSeq()).isEqualTo(5);
            assertThat(p.aggregateId()).isEqualTo("t1");
        });
    }

    @Test
    void linesStillInTheOutboxAreNotMissing() {
        Thing thing = new Thing();
        List<Document> lines = chainOfFive(thing, writer(chain));
        lines.remove(4);
        lines.remove(2);
        assertThat(check(thing, lines, new HashSet<>(List.of(3L, 5L))).problems()).isEmpty();
    }

    @Test
    void anInsertedLineWithATakenSequenceNumberIsADuplicate() {
        Thing thing = new Thing();
        List<Document> lines = chainOfFive(thing, writer(chain));
        Document copy = new Document(lines.get(3));
        copy.put("_id", "inserted");
        lines.add(copy);
        assertThat(check(thing, lines, Set.of()).problems()).extracting(AuditProblem::kind)
                .contains(AuditProblem.Kind.DUPLICATE);
    }

    @Test
    void aLastLineReplacedByAnotherChainedLineDoesNotMatchTheHead() {
        Thing thing = new Thing();
        List<Document> lines = chainOfFive(thing, writer(chain));
        Document last = lines.get(4);
        last.put("action", "REWRITTEN");
        last.put("hash", chain.hash(last.getString("prevHash"), last, AuditChain.SHA_256));
        assertThat(check(thing, lines, Set.of()).problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(AuditProblem.Kind.HEAD_MISMATCH);
            assertThat(p.seq()).isEqualTo(5);
        });
    }

    @Test
    void keyedLinesCannotBeReHashedWithoutTheKey() {
        AuditChain keyed = new AuditChain("secret-key-of-the-service");
        Thing thing = new Thing();
        List<Document> lines = chainOfFive(thing, writer(keyed));
        assertThat(lines.get(0).getString("hashAlg")).isEqualTo(AuditChain.HMAC_SHA_256);
        AuditChainCheck keyedCheck = new AuditChainCheck(keyed);
        AuditChainHead head = thing.auditChainHead();
        assertThat(keyedCheck.check("things", "t1", head.chainId(), head, Set.of(), lines).problems()).isEmpty();

        Document forged = lines.get(1);
        forged.put("action", "FORGED");
        // someone without the key re-hashes with a guessed key
        forged.put("hash", new AuditChain("guess").hash(forged.getString("prevHash"), forged, AuditChain.HMAC_SHA_256));
        assertThat(keyedCheck.check("things", "t1", head.chainId(), head, Set.of(), lines).problems())
                .extracting(AuditProblem::kind, AuditProblem::seq)
                .contains(org.assertj.core.groups.Tuple.tuple(AuditProblem.Kind.CHANGED, 2L));
        // and a service without the key says it cannot check, instead of calling the trail intact
        assertThat(check.check("things", "t1", head.chainId(), head, Set.of(), lines).problems())
                .extracting(AuditProblem::kind).containsOnly(AuditProblem.Kind.UNVERIFIABLE,
                        AuditProblem.Kind.BROKEN_LINK);
    }
}
