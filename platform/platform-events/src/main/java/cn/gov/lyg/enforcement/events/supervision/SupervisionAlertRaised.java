package cn.gov.lyg.enforcement.events.supervision;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.events.EventContract;
import cn.gov.lyg.enforcement.events.Topics;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A supervision alert 预警 was raised for the judicial bureau supervising {@code regionCode} (the county bureau of a
 * county code, the city bureau of every code of the city): repeated inspections of one enterprise, a benchmark
 * deviation, an overdue complaint, a late publicity, a late inspection plan.
 *
 * @param aggregateId   the alert id (stable per source: a redelivered source event raises nothing new)
 * @param kind          REPEATED_INSPECTION, BENCHMARK_DEVIATION, COMPLAINT_OVERDUE, INSPECTION_PUBLICITY_LATE,
 *                      LATE_PLAN, ...
 * @param agencyCodes   the agencies concerned
 * @param subjectRef    what the alert is about (enterprise uscc, case id, complaint id, plan id)
 * @param sourceEventId the event that raised it
 */
@EventContract(type = "cn.gov.lyg.enforcement.supervision.alert.raised.v1",
        topic = Topics.SUPERVISION_ALERTS,
        schema = "schemas/supervision/alert-raised.v1.json")
public record SupervisionAlertRaised(
        String eventId,
        OffsetDateTime occurredAt,
        String aggregateId,
        long aggregateVersion,
        String regionCode,
        String kind,
        List<String> agencyCodes,
        String subjectRef,
        String summary,
        String sourceEventId) implements DomainEvent {
}
