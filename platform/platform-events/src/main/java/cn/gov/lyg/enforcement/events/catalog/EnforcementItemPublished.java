package cn.gov.lyg.enforcement.events.catalog;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.events.EventContract;
import cn.gov.lyg.enforcement.events.Topics;
import java.time.OffsetDateTime;

/** An enforcement item became ACTIVE (DOMAIN.md §2.4.2: DRAFT → PUBLISHED/ACTIVE; rule C4). */
@EventContract(type = "cn.gov.lyg.enforcement.catalog.item.published.v1",
        topic = Topics.CATALOG_ITEMS,
        schema = "schemas/catalog/item-published.v1.json")
public record EnforcementItemPublished(
        String eventId,
        OffsetDateTime occurredAt,
        String aggregateId,
        long aggregateVersion,
        String regionCode,
        String publishedBy,
        EnforcementItemSnapshot item) implements DomainEvent {
}
