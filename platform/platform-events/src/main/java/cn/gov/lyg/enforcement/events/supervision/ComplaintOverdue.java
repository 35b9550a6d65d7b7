package cn.gov.lyg.enforcement.events.supervision;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.events.EventContract;
import cn.gov.lyg.enforcement.events.Topics;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A complaint deadline passed (found by the overdue job for {@code asOf}); {@code escalated} when it is now escalated
 * to the upper judicial bureau ({@code escalatedToRegionCode}).
 *
 * @param stage the status whose deadline passed (TRANSFERRED: sign, SIGNED: accept, HANDLING: handle, ...)
 */
@EventContract(type = "cn.gov.lyg.enforcement.supervision.complaint.overdue.v1",
        topic = Topics.SUPERVISION_COMPLAINTS,
        schema = "schemas/supervision/complaint-overdue.v1.json")
public record ComplaintOverdue(
        String eventId,
        OffsetDateTime occurredAt,
        String aggregateId,
        long aggregateVersion,
        String regionCode,
        String respondentAgencyCode,
        String assigneeAgencyCode,
        String stage,
        LocalDate dueOn,
        LocalDate asOf,
        int overdueWorkingDays,
        boolean escalated,
        String escalatedToRegionCode) implements DomainEvent {
}
