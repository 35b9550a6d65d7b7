package cn.gov.lyg.enforcement.platform.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.bson.Document;

/**
 * Checks one audit chain: the stored lines of one chain id (in any order), the head stored with the aggregate (null
 * when the aggregate is gone) and the sequence numbers still waiting in the aggregate's outbox. No database access.
 *
 * <p>What it finds: a line whose content does not match its hash ({@link AuditProblem.Kind#CHANGED}); missing sequence
 * numbers, at the start, in the middle or at the end up to the head ({@link AuditProblem.Kind#REMOVED}); a line whose
 * previous hash is not the hash of the line before it, i.e. that line was re-hashed after a change
 * ({@link AuditProblem.Kind#BROKEN_LINK}); a last line that is not the head ({@link AuditProblem.Kind#HEAD_MISMATCH});
 * two lines with one sequence number ({@link AuditProblem.Kind#DUPLICATE}).
 */
public final class AuditChainCheck {

    private final AuditChain chain;

    public AuditChainCheck(AuditChain chain) {
        this.chain = chain;
    }

    /** The outcome for one chain: its problems and how many lines were checked. */
    public record Result(List<AuditProblem> problems, int linesChecked) {
    }

    /**
     * @param collection  the aggregate's collection (null: taken from the lines)
     * @param aggregateId the aggregate id (null: taken from the lines)
     */
    public Result check(String collection, String aggregateId, String chainId, AuditChainHead head, Set<Long> pending,
                        List<Document> lines) {
        List<AuditProblem> problems = new ArrayList<>();
        TreeMap<Long, List<Document>> bySeq = new TreeMap<>();
        for (Document line : lines) {
            bySeq.computeIfAbsent(seq(line), s -> new ArrayList<>()).add(line);
        }
        Document any = lines.isEmpty() ? null : lines.get(0);
        String type = any == null ? null : any.getString("aggregateType");
        String id = aggregateId != null ? aggregateId : any == null ? null : any.getString("aggregateId");
        String coll = collection != null ? collection : any == null ? null : any.getString("collection");
        long expected = 1;
        String prevHash = AuditChain.GENESIS;
        Document last = null;
        for (Map.Entry<Long, List<Document>> group : bySeq.entrySet()) {
            long seq = group.getKey();
            List<Document> same = group.getValue();
            same.sort(Comparator.comparing(d -> String.valueOf(d.get("_id"))));
            Document line = same.get(0);
            if (same.size() > 1) {
                problems.add(new AuditProblem(AuditProblem.Kind.DUPLICATE, coll, type, id, chainId, seq, seq,
                        same.stream().map(d -> String.valueOf(d.get("_id"))).toList(),
                        same.size() + " lines claim sequence number " + seq));
            }
            if (seq > expected) {
                missing(expected, seq - 1, pending, problems, coll, type, id, chainId,
                        "between line " + (last == null ? "(start)" : last.get("_id")) + " and line " + line.get("_id"));
                // removed, or still in the outbox: either way the link to the line before cannot be checked
                prevHash = null;
            }
            for (Document candidate : same) {
                String algorithm = candidate.getString("hashAlg");
                if (!chain.canVerify(algorithm)) {
                    problems.add(new AuditProblem(AuditProblem.Kind.UNVERIFIABLE, coll, type, id, chainId,
                            seq, seq, List.of(String.valueOf(candidate.get("_id"))),
                            "hashed with " + algorithm + ", no key configured to check it"));
                    continue;
                }
                String stored = candidate.getString("hash");
                String recomputed = chain.hash(candidate.getString("prevHash"), candidate, algorithm);
                if (!recomputed.equals(stored)) {
                    problems.add(new AuditProblem(AuditProblem.Kind.CHANGED, coll, type, id, chainId, seq,
                            seq, List.of(String.valueOf(candidate.get("_id"))),
                            "the content of line " + seq + " does not match its hash: the line was changed"));
                }
            }
            if (prevHash != null && !prevHash.equals(line.getString("prevHash"))) {
                problems.add(new AuditProblem(AuditProblem.Kind.BROKEN_LINK, coll, type, id, chainId, seq,
                        seq, List.of(String.valueOf(line.get("_id"))),
                        seq == 1 ? "the first line does not start the chain"
                                : "line " + seq + " does not link to line " + (seq - 1)
                                + ": line " + (seq - 1) + " was replaced or re-hashed"));
            }
            prevHash = line.getString("hash");
            expected = seq + 1;
            last = line;
        }
        if (head != null) {
            if (head.seq() >= expected) {
                missing(expected, head.seq(), pending, problems, coll, type, id, chainId,
                        "after line " + (last == null ? "(none left)" : last.get("_id")) + ", the head is at "
                                + head.seq());
            } else if (bySeq.containsKey(head.seq())) {
                Document atHead = bySeq.get(head.seq()).get(0);
                if (!head.hash().equals(atHead.getString("hash"))) {
                    problems.add(new AuditProblem(AuditProblem.Kind.HEAD_MISMATCH, coll, type, id, chainId,
                            head.seq(), head.seq(), List.of(String.valueOf(atHead.get("_id"))),
                            "line " + head.seq() + " is not the line the aggregate's chain head names"));
                }
            }
        }
        return new Result(problems, lines.size());
    }

    /** Reports the removed numbers in [from, to] that are not pending; true when some were removed. */
    private static boolean missing(long from, long to, Set<Long> pending, List<AuditProblem> problems,
                                   String collection, String type, String id, String chainId, String where) {
        boolean any = false;
        long start = -1;
        for (long s = from; s <= to + 1; s++) {
            boolean gone = s <= to && !pending.contains(s);
            if (gone && start < 0) {
                start = s;
            } else if (!gone && start >= 0) {
                any = true;
                long end = s - 1;
                problems.add(new AuditProblem(AuditProblem.Kind.REMOVED, collection, type, id, chainId,
                        start, end, List.of(), (start == end ? "line " + start + " is" : "lines " + start + "-" + end
                        + " are") + " missing " + where));
                start = -1;
            }
        }
        return any;
    }

    static long seq(Document line) {
        Object value = line.get("seq");
        return value instanceof Number n ? n.longValue() : -1;
    }
}
