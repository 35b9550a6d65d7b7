package cn.gov.lyg.enforcement.events.catalog;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.events.EventContract;
import cn.gov.lyg.enforcement.events.Topics;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A law change 立改废 was recorded: one article of a law, or the whole law when {@code article} is null, was enacted,
 * amended, repealed or interpreted with effect from {@code effectiveDate}. Published once per law change, whether or
 * not any catalog item cites the provision, so that documents citing it elsewhere (discretion benchmarks) learn of it;
 * the items that do cite it get their own {@link EnforcementItemReviewRequired}.
 */
@EventContract(type = "cn.gov.lyg.enforcement.catalog.law-change.recorded.v1",
        topic = Topics.CATALOG_LAW_CHANGES,
        schema = "schemas/catalog/law-change-recorded.v1.json")
public record LawChangeRecorded(
        String eventId,
        OffsetDateTime occurredAt,
        String aggregateId,
        long aggregateVersion,
        String regionCode,
        String lawName,
        String article,
        String changeType,
        LocalDate effectiveDate,
        int affectedItems) implements DomainEvent {
}
