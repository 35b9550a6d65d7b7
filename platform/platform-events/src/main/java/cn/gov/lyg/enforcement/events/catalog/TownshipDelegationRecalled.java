package cn.gov.lyg.enforcement.events.catalog;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.events.EventContract;
import cn.gov.lyg.enforcement.events.Topics;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A township delegation was recalled 收回: cases filed on or before {@code recallDate} stay with the township, later
 * ones are the department's ({@code fromAgencyCode}) again.
 */
@EventContract(type = "cn.gov.lyg.enforcement.catalog.delegation.recalled.v1",
        topic = Topics.CATALOG_DELEGATIONS,
        schema = "schemas/catalog/delegation-recalled.v1.json")
public record TownshipDelegationRecalled(
        String eventId,
        OffsetDateTime occurredAt,
        String aggregateId,
        long aggregateVersion,
        String regionCode,
        String agencyCode,
        String itemId,
        String itemCode,
        List<String> coveredItemIds,
        String fromAgencyCode,
        String townshipAgencyCode,
        String decisionDocNo,
        LocalDate recallDate,
        String reason) implements DomainEvent {
}
