package cn.gov.lyg.enforcement.events.catalog;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.events.EventContract;
import cn.gov.lyg.enforcement.events.Topics;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A law change 立改废 touches a provision this ACTIVE item cites ({@code citedAs}: SETTING and/or IMPLEMENTING),
 * so the item (and every benchmark built on it) needs review. One event per item and law change.
 */
@EventContract(type = "cn.gov.lyg.enforcement.catalog.item.review-required.v1",
        topic = Topics.CATALOG_ITEMS,
        schema = "schemas/catalog/item-review-required.v1.json")
public record EnforcementItemReviewRequired(
        String eventId,
        OffsetDateTime occurredAt,
        String aggregateId,
        long aggregateVersion,
        String regionCode,
        String lawChangeId,
        String lawName,
        String article,
        String changeType,
        LocalDate effectiveDate,
        List<String> citedAs,
        EnforcementItemSnapshot item) implements DomainEvent {
}
