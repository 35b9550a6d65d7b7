package cn.gov.lyg.enforcement.events.personnel;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.events.EventContract;
import cn.gov.lyg.enforcement.events.Topics;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** 调动: the officer now works for {@code agencyCode}; certificates issued for {@code fromAgencyCode} are withdrawn (P10) and do not make them assignable for the new agency. */
@EventContract(type = "cn.gov.lyg.enforcement.personnel.officer.transferred.v1",
        topic = Topics.PERSONNEL_OFFICERS,
        schema = "schemas/personnel/officer-transferred.v1.json")
public record OfficerTransferred(
        String eventId,
        OffsetDateTime occurredAt,
        String aggregateId,
        long aggregateVersion,
        String regionCode,
        String agencyCode,
        String fromAgencyCode,
        String fromRegionCode,
        String employmentStatus,
        LocalDate effectiveDate,
        String actor,
        String reason) implements DomainEvent {
}
