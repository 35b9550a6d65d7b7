package cn.gov.lyg.enforcement.events.personnel;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.events.EventContract;
import cn.gov.lyg.enforcement.events.Topics;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * 回避 (行政处罚法 Art. 43, P4): the officer declared a conflict of interest with a party and must not be drawn for or
 * assigned to it. Organisations are named by credit code; a citizen party only by the masked ID number (the full
 * number never leaves personnel-service; ask {@code /recusals/check} for a citizen).
 */
@EventContract(type = "cn.gov.lyg.enforcement.personnel.recusal.declared.v1",
        topic = Topics.PERSONNEL_OFFICERS,
        schema = "schemas/personnel/recusal-declared.v1.json")
public record RecusalDeclared(
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
        String partyName,
        String relation,
        LocalDate validFrom,
        LocalDate validTo,
        String actor) implements DomainEvent {
}
