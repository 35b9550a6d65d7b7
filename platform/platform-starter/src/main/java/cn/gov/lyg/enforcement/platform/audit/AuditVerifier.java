package cn.gov.lyg.enforcement.platform.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Verifies the audit chains of a service ({@link AuditChain}): reads the chain heads from the aggregate collections
 * first (with the lines still waiting in their outboxes), then the lines of {@code audit_trail}, and checks each
 * chain with {@link AuditChainCheck}. Reading the heads first makes the run safe while the service writes: a line
 * that leaves an outbox after the head was read is in the trail by the time the lines are read, and lines newer than
 * the head read are checked but not expected.
 */
public class AuditVerifier {

    private final MongoTemplate mongo;
    private final Collection<String> collections;
    private final AuditChainCheck check;
    private final Clock clock;

    public AuditVerifier(MongoTemplate mongo, Collection<String> collections, AuditChain chain, Clock clock) {
        this.mongo = mongo;
        this.collections = List.copyOf(collections);
        this.check = new AuditChainCheck(chain);
        this.clock = clock;
    }

    private record HeadRef(String collection, String documentId, AuditChainHead head, Set<Long> pending) {
    }

    /** Verifies every chain of the service; lists at most {@code maxProblems} problems. */
    public AuditVerificationReport verifyAll(int maxProblems) {
        var checkedAt = clock.instant();
        Map<String, HeadRef> heads = heads(new Criteria("auditChain").exists(true));
        Map<String, List<Document>> lines = new LinkedHashMap<>();
        long[] unchained = {0};
        mongo.getCollection(AuditEntry.COLLECTION).find().forEach(line -> {
            String chainId = line.getString("chainId");
            if (chainId == null || !(line.get("seq") instanceof Number)) {
                unchained[0]++;
            } else {
                lines.computeIfAbsent(chainId, c -> new ArrayList<>()).add(line);
            }
        });
        return run(checkedAt, null, heads, lines, unchained[0], maxProblems);
    }

    /** Verifies the chains of one aggregate (its current chain and any earlier one of a re-created document). */
    public AuditVerificationReport verify(String aggregateId, int maxProblems) {
        var checkedAt = clock.instant();
        Map<String, HeadRef> heads = heads(Criteria.where("_id").is(aggregateId).and("auditChain").exists(true));
        Map<String, List<Document>> lines = new LinkedHashMap<>();
        long unchained = 0;
        for (Document line : mongo.getCollection(AuditEntry.COLLECTION)
                .find(new Document("aggregateId", aggregateId))) {
            String chainId = line.getString("chainId");
            if (chainId == null || !(line.get("seq") instanceof Number)) {
                unchained++;
            } else {
                lines.computeIfAbsent(chainId, c -> new ArrayList<>()).add(line);
            }
        }
        Set<String> unknown = new HashSet<>(lines.keySet());
        unknown.removeAll(heads.keySet());
        if (!unknown.isEmpty()) {
            heads.putAll(heads(Criteria.where("auditChain.chainId").in(unknown)));
        }
        return run(checkedAt, aggregateId, heads, lines, unchained, maxProblems);
    }

    private AuditVerificationReport run(java.time.Instant checkedAt, String aggregateId, Map<String, HeadRef> heads,
                                        Map<String, List<Document>> lines, long unchained, int maxProblems) {
        Set<String> chainIds = new LinkedHashSet<>(heads.keySet());
        chainIds.addAll(lines.keySet());
        List<AuditProblem> problems = new ArrayList<>();
        long checked = 0;
        long pending = 0;
        int open = 0;
        for (String chainId : chainIds) {
            HeadRef ref = heads.get(chainId);
            if (ref == null) {
                open++;
            } else {
                pending += ref.pending().size();
            }
            AuditChainCheck.Result result = check.check(ref == null ? null : ref.collection(),
                    ref == null ? null : ref.documentId(), chainId, ref == null ? null : ref.head(),
                    ref == null ? Set.of() : ref.pending(), lines.getOrDefault(chainId, List.of()));
            checked += result.linesChecked();
            problems.addAll(result.problems());
        }
        int limit = Math.max(1, maxProblems);
        return new AuditVerificationReport(checkedAt, aggregateId, chainIds.size(), checked, pending, unchained, open,
                problems.isEmpty(), problems.size() > limit ? List.copyOf(problems.subList(0, limit))
                : List.copyOf(problems), problems.size() > limit);
    }

    /** The chain heads of the aggregate documents matching {@code criteria}, by chain id. */
    private Map<String, HeadRef> heads(Criteria criteria) {
        Map<String, HeadRef> heads = new HashMap<>();
        for (String collection : collections) {
            Query query = new Query(criteria);
            query.fields().include("auditChain").include("outbox");
            for (Document doc : mongo.find(query, Document.class, collection)) {
                Document chain = doc.get("auditChain", Document.class);
                if (chain == null || chain.getString("chainId") == null) {
                    continue;
                }
                Number seq = chain.get("seq", Number.class);
                AuditChainHead head = new AuditChainHead(chain.getString("chainId"),
                        seq == null ? 0 : seq.longValue(), chain.getString("hash"));
                heads.put(head.chainId(), new HeadRef(collection, String.valueOf(doc.get("_id")), head,
                        pendingSeqs(doc, head.chainId())));
            }
        }
        return heads;
    }

    /** Sequence numbers of the chain's lines still in the document's outbox. */
    private static Set<Long> pendingSeqs(Document doc, String chainId) {
        Set<Long> pending = new HashSet<>();
        List<?> outbox = doc.get("outbox", List.class);
        if (outbox == null) {
            return pending;
        }
        for (Object item : outbox) {
            if (item instanceof Document message && "AUDIT".equals(message.getString("kind"))
                    && message.getString("payload") != null) {
                Document line = Document.parse(message.getString("payload"));
                if (chainId.equals(line.getString("chainId")) && line.get("seq") instanceof Number n) {
                    pending.add(n.longValue());
                }
            }
        }
        return pending;
    }
}
