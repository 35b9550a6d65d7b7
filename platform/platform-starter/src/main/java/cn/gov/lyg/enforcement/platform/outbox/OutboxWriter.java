package cn.gov.lyg.enforcement.platform.outbox;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.platform.audit.AuditChain;
import cn.gov.lyg.enforcement.platform.audit.AuditChainHead;
import cn.gov.lyg.enforcement.platform.audit.AuditEntry;
import cn.gov.lyg.enforcement.platform.audit.AuditRecord;
import cn.gov.lyg.enforcement.platform.mongo.AggregateDocument;
import cn.gov.lyg.enforcement.platform.problem.TraceIds;
import cn.gov.lyg.enforcement.platform.security.CurrentScope;
import cn.gov.lyg.enforcement.platform.security.DataScope;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveCallback;
import org.springframework.data.mongodb.core.mapping.event.BeforeConvertCallback;
import org.bson.Document;
import tools.jackson.databind.json.JsonMapper;

/**
 * Entity callbacks that make the outbox work for every {@link AggregateDocument}: before the document is converted
 * for saving, pending domain events and audit records become outbox messages in the same document; after the
 * save, the relay is told that this document has something to deliver. The relay is looked up lazily: entity
 * callbacks are created together with the MongoTemplate the relay itself needs.
 *
 * <p>Audit lines are chained here ({@link AuditChain}): each gets the next sequence number of its aggregate's chain,
 * the previous line's hash and its own hash, and the aggregate's chain head moves on, all in the document about to be
 * saved, so the conditional ({@code @Version}) save decides which writer extends the chain.
 */
public class OutboxWriter implements BeforeConvertCallback<AggregateDocument>, AfterSaveCallback<AggregateDocument>,
        Ordered {

    private final JsonMapper json;
    private final Clock clock;
    private final String source;
    private final ObjectProvider<OutboxRelay> relay;
    private final AuditChain chain;

    public OutboxWriter(JsonMapper json, Clock clock, String source, ObjectProvider<OutboxRelay> relay) {
        this(json, clock, source, relay, AuditChain.unkeyed());
    }

    public OutboxWriter(JsonMapper json, Clock clock, String source, ObjectProvider<OutboxRelay> relay,
                        AuditChain chain) {
        this.json = json;
        this.clock = clock;
        this.source = source;
        this.relay = relay;
        this.chain = chain;
    }

    @Override
    public AggregateDocument onBeforeConvert(AggregateDocument aggregate, String collection) {
        if (aggregate.pendingEvents().isEmpty() && aggregate.pendingAudit().isEmpty()) {
            return aggregate;
        }
        List<OutboxMessage> messages = new ArrayList<>();
        String traceparent = TraceIds.traceparent();
        // events wait behind a parked event of the same document, so that order is kept until it is re-queued
        OutboxMessage parked = aggregate.getOutbox().stream()
                .filter(m -> OutboxMessage.EVENT.equals(m.kind()) && m.parked()).findFirst().orElse(null);
        for (DomainEvent event : aggregate.pendingEvents()) {
            OutboxMessage message = OutboxMessage.ofEvent(event, source, traceparent, json);
            messages.add(parked == null ? message
                    : message.parkedBehind("waits behind parked message " + parked.messageId(), clock.instant()));
        }
        DataScope scope = CurrentScope.find().orElse(null);
        // MongoDB keeps milliseconds: hash what will be stored
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        AuditChainHead head = aggregate.auditChainHead();
        String chainId = head == null ? UUID.randomUUID().toString() : head.chainId();
        long seq = head == null ? 0 : head.seq();
        String prevHash = head == null ? AuditChain.GENESIS : head.hash();
        String algorithm = chain.algorithm();
        String traceId = TraceIds.current();
        for (AuditRecord record : aggregate.pendingAudit()) {
            String id = UUID.randomUUID().toString();
            seq++;
            AuditEntry unhashed = entry(id, aggregate, record, scope, now, traceId, collection, chainId, seq, prevHash,
                    null, algorithm);
            String hash = chain.hash(prevHash, AuditChain.toStored(json.writeValueAsString(unhashed)), algorithm);
            AuditEntry entry = entry(id, aggregate, record, scope, now, traceId, collection, chainId, seq, prevHash,
                    hash, algorithm);
            messages.add(new OutboxMessage(id, OutboxMessage.AUDIT, record.action(), AuditEntry.COLLECTION,
                    aggregate.aggregateId(), aggregate.aggregateId(), source, now, traceparent,
                    json.writeValueAsString(entry)));
            prevHash = hash;
        }
        if (!aggregate.pendingAudit().isEmpty()) {
            aggregate.advanceAuditChain(new AuditChainHead(chainId, seq, prevHash));
        }
        aggregate.appendToOutbox(messages);
        return aggregate;
    }

    private static AuditEntry entry(String id, AggregateDocument aggregate, AuditRecord record, DataScope scope,
                                    Instant now, String traceId, String collection, String chainId, long seq,
                                    String prevHash,
                                    String hash, String algorithm) {
        return new AuditEntry(id, aggregate.aggregateType(), aggregate.aggregateId(), record.action(),
                scope == null ? "system" : scope.auditName(), scope == null ? null : scope.agencyCode(),
                scope == null ? null : scope.clientId(), now, traceId, record.details(), collection,
                aggregate.nextVersion(), chainId, seq, prevHash, hash, algorithm);
    }

    @Override
    public AggregateDocument onAfterSave(AggregateDocument aggregate, Document document, String collection) {
        if (!aggregate.getOutbox().isEmpty()) {
            relay.ifAvailable(r -> r.hint(collection, document.get("_id")));
        }
        return aggregate;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
