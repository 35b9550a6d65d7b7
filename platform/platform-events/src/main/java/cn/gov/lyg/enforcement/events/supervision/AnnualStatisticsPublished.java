package cn.gov.lyg.enforcement.events.supervision;

import cn.gov.lyg.enforcement.events.DomainEvent;
import cn.gov.lyg.enforcement.events.EventContract;
import cn.gov.lyg.enforcement.events.Topics;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * An agency's annual enforcement statistics were published 公开 (on the government website): the whole report, for
 * the provincial supervision platform. The record id is {@code aggregateId}, its version {@code aggregateVersion}
 * (a re-publication after a correction has a higher version).
 *
 * @param figures                  every cell of the tables by its code (PENALTY_FINE, PENALTY_TOTAL,
 *                                 LICENSING_ACCEPTED, INSPECTIONS, ...), integers ≥ 0
 * @param finesAndConfiscations    罚没金额 in 万元, a decimal string with two decimals
 * @param certificateHoldingRate   持证率 in percent with one decimal, {@code null} without officers
 */
@EventContract(type = "cn.gov.lyg.enforcement.supervision.statistics.published.v1",
        topic = Topics.SUPERVISION_STATISTICS,
        schema = "schemas/supervision/statistics-published.v1.json")
public record AnnualStatisticsPublished(
        String eventId,
        OffsetDateTime occurredAt,
        String aggregateId,
        long aggregateVersion,
        String regionCode,
        String agencyCode,
        int year,
        OffsetDateTime submittedAt,
        boolean late,
        OffsetDateTime publishedAt,
        String publicationUrl,
        Map<String, Long> figures,
        String finesAndConfiscations,
        String certificateHoldingRate) implements DomainEvent {
}
