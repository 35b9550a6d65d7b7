package cn.gov.lyg.enforcement.events.personnel;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.events.EventContract;
import cn.gov.lyg.enforcement.events.Topics;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * 辅助人员 status changed (ACTIVE ↔ SUSPENDED, → LEFT): only ACTIVE auxiliary staff may assist on an inspection
 * (DOMAIN.md P5). Newer aggregate versions of the auxiliary replace older ones, {@link AuxiliaryStaffRegistered}
 * included.
 */
@EventContract(type = "cn.gov.lyg.enforcement.personnel.auxiliary.status-changed.v1",
        topic = Topics.PERSONNEL_OFFICERS,
        schema = "schemas/personnel/auxiliary-status-changed.v1.json")
public record AuxiliaryStatusChanged(
        String eventId,
        OffsetDateTime occurredAt,
        String aggregateId,
        long aggregateVersion,
        String regionCode,
        String agencyCode,
        String supervisingOfficerId,
        String previousStatus,
        String status,
        LocalDate effectiveDate,
        String actor) implements DomainEvent {
}
