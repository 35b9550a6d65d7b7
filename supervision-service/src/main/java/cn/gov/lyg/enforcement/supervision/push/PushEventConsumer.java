package cn.gov.lyg.enforcement.supervision.push;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.events.EventContracts;
import cn.gov.lyg.enforcement.events.Topics;
import cn.gov.lyg.enforcement.events.catalog.EnforcementItemAdjusted;
import cn.gov.lyg.enforcement.events.catalog.EnforcementItemCancelled;
import cn.gov.lyg.enforcement.events.catalog.EnforcementItemPublished;
import cn.gov.lyg.enforcement.events.catalog.EnforcementItemResumed;
import cn.gov.lyg.enforcement.events.catalog.EnforcementItemSuspended;
import cn.gov.lyg.enforcement.events.inspection.InspectionResultPublicized;
import cn.gov.lyg.enforcement.events.personnel.CertificateCancelled;
import cn.gov.lyg.enforcement.events.personnel.CertificateExpired;
import cn.gov.lyg.enforcement.events.personnel.CertificateIssued;
import cn.gov.lyg.enforcement.events.personnel.CertificateReinstated;
import cn.gov.lyg.enforcement.events.personnel.CertificateRenewed;
import cn.gov.lyg.enforcement.events.personnel.CertificateReportedLost;
import cn.gov.lyg.enforcement.events.personnel.CertificateRevoked;
import cn.gov.lyg.enforcement.events.personnel.CertificateSuspended;
import cn.gov.lyg.enforcement.events.personnel.CertificateWithdrawn;
import cn.gov.lyg.enforcement.events.supervision.CaseMilestoneRecorded;
import cn.gov.lyg.enforcement.platform.kafka.IncomingEvent;
import cn.gov.lyg.enforcement.platform.kafka.ProcessedEvents;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the events the province must know about into provincial records in the delivery log: inspection results
 * ({@code inspection.inspections.v1}), decisions and disclosures with their withdrawals
 * ({@code supervision.cases.v1}), certificate status ({@code personnel.certificates.v1}) and catalog items
 * ({@code catalog.items.v1}). Its own consumer group ({@value #GROUP}), so that other features listening to the same
 * topics do not share its partitions. Every version of these events that their contracts still allow on the topics
 * is read (personnel's certificate events have a v1 and a v2); the annual-review events of
 * {@code personnel.certificates.v1} are not pushed: they change none of the pushed certificate fields. Only events
 * from each topic's owning service are taken ({@link ProcessedEvents#handleOnce} checks the source); a redelivered
 * event queues nothing new (processed event ids, and the delivery id is the record version). The Kafka offset is committed only after the record is in MongoDB.
 */
@Component
public class PushEventConsumer {

    public static final String GROUP = "supervision-service.push";
    static final String CONSUMER = "supervision-push";

    private final ProcessedEvents processed;
    private final PushService push;
    private final JsonMapper json;
    private final Map<String, Function<IncomingEvent, ProvincialRecord>> mappers = new HashMap<>();

    PushEventConsumer(ProcessedEvents processed, PushService push, JsonMapper json) {
        this.processed = processed;
        this.push = push;
        this.json = json;
        on(InspectionResultPublicized.class, ProvincialRecords::inspection);
        on(CaseMilestoneRecorded.class, e -> ProvincialRecords.caseMilestone(e).orElse(null));
        for (Class<? extends cn.gov.lyg.enforcement.events.personnel.CertificateEvent> type : java.util.List.of(
                CertificateIssued.class, CertificateSuspended.class, CertificateReinstated.class,
                CertificateWithdrawn.class, CertificateRevoked.class, CertificateCancelled.class,
                CertificateExpired.class, CertificateRenewed.class, CertificateReportedLost.class)) {
            on(type, ProvincialRecords::certificate);
        }
        on(EnforcementItemPublished.class, e -> ProvincialRecords.catalogItem(e, e.item(), false));
        on(EnforcementItemAdjusted.class, e -> ProvincialRecords.catalogItem(e, e.item(), false));
        on(EnforcementItemSuspended.class, e -> ProvincialRecords.catalogItem(e, e.item(), false));
        on(EnforcementItemResumed.class, e -> ProvincialRecords.catalogItem(e, e.item(), false));
        on(EnforcementItemCancelled.class, e -> ProvincialRecords.catalogItem(e, e.item(), true));
    }

    /**
     * Maps every version of the event the contract still allows on its topic (the current type and its
     * {@code previous} ones: an earlier version binds with the members it lacks as null, and no provincial record
     * uses those members, so a replay of old events yields the same records).
     */
    private <T extends DomainEvent> void on(Class<T> type, Function<T, ProvincialRecord> mapper) {
        for (String version : EventContracts.readableTypes(type)) {
            mappers.put(version, event -> mapper.apply(event.payload(json, type)));
        }
    }

    /** The CloudEvent types (all versions) that become provincial records. */
    java.util.Set<String> types() {
        return java.util.Set.copyOf(mappers.keySet());
    }

    /** The provincial record an event becomes, if any (null when it changes none). */
    ProvincialRecord record(IncomingEvent event) {
        Function<IncomingEvent, ProvincialRecord> mapper = mappers.get(event.type());
        return mapper == null ? null : mapper.apply(event);
    }

    @KafkaListener(topics = {Topics.INSPECTION_INSPECTIONS, Topics.SUPERVISION_CASES, Topics.PERSONNEL_CERTIFICATES,
            Topics.CATALOG_ITEMS}, groupId = GROUP)
    public void on(ConsumerRecord<String, byte[]> record) {
        IncomingEvent event = IncomingEvent.from(record);
        Function<IncomingEvent, ProvincialRecord> mapper = mappers.get(event.type());
        if (mapper == null) {
            return;
        }
        processed.handleOnce(CONSUMER, event, e -> {
            ProvincialRecord provincial = mapper.apply(e);
            if (provincial != null) {
                push.enqueue(provincial);
            }
        });
    }
}
