package cn.gov.lyg.enforcement.events.catalog;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.events.EventContract;
import cn.gov.lyg.enforcement.events.Topics;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A suspended item is usable again from {@code effectiveFrom} (SUSPENDED → ACTIVE). */
@EventContract(type = "cn.gov.lyg.enforcement.catalog.item.resumed.v1",
        topic = Topics.CATALOG_ITEMS,
        schema = "schemas/catalog/item-resumed.v1.json")
public record EnforcementItemResumed(
        String eventId,
        OffsetDateTime occurredAt,
        String aggregateId,
        long aggregateVersion,
        String regionCode,
        String resumedBy,
        LocalDate effectiveFrom,
        EnforcementItemSnapshot item) implements DomainEvent {
}
