package cn.gov.lyg.enforcement.events.personnel;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.events.EventContract;
import cn.gov.lyg.enforcement.events.Topics;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** 离岗: retired, resigned, dismissed, deceased or transferred out of the enforcement system; never assignable again. */
@EventContract(type = "cn.gov.lyg.enforcement.personnel.officer.left-service.v1",
        topic = Topics.PERSONNEL_OFFICERS,
        schema = "schemas/personnel/officer-left-service.v1.json")
public record OfficerLeftService(
        String eventId,
        OffsetDateTime occurredAt,
        String aggregateId,
        long aggregateVersion,
        String regionCode,
        String agencyCode,
        String employmentStatus,
        LocalDate effectiveDate,
        String actor,
        String reason) implements DomainEvent {
}
