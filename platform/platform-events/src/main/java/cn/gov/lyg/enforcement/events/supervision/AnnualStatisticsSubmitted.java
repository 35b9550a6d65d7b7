package cn.gov.lyg.enforcement.events.supervision;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.events.EventContract;
import cn.gov.lyg.enforcement.events.Topics;
import java.time.OffsetDateTime;

/**
 * An agency's annual enforcement statistics 行政执法统计年报 were submitted to the judicial bureau; {@code late} when
 * after 31 January 23:59:59 (Asia/Shanghai) of the following year.
 *
 * @param aggregateId the report id ({@code agencyCode:year})
 */
@EventContract(type = "cn.gov.lyg.enforcement.supervision.statistics.submitted.v1",
        topic = Topics.SUPERVISION_STATISTICS,
        schema = "schemas/supervision/statistics-submitted.v1.json")
public record AnnualStatisticsSubmitted(
        String eventId,
        OffsetDateTime occurredAt,
        String aggregateId,
        long aggregateVersion,
        String regionCode,
        String agencyCode,
        int year,
        OffsetDateTime submittedAt,
        boolean late) implements DomainEvent {
}
