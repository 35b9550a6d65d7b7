package cn.gov.lyg.enforcement.platform.mongo;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.platform.audit.AuditChainHead;
import cn.gov.lyg.enforcement.platform.audit.AuditRecord;
import cn.gov.lyg.enforcement.platform.outbox.OutboxMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;

/**
 * Base of every aggregate stored as one MongoDB document: optimistic locking ({@code version}), audit fields and
 * the outbox. Domain code calls {@link #raise} and {@link #audit}; when the aggregate is saved, the platform turns
 * them into {@link OutboxMessage}s inside the same document, so the change and its events are written atomically.
 * The class holds no Spring behaviour: domain types extending it stay testable without a container.
 */
public abstract class AggregateDocument {

    @Version
    private Long version;
    @CreatedDate
    private Instant createdAt;
    @CreatedBy
    private String createdBy;
    @LastModifiedDate
    private Instant modifiedAt;
    @LastModifiedBy
    private String modifiedBy;

    private List<OutboxMessage> outbox = new ArrayList<>();

    /**
     * The head of this aggregate's audit hash chain (cn.gov.lyg.enforcement.platform.audit.AuditChain), moved on in
     * the same write as the audit lines it heads; null until the first audited change.
     */
    private AuditChainHead auditChain;

    /**
     * Ids of the consumed events whose effect this document holds, most recent last, at most
     * {@link #PROCESSED_EVENTS_KEPT}: written in the same single-document write as the effect, so a crash can never
     * separate "applied" from "recorded" (see {@link #markProcessed}).
     */
    private List<String> processedEvents = new ArrayList<>();

    @Transient
    private transient List<DomainEvent> pendingEvents = new ArrayList<>();
    @Transient
    private transient List<AuditRecord> pendingAudit = new ArrayList<>();

    /** How many consumed event ids a document remembers ({@link #markProcessed}). */
    public static final int PROCESSED_EVENTS_KEPT = 100;

    /** The aggregate id (also the Kafka key and the CloudEvent subject of its events). */
    public abstract String aggregateId();

    /** A short type name for audit records, e.g. {@code EnforcementItem}. */
    public abstract String aggregateType();

    protected void raise(DomainEvent event) {
        pendingEvents().add(event);
    }

    protected void audit(String action, Map<String, Object> details) {
        pendingAudit().add(new AuditRecord(action, details));
    }

    /**
     * Records that the change about to be saved is the effect of a consumed event; returns false when this document
     * already holds that event's effect (a redelivery, a replay from the DLT, a crash after the save): the consumer
     * then changes nothing. Call it before changing the aggregate and save as usual: the id is stored in the same
     * document write as the effect. Consumers use the event's CloudEvent id (prefixed with the consumer name if
     * several consumers may change the same document).
     */
    public boolean markProcessed(String eventId) {
        if (processedEvents == null) {
            processedEvents = new ArrayList<>();
        }
        if (processedEvents.contains(eventId)) {
            return false;
        }
        processedEvents.add(eventId);
        while (processedEvents.size() > PROCESSED_EVENTS_KEPT) {
            processedEvents.remove(0);
        }
        return true;
    }

    /** Whether this document holds the effect of the event ({@link #markProcessed}). */
    public boolean hasProcessed(String eventId) {
        return processedEvents != null && processedEvents.contains(eventId);
    }

    /** The remembered consumed event ids, oldest first (read-only). */
    public List<String> processedEventIds() {
        return List.copyOf(processedEvents == null ? List.of() : processedEvents);
    }

    /** The version this aggregate will have once the pending change is saved (0 for a new aggregate). */
    public long nextVersion() {
        return version == null ? 0 : version + 1;
    }

    public Long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getModifiedAt() {
        return modifiedAt;
    }

    public String getModifiedBy() {
        return modifiedBy;
    }

    /** Messages not yet relayed; read-only for domain code. */
    public List<OutboxMessage> getOutbox() {
        return List.copyOf(outbox == null ? List.of() : outbox);
    }

    public List<DomainEvent> pendingEvents() {
        if (pendingEvents == null) {
            pendingEvents = new ArrayList<>();
        }
        return pendingEvents;
    }

    public List<AuditRecord> pendingAudit() {
        if (pendingAudit == null) {
            pendingAudit = new ArrayList<>();
        }
        return pendingAudit;
    }

    /** The head of the audit chain, null before the first audited change (not a bean property: never in JSON). */
    public AuditChainHead auditChainHead() {
        return auditChain;
    }

    /** Called by the platform while saving: the chain now ends with the lines just added to the outbox. */
    public void advanceAuditChain(AuditChainHead head) {
        this.auditChain = head;
    }

    /** Called by the platform while saving: moves pending events and audit records into the stored outbox. */
    public void appendToOutbox(List<OutboxMessage> messages) {
        if (outbox == null) {
            outbox = new ArrayList<>();
        }
        outbox.addAll(messages);
        pendingEvents().clear();
        pendingAudit().clear();
    }
}
