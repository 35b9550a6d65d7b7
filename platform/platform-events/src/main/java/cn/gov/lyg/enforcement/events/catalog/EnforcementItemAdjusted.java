package cn.gov.lyg.enforcement.events.catalog;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.events.EventContract;
import cn.gov.lyg.enforcement.events.Topics;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * An ACTIVE item got a new version (DOMAIN.md §2.4.2: ACTIVE ─adjust→ ACTIVE vN+1, vN.validTo = the day before).
 * {@code item} is the new version; {@code previousValidTo} is the last day of the previous version.
 */
@EventContract(type = "cn.gov.lyg.enforcement.catalog.item.adjusted.v1",
        topic = Topics.CATALOG_ITEMS,
        schema = "schemas/catalog/item-adjusted.v1.json")
public record EnforcementItemAdjusted(
        String eventId,
        OffsetDateTime occurredAt,
        String aggregateId,
        long aggregateVersion,
        String regionCode,
        String adjustedBy,
        int previousItemVersion,
        LocalDate previousValidTo,
        String reason,
        String note,
        EnforcementItemSnapshot item) implements DomainEvent {
}
