package cn.gov.lyg.enforcement.events.catalog;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.events.EventContract;
import cn.gov.lyg.enforcement.events.Topics;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * An item was cancelled (terminal). New cases, plans and inspections dated on or after {@code effectiveDate} are
 * rejected ({@code ITEM_CANCELLED}); those filed before continue. Benchmarks citing it need review.
 */
@EventContract(type = "cn.gov.lyg.enforcement.catalog.item.cancelled.v1",
        topic = Topics.CATALOG_ITEMS,
        schema = "schemas/catalog/item-cancelled.v1.json")
public record EnforcementItemCancelled(
        String eventId,
        OffsetDateTime occurredAt,
        String aggregateId,
        long aggregateVersion,
        String regionCode,
        String cancelledBy,
        String reason,
        String note,
        LocalDate effectiveDate,
        EnforcementItemSnapshot item) implements DomainEvent {
}
