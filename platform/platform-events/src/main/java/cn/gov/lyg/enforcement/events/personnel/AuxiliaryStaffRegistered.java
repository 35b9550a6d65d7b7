package cn.gov.lyg.enforcement.events.personnel;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.events.EventContract;
import cn.gov.lyg.enforcement.events.Topics;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * 辅助人员 registered (DOMAIN.md §2.1.1, P5): holds no certificate and may only assist, under
 * {@code supervisingOfficerId}, in {@code allowedTasks}; never a team leader, inspector or signatory.
 */
@EventContract(type = "cn.gov.lyg.enforcement.personnel.auxiliary.registered.v1",
        topic = Topics.PERSONNEL_OFFICERS,
        schema = "schemas/personnel/auxiliary-registered.v1.json")
public record AuxiliaryStaffRegistered(
        String eventId,
        OffsetDateTime occurredAt,
        String aggregateId,
        long aggregateVersion,
        String regionCode,
        String agencyCode,
        String name,
        String supervisingOfficerId,
        List<String> allowedTasks,
        LocalDate contractFrom,
        LocalDate contractTo,
        String status,
        String actor) implements DomainEvent {
}
