package cn.gov.lyg.enforcement.supervision.statistics;

import cn.gov.lyg.enforcement.platform.mongo.AggregateDocument;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The running counters of one agency and year, kept incrementally from the case register's and inspection-service's
 * events (so that a report over a register of a million cases is one document read, not a scan). Each consumed event
 * is applied exactly once: its id is recorded with the counters in the same document write
 * ({@link AggregateDocument#markProcessed}).
 */
@Document(StatisticsTally.COLLECTION)
public class StatisticsTally extends AggregateDocument {

    public static final String COLLECTION = "statistics_tallies";

    @Id
    private String id;
    private String agencyCode;
    private String regionCode;
    private int year;
    private Map<StatisticsCell, Long> counts = new EnumMap<>(StatisticsCell.class);
    private BigDecimal amountYuan = BigDecimal.ZERO;

    protected StatisticsTally() {
    }

    public static String idOf(String agencyCode, int year) {
        return agencyCode + ":" + year;
    }

    public static StatisticsTally empty(String agencyCode, String regionCode, int year) {
        StatisticsTally t = new StatisticsTally();
        t.id = idOf(agencyCode, year);
        t.agencyCode = agencyCode;
        t.regionCode = regionCode;
        t.year = year;
        return t;
    }

    /** Adds a contribution once per event id; returns false when this event was already applied. */
    public boolean apply(String eventId, StatisticsRules.Contribution contribution) {
        if (!markProcessed(eventId)) {
            return false;
        }
        contribution.counts().forEach((cell, n) -> counts().merge(cell, n, Long::sum));
        amountYuan = amountYuan().add(contribution.amountYuan());
        return true;
    }

    private Map<StatisticsCell, Long> counts() {
        if (counts == null) {
            counts = new EnumMap<>(StatisticsCell.class);
        }
        return counts;
    }

    private BigDecimal amountYuan() {
        return amountYuan == null ? BigDecimal.ZERO : amountYuan;
    }

    @Override
    public String aggregateId() {
        return id;
    }

    @Override
    public String aggregateType() {
        return "StatisticsTally";
    }

    public String getId() { return id; }
    public String getAgencyCode() { return agencyCode; }
    public String getRegionCode() { return regionCode; }
    public int getYear() { return year; }
    public long count(StatisticsCell cell) { return counts().getOrDefault(cell, 0L); }
    public BigDecimal getAmountYuan() { return amountYuan(); }
}
