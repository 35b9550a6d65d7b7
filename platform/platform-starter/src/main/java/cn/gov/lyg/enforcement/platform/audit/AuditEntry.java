package cn.gov.lyg.enforcement.platform.audit;

import java.time.Instant;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** One append-only line of the audit trail: who did what to which record, when, in which trace. */
@Document(AuditEntry.COLLECTION)
public record AuditEntry(@Id String id, String aggregateType, String aggregateId, String action, String actor,
                         String actorAgencyCode, String clientId, Instant at, String traceId,
                         Map<String, Object> details) {

    public static final String COLLECTION = "audit_trail";
}
