package cn.gov.lyg.enforcement.platform.audit;

import java.time.Instant;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One append-only line of the audit trail: who did what to which record, when, in which trace; and its place in the
 * hash chain of its aggregate ({@link AuditChain}): the collection of the aggregate, the aggregate version the change
 * produced, the chain id, the sequence number, the previous line's hash, its own hash and the hash algorithm. Lines
 * written before chaining existed have no chain fields.
 */
@Document(AuditEntry.COLLECTION)
public record AuditEntry(@Id String id, String aggregateType, String aggregateId, String action, String actor,
                         String actorAgencyCode, String clientId, Instant at, String traceId,
                         Map<String, Object> details, String collection, Long aggregateVersion, String chainId,
                         Long seq, String prevHash, String hash, String hashAlg) {

    public static final String COLLECTION = "audit_trail";
}
