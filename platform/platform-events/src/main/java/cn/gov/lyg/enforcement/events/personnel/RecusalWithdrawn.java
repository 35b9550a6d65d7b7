package cn.gov.lyg.enforcement.events.personnel;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.events.EventContract;
import cn.gov.lyg.enforcement.events.Topics;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A 回避 declaration was withdrawn: from {@code effectiveDate} on it no longer blocks the officer for the party. The
 * aggregate is the recusal ({@code aggregateId} = the declaration's id, the same as in {@link RecusalDeclared}), so a
 * consumer applies it only over an older version of that declaration.
 */
@EventContract(type = "cn.gov.lyg.enforcement.personnel.recusal.withdrawn.v1",
        topic = Topics.PERSONNEL_OFFICERS,
        schema = "schemas/personnel/recusal-withdrawn.v1.json")
public record RecusalWithdrawn(
        String eventId,
        OffsetDateTime occurredAt,
        String aggregateId,
        long aggregateVersion,
        String regionCode,
        String agencyCode,
        String officerId,
        String partyType,
        String partyCreditCode,
        String partyIdMasked,
        LocalDate effectiveDate,
        String actor) implements DomainEvent {
}
