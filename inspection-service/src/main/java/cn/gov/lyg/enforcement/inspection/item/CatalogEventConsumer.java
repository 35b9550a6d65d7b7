package cn.gov.lyg.enforcement.inspection.item;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.events.EventContracts;
import cn.gov.lyg.enforcement.events.Topics;
import cn.gov.lyg.enforcement.events.catalog.EnforcementItemAdjusted;
import cn.gov.lyg.enforcement.events.catalog.EnforcementItemCancelled;
import cn.gov.lyg.enforcement.events.catalog.EnforcementItemPublished;
import cn.gov.lyg.enforcement.events.catalog.EnforcementItemResumed;
import cn.gov.lyg.enforcement.events.catalog.EnforcementItemSuspended;
import cn.gov.lyg.enforcement.events.catalog.TownshipDelegationGranted;
import cn.gov.lyg.enforcement.events.catalog.TownshipDelegationRecalled;
import cn.gov.lyg.enforcement.platform.kafka.IncomingEvent;
import cn.gov.lyg.enforcement.platform.kafka.ProcessedEvents;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.AbstractConsumerSeekAware;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Consumes {@code catalog.items.v1} and {@code catalog.delegations.v1} into the item usability projection: only events
 * whose CloudEvent source is catalog-service, idempotent per event id ({@link ProcessedEvents}) and per aggregate
 * version ({@link ItemService}). {@link #replay()} is the rebuild path.
 */
@Component
public class CatalogEventConsumer extends AbstractConsumerSeekAware {

    public static final String CONSUMER = "inspection-items";
    static final String CATALOG_SOURCE = "/enforcement/catalog";
    private static final Logger log = LoggerFactory.getLogger(CatalogEventConsumer.class);

    private final ProcessedEvents processed;
    private final ItemService items;
    private final JsonMapper json;
    private final Map<String, Handler<?>> handlers;

    CatalogEventConsumer(ProcessedEvents processed, ItemService items, JsonMapper json) {
        this.processed = processed;
        this.items = items;
        this.json = json;
        this.handlers = Map.of(
                type(EnforcementItemPublished.class), new Handler<>(EnforcementItemPublished.class, items::onPublished),
                type(EnforcementItemAdjusted.class), new Handler<>(EnforcementItemAdjusted.class, items::onAdjusted),
                type(EnforcementItemSuspended.class), new Handler<>(EnforcementItemSuspended.class, items::onSuspended),
                type(EnforcementItemResumed.class), new Handler<>(EnforcementItemResumed.class, items::onResumed),
                type(EnforcementItemCancelled.class), new Handler<>(EnforcementItemCancelled.class, items::onCancelled),
                type(TownshipDelegationGranted.class), new Handler<>(TownshipDelegationGranted.class, items::onGranted),
                type(TownshipDelegationRecalled.class),
                new Handler<>(TownshipDelegationRecalled.class, items::onRecalled));
    }

    private static String type(Class<? extends DomainEvent> c) {
        return EventContracts.of(c).type();
    }

    private record Handler<T extends DomainEvent>(Class<T> type, Consumer<T> apply) {
    }

    @KafkaListener(topics = {Topics.CATALOG_ITEMS, Topics.CATALOG_DELEGATIONS}, groupId = CONSUMER)
    public void on(ConsumerRecord<String, byte[]> record) {
        IncomingEvent event = IncomingEvent.from(record);
        Handler<?> handler = handlers.get(event.type());
        if (handler == null) {
            return;
        }
        if (!CATALOG_SOURCE.equals(event.source())) {
            log.warn("ignored event {} of type {} from source {}", event.id(), event.type(), event.source());
            return;
        }
        handle(event, handler);
    }

    private <T extends DomainEvent> void handle(IncomingEvent event, Handler<T> handler) {
        T payload = event.payload(json, handler.type());
        processed.handleOnce(CONSUMER, event, e -> handler.apply().accept(payload));
    }

    /** The rebuild: empties the projection and replays both catalog topics from their beginning. */
    public void replay() {
        items.clear();
        seekToBeginning();
    }
}
