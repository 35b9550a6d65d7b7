package cn.gov.lyg.enforcement.supervision.statistics;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A report as the API answers it: each table's cells with value, name, whether the platform computes the cell and
 * whether it was overridden; 罚没金额 in 万元 (string, two decimals) and exactly in yuan; 持证率 in percent.
 */
public record StatisticsView(String id, String agencyCode, String regionCode, int year, String status, long version,
                             Map<String, List<Cell>> tables, String finesAndConfiscationsWan,
                             String finesAndConfiscationsYuan, String unit, String certificateHoldingRate,
                             LocalDate holdingAsOf, List<AnnualStatistics.ManualValue> overrides, String narrative,
                             Instant computedAt, String preparedBy, String approvedBy, OffsetDateTime submittedAt,
                             OffsetDateTime deadline, boolean late, OffsetDateTime publishedAt, String publicationUrl,
                             List<String> allowedActions) {

    public record Cell(String code, String name, long value, boolean computed, boolean overridden) {
    }

    static StatisticsView of(AnnualStatistics s) {
        Map<StatisticsCell, Long> figures = s.getStatus() == null ? Map.of() : s.figures();
        Set<String> overridden = s.overriddenCells();
        Map<String, List<Cell>> tables = new java.util.LinkedHashMap<>();
        for (StatisticsCell c : StatisticsCell.values()) {
            tables.computeIfAbsent(c.table(), k -> new java.util.ArrayList<>()).add(new Cell(c.name(),
                    c.displayName(), figures.getOrDefault(c, 0L), c.computed(), overridden.contains(c.name())));
        }
        BigDecimal rate = s.holdingRate();
        BigDecimal yuan = s.getComputedAmountYuan() == null ? BigDecimal.ZERO : s.getComputedAmountYuan();
        return new StatisticsView(s.getId(), s.getAgencyCode(), s.getRegionCode(), s.getYear(), s.getStatus().name(),
                s.getVersion() == null ? 0 : s.getVersion(), tables, s.amountWan().setScale(2).toPlainString(),
                yuan.setScale(2).toPlainString(), "WAN_YUAN", rate == null ? null : rate.toPlainString(),
                s.getHoldingAsOf(), s.getOverrides(), s.getNarrative(), s.getComputedAt(), s.getPreparedBy(),
                s.getApprovedBy(), time(s.getSubmittedAt()), StatisticsRules.deadline(s.getYear()), s.isLate(),
                time(s.getPublishedAt()), s.getPublicationUrl(), s.allowed());
    }

    private static OffsetDateTime time(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, StatisticsRules.ZONE);
    }
}
