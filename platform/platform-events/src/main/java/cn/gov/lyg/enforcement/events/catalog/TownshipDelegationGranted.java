package cn.gov.lyg.enforcement.events.catalog;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.events.EventContract;
import cn.gov.lyg.enforcement.events.Topics;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A township delegation 乡镇赋权 was published: from {@code effectiveFrom} (inclusive) the township exercises the
 * penalty item and its related coercive measures ({@code coveredItemIds}) in its area, exclusively.
 * {@code regionCode} is the county of the department and the township; {@code agencyCode} the department.
 */
@EventContract(type = "cn.gov.lyg.enforcement.catalog.delegation.granted.v1",
        topic = Topics.CATALOG_DELEGATIONS,
        schema = "schemas/catalog/delegation-granted.v1.json")
public record TownshipDelegationGranted(
        String eventId,
        OffsetDateTime occurredAt,
        String aggregateId,
        long aggregateVersion,
        String regionCode,
        String agencyCode,
        String itemId,
        String itemCode,
        String itemType,
        List<String> coveredItemIds,
        String fromAgencyCode,
        String townshipAgencyCode,
        String decisionDocNo,
        String cityListId,
        LocalDate effectiveFrom,
        LocalDate effectiveTo) implements DomainEvent {
}
