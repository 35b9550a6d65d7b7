package cn.gov.lyg.enforcement.benchmark.catalog;

import cn.gov.lyg.enforcement.benchmark.benchmark.ReviewFlags;
import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.events.EventContracts;
import cn.gov.lyg.enforcement.events.Topics;
import cn.gov.lyg.enforcement.events.catalog.EnforcementItemAdjusted;
import cn.gov.lyg.enforcement.events.catalog.EnforcementItemCancelled;
import cn.gov.lyg.enforcement.events.catalog.EnforcementItemPublished;
import cn.gov.lyg.enforcement.events.catalog.EnforcementItemResumed;
import cn.gov.lyg.enforcement.events.catalog.EnforcementItemReviewRequired;
import cn.gov.lyg.enforcement.events.catalog.EnforcementItemSnapshot;
import cn.gov.lyg.enforcement.events.catalog.EnforcementItemSuspended;
import cn.gov.lyg.enforcement.platform.kafka.IncomingEvent;
import cn.gov.lyg.enforcement.platform.kafka.InvalidEventException;
import cn.gov.lyg.enforcement.platform.kafka.ProcessedEvents;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Follows {@code catalog.items.v1}: every item event refreshes the item projection (type, status, implementing
 * agencies) that entries' {@code catalogItemId} are checked against; an item suspended, cancelled or adjusted, or
 * flagged for a law change, flags the benchmark entries built on it REVIEW_REQUIRED — and for a law change also every
 * entry citing the changed provision, whichever item it belongs to. A repeal is kept so that the repealed provision
 * is never applied to later acts. Idempotent per event id; only events from the catalog count.
 */
@Component
public class CatalogItemConsumer {

    public static final String CONSUMER = "benchmark-catalog-items";
    static final String SOURCE = "/enforcement/catalog";
    private static final Map<String, Class<? extends DomainEvent>> TYPES = Map.of(
            EventContracts.of(EnforcementItemPublished.class).type(), EnforcementItemPublished.class,
            EventContracts.of(EnforcementItemAdjusted.class).type(), EnforcementItemAdjusted.class,
            EventContracts.of(EnforcementItemSuspended.class).type(), EnforcementItemSuspended.class,
            EventContracts.of(EnforcementItemResumed.class).type(), EnforcementItemResumed.class,
            EventContracts.of(EnforcementItemCancelled.class).type(), EnforcementItemCancelled.class,
            EventContracts.of(EnforcementItemReviewRequired.class).type(), EnforcementItemReviewRequired.class);

    private final ProcessedEvents processed;
    private final CatalogItemStore items;
    private final LawChangeStore lawChanges;
    private final ReviewFlags flags;
    private final JsonMapper json;

    public CatalogItemConsumer(ProcessedEvents processed, CatalogItemStore items, LawChangeStore lawChanges,
                               ReviewFlags flags, JsonMapper json) {
        this.processed = processed;
        this.items = items;
        this.lawChanges = lawChanges;
        this.flags = flags;
        this.json = json;
    }

    @KafkaListener(topics = Topics.CATALOG_ITEMS, groupId = CONSUMER)
    public void on(ConsumerRecord<String, byte[]> record) {
        IncomingEvent event = IncomingEvent.from(record);
        Class<? extends DomainEvent> type = TYPES.get(event.type());
        if (type == null) {
            return;
        }
        if (!SOURCE.equals(event.source())) {
            throw new InvalidEventException("catalog item event from " + event.source());
        }
        DomainEvent payload = event.payload(json, type);
        processed.handleOnce(CONSUMER, event, e -> apply(payload));
    }

    void apply(DomainEvent payload) {
        if (payload instanceof EnforcementItemPublished p) {
            project(p.item(), p.aggregateVersion());
        } else if (payload instanceof EnforcementItemResumed r) {
            project(r.item(), r.aggregateVersion());
        } else if (payload instanceof EnforcementItemAdjusted a) {
            project(a.item(), a.aggregateVersion());
            flags.flagItem(a.item().itemId(), "CATALOG_ITEM_ADJUSTED:" + a.item().itemCode() + ":" + a.reason());
        } else if (payload instanceof EnforcementItemSuspended s) {
            project(s.item(), s.aggregateVersion());
            flags.flagItem(s.item().itemId(), "CATALOG_ITEM_SUSPENDED:" + s.item().itemCode() + ":" + s.reason());
        } else if (payload instanceof EnforcementItemCancelled c) {
            project(c.item(), c.aggregateVersion());
            flags.flagItem(c.item().itemId(), "CATALOG_ITEM_CANCELLED:" + c.item().itemCode() + ":" + c.reason());
        } else if (payload instanceof EnforcementItemReviewRequired r) {
            project(r.item(), r.aggregateVersion());
            String reason = lawChangeReason(r.changeType(), r.lawName(), r.article());
            flags.flagItem(r.item().itemId(), reason);
            flags.flagProvision(r.lawName(), r.article(), reason);
            if (r.lawChangeId() != null) {
                lawChanges.save(new LawChangeRecord(r.lawChangeId(), r.lawName(), r.article(), r.changeType(),
                        r.effectiveDate()));
            }
        }
    }

    /**
     * The review reason of a law change; the same for the item event and the law-change event of one change, so that
     * an entry reached by both is flagged once.
     */
    static String lawChangeReason(String changeType, String lawName, String article) {
        return "LAW_CHANGE:" + changeType + ":" + lawName + ":" + article;
    }

    private void project(EnforcementItemSnapshot item, long eventVersion) {
        items.upsertIfNewer(new CatalogItem(item.itemId(), item.itemCode(), item.name(), item.itemType(), item.status(),
                item.implementingAgencyCodes() == null ? List.of() : item.implementingAgencyCodes(), item.itemVersion(),
                eventVersion));
    }
}
