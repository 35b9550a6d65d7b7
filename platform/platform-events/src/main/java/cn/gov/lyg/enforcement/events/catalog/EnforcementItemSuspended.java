package cn.gov.lyg.enforcement.events.catalog;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.events.EventContract;
import cn.gov.lyg.enforcement.events.Topics;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * An item was suspended (ACTIVE → SUSPENDED): no new plans, inspections or cases dated from {@code effectiveFrom}
 * up to and including {@code suspendedUntil} (open when null). Dates are inclusive, 00:00 Asia/Shanghai (C6).
 */
@EventContract(type = "cn.gov.lyg.enforcement.catalog.item.suspended.v1",
        topic = Topics.CATALOG_ITEMS,
        schema = "schemas/catalog/item-suspended.v1.json")
public record EnforcementItemSuspended(
        String eventId,
        OffsetDateTime occurredAt,
        String aggregateId,
        long aggregateVersion,
        String regionCode,
        String suspendedBy,
        String reason,
        String note,
        LocalDate effectiveFrom,
        LocalDate suspendedUntil,
        EnforcementItemSnapshot item) implements DomainEvent {
}
