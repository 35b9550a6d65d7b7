package cn.gov.lyg.enforcement.supervision.statistics;

/**
 * Spring application event raised in the same request after an annual statistics report was published and saved, for
 * features of this service that react at once (the provincial push): {@code reportId} and its {@code version} are the
 * record id and version; load the report with {@link StatisticsService#published(String)}. The same fact goes to
 * other services as {@code AnnualStatisticsPublished} on {@code supervision.statistics.v1} (through the outbox).
 */
public record StatisticsPublished(String reportId, String agencyCode, String regionCode, int year, long version) {
}
