package cn.gov.lyg.enforcement.events.personnel;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.events.EventContract;
import cn.gov.lyg.enforcement.events.Topics;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** The officer moved between an enforcement post (ON_DUTY) and a non-enforcement post (NON_ENFORCEMENT_POST); only ON_DUTY officers are assignable. */
@EventContract(type = "cn.gov.lyg.enforcement.personnel.officer.duty-changed.v1",
        topic = Topics.PERSONNEL_OFFICERS,
        schema = "schemas/personnel/officer-duty-changed.v1.json")
public record OfficerDutyChanged(
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
