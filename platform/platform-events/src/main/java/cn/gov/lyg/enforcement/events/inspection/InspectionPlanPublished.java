package cn.gov.lyg.enforcement.events.inspection;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.events.EventContract;
import cn.gov.lyg.enforcement.events.Topics;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** An agency's annual inspection plan was published after filing; late when after 31 March of the year. */
@EventContract(type = "cn.gov.lyg.enforcement.inspection.plan.published.v1",
        topic = Topics.INSPECTION_PLANS,
        schema = "schemas/inspection/plan-published.v1.json")
public record InspectionPlanPublished(
        String eventId,
        OffsetDateTime occurredAt,
        String aggregateId,
        long aggregateVersion,
        String regionCode,
        String agencyCode,
        int year,
        LocalDate publishedOn,
        boolean late,
        String filedWith,
        List<PlannedTask> tasks) implements DomainEvent {

    /** A published task (kind ROUTINE or SPECIAL). */
    public record PlannedTask(String taskName, String kind, List<String> itemIds, LocalDate startDate,
                              LocalDate endDate, String approvalDocNo) {
    }
}
