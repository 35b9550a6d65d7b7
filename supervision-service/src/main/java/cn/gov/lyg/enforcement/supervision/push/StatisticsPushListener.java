package cn.gov.lyg.enforcement.supervision.push;

import cn.gov.lyg.enforcement.supervision.statistics.AnnualStatistics;
import cn.gov.lyg.enforcement.supervision.statistics.StatisticsPublished;
import cn.gov.lyg.enforcement.supervision.statistics.StatisticsService;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Hands a published annual statistics report 统计年报 to the provincial push: the statistics feature raises
 * {@link StatisticsPublished} in the request that published it, this listener loads the report through
 * {@link StatisticsService#published} and queues {@link ProvincialRecord#annualStatistics} (record id
 * {@code STATISTICS:<report id>}, version = the report's version), in the same request. Push depends on statistics,
 * never the other way round.
 */
@Component
class StatisticsPushListener {

    private final StatisticsService statistics;
    private final PushService push;

    StatisticsPushListener(StatisticsService statistics, PushService push) {
        this.statistics = statistics;
        this.push = push;
    }

    @EventListener
    public void onPublished(StatisticsPublished event) {
        statistics.published(event.reportId()).ifPresent(report -> push.enqueue(record(report, event.version())));
    }

    static ProvincialRecord record(AnnualStatistics report, long version) {
        Map<String, Object> tables = new LinkedHashMap<>();
        Map<String, Object> cells = new LinkedHashMap<>();
        report.figures().forEach((cell, value) -> cells.put(cell.name(), value));
        tables.put("figures", cells);
        tables.put("finesAndConfiscationsTenThousandYuan", report.amountWan().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
        BigDecimal rate = report.holdingRate();
        if (rate != null) {
            tables.put("certificateHoldingRate", rate.toPlainString());
        }
        tables.put("late", report.isLate());
        if (report.getPublicationUrl() != null) {
            tables.put("publicationUrl", report.getPublicationUrl());
        }
        OffsetDateTime at = OffsetDateTime.ofInstant(report.getPublishedAt() != null ? report.getPublishedAt()
                : report.getSubmittedAt(), ProvincialRecords.BEIJING);
        return ProvincialRecord.annualStatistics(report.getId(), version, report.getAgencyCode(),
                report.getRegionCode(), report.getYear(), report.getStatus().name(), at, tables);
    }
}
