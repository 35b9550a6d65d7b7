package cn.gov.lyg.enforcement.platform.audit;

import java.util.List;

/**
 * One place where an audit chain does not hold.
 *
 * @param kind          what was found
 * @param collection    the aggregate's collection, when known
 * @param aggregateType the aggregate type of the chain
 * @param aggregateId   the aggregate id of the chain
 * @param chainId       the chain
 * @param seq           the first sequence number concerned
 * @param lastSeq       the last sequence number concerned (equal to {@code seq} for one line)
 * @param lineIds       the audit line ids concerned (empty for removed lines)
 * @param detail        a sentence for the reader
 */
public record AuditProblem(Kind kind, String collection, String aggregateType, String aggregateId, String chainId,
                           long seq, long lastSeq, List<String> lineIds, String detail) {

    public AuditProblem {
        lineIds = lineIds == null ? List.of() : List.copyOf(lineIds);
    }

    public enum Kind {
        /** The line's content no longer matches its own hash: the line was changed. */
        CHANGED,
        /** Sequence numbers are missing (not waiting in the outbox either): lines were removed. */
        REMOVED,
        /** The line's previous hash is not the hash of the line before it: that line was replaced or re-hashed. */
        BROKEN_LINK,
        /** The last line does not match the chain head stored with the aggregate. */
        HEAD_MISMATCH,
        /** Two lines claim the same sequence number: a line was inserted (or the chain forked). */
        DUPLICATE,
        /** The line was hashed with a key this service does not hold ({@code enforcement.audit.chain-key}). */
        UNVERIFIABLE
    }
}
