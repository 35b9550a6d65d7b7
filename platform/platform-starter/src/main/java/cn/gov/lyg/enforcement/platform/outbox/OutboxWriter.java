package cn.gov.lyg.enforcement.platform.outbox;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.platform.audit.AuditEntry;
import cn.gov.lyg.enforcement.platform.audit.AuditRecord;
import cn.gov.lyg.enforcement.platform.mongo.AggregateDocument;
import cn.gov.lyg.enforcement.platform.problem.TraceIds;
import cn.gov.lyg.enforcement.platform.security.CurrentScope;
import cn.gov.lyg.enforcement.platform.security.DataScope;
import java.time.Clock;
import java.time.Instant;
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
 */
public class OutboxWriter implements BeforeConvertCallback<AggregateDocument>, AfterSaveCallback<AggregateDocument>,
        Ordered {

    private final JsonMapper json;
    private final Clock clock;
    private final String source;
    private final ObjectProvider<OutboxRelay> relay;

    public OutboxWriter(JsonMapper json, Clock clock, String source, ObjectProvider<OutboxRelay> relay) {
        this.json = json;
        this.clock = clock;
        this.source = source;
        this.relay = relay;
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
        Instant now = clock.instant();
        for (AuditRecord record : aggregate.pendingAudit()) {
            String id = UUID.randomUUID().toString();
            AuditEntry entry = new AuditEntry(id, aggregate.aggregateType(), aggregate.aggregateId(), record.action(),
                    scope == null ? "system" : scope.auditName(), scope == null ? null : scope.agencyCode(),
                    scope == null ? null : scope.clientId(), now, TraceIds.current(), record.details());
            messages.add(new OutboxMessage(id, OutboxMessage.AUDIT, record.action(), AuditEntry.COLLECTION,
                    aggregate.aggregateId(), aggregate.aggregateId(), source, now, traceparent,
                    json.writeValueAsString(entry)));
        }
        aggregate.appendToOutbox(messages);
        return aggregate;
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
