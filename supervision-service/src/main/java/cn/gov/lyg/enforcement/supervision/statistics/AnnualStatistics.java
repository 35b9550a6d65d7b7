package cn.gov.lyg.enforcement.supervision.statistics;

import cn.gov.lyg.enforcement.events.supervision.AnnualStatisticsPublished;
import cn.gov.lyg.enforcement.events.supervision.AnnualStatisticsSubmitted;
import cn.gov.lyg.enforcement.platform.mongo.AggregateDocument;
import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import cn.gov.lyg.enforcement.platform.problem.InvalidTransitionException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One agency's annual enforcement statistics 行政执法统计年报 of one year: the computed figures, the manual overrides
 * (each with its reason, audited), the effective figures, the narrative, the submission (LATE after 31 January) and
 * the publication. The id is {@code agencyCode:year}.
 */
@Document(AnnualStatistics.COLLECTION)
public class AnnualStatistics extends AggregateDocument {

    public static final String COLLECTION = "annual_statistics";
    /** The pseudo-cell of 罚没金额 (万元) in overrides. */
    public static final String AMOUNT_CELL = "FINES_AND_CONFISCATIONS";

    /** A manual value replacing the computed one. */
    public record ManualValue(String cell, Long value, BigDecimal amountWan, String reason, String by, Instant at) {
    }

    @Id
    private String id;
    private String agencyCode;
    private String regionCode;
    private int year;
    private StatisticsStatus status = StatisticsStatus.DRAFT;
    private Map<StatisticsCell, Long> computed = new EnumMap<>(StatisticsCell.class);
    private BigDecimal computedAmountYuan = BigDecimal.ZERO;
    private Instant computedAt;
    private LocalDate holdingAsOf;
    private List<ManualValue> overrides = new ArrayList<>();
    private String narrative;
    private String preparedBy;
    private String approvedBy;
    private Instant submittedAt;
    private boolean late;
    private Instant publishedAt;
    private String publicationUrl;

    protected AnnualStatistics() {
    }

    public static String idOf(String agencyCode, int year) {
        return agencyCode + ":" + year;
    }

    public static AnnualStatistics open(String agencyCode, String regionCode, int year) {
        AnnualStatistics s = new AnnualStatistics();
        s.id = idOf(agencyCode, year);
        s.agencyCode = agencyCode;
        s.regionCode = regionCode;
        s.year = year;
        return s;
    }

    /** Takes the platform's figures (tally + 持证率 projection); manual overrides stay. Only before submission. */
    public void recompute(StatisticsTally tally, long officers, long certified, LocalDate holdingAsOf, Instant now,
                          String actor) {
        requireEditable("recompute");
        Map<StatisticsCell, Long> figures = new EnumMap<>(StatisticsCell.class);
        for (StatisticsCell cell : StatisticsCell.values()) {
            if (cell.computed()) {
                figures.put(cell, tally == null ? 0L : tally.count(cell));
            }
        }
        figures.put(StatisticsCell.OFFICERS, officers);
        figures.put(StatisticsCell.CERTIFIED_OFFICERS, certified);
        computed = figures;
        computedAmountYuan = tally == null ? BigDecimal.ZERO : tally.getAmountYuan();
        computedAt = now;
        this.holdingAsOf = holdingAsOf;
        preparedBy = actor;
        status = StatisticsStatus.DRAFT;
        audit("STATISTICS_COMPUTED", Map.of("year", year, "penaltyTotal",
                figures.get(StatisticsCell.PENALTY_TOTAL), "amountYuan", computedAmountYuan.toPlainString()));
    }

    /**
     * A manual value for a cell (or {@link #AMOUNT_CELL} in 万元) with its reason; replaces an earlier override of the
     * cell. Counts must be ≥ 0, the amount ≥ 0 with at most two decimals ({@code STATS_INVALID}).
     */
    public void override(String cell, Long value, BigDecimal amountWan, String reason, String actor, Instant now) {
        requireEditable("override");
        if (reason == null || reason.isBlank()) {
            throw ApiException.invalid("STATS_OVERRIDE_REASON_REQUIRED",
                    List.of(FieldViolation.of("reason", "STATS_OVERRIDE_REASON_REQUIRED")));
        }
        Object before;
        if (AMOUNT_CELL.equals(cell)) {
            List<FieldViolation> errors = StatisticsRules.validateAmount(amountWan);
            if (!errors.isEmpty()) {
                throw ApiException.invalid("STATS_INVALID", errors);
            }
            before = amountWan().toPlainString();
            value = null;
        } else {
            StatisticsCell c = cellOf(cell);
            if (value == null || value < 0) {
                throw ApiException.invalid("STATS_INVALID", List.of(FieldViolation.of(cell, "STATS_NEGATIVE")));
            }
            before = figures().get(c);
            amountWan = null;
        }
        overrides().removeIf(o -> o.cell().equals(cell));
        overrides().add(new ManualValue(cell, value, amountWan, reason.trim(), actor, now));
        status = StatisticsStatus.DRAFT;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("cell", cell);
        details.put("from", String.valueOf(before));
        details.put("to", String.valueOf(value != null ? value : amountWan.toPlainString()));
        details.put("reason", reason.trim());
        audit("STATISTICS_OVERRIDDEN", details);
    }

    static StatisticsCell cellOf(String cell) {
        try {
            return StatisticsCell.valueOf(cell);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ApiException.invalid("STATS_CELL_UNKNOWN", List.of(FieldViolation.of("cell", "STATS_CELL_UNKNOWN")));
        }
    }

    /** DRAFT → VALIDATED when the figures pass {@link StatisticsRules#validate}; else 400 {@code STATS_INVALID}. */
    public void validate(String narrative, String actor) {
        requireEditable("validate");
        List<FieldViolation> errors = StatisticsRules.validate(figures(), amountWan());
        if (!errors.isEmpty()) {
            throw ApiException.invalid("STATS_INVALID", errors);
        }
        if (narrative != null && !narrative.isBlank()) {
            this.narrative = narrative.trim();
        }
        status = StatisticsStatus.VALIDATED;
        audit("STATISTICS_VALIDATED", Map.of("by", actor));
    }

    /** VALIDATED → SUBMITTED, or LATE after 31 January of the next year; not before the year has ended. */
    public void submit(OffsetDateTime at, String actor, Instant now) {
        if (status != StatisticsStatus.VALIDATED) {
            throw new InvalidTransitionException("AnnualStatistics", status, "submit", allowed());
        }
        if (at.toLocalDate().getYear() <= year) {
            throw ApiException.invalid("STATS_YEAR_NOT_ENDED", List.of(FieldViolation.of("at", "STATS_YEAR_NOT_ENDED")));
        }
        late = StatisticsRules.late(year, at);
        submittedAt = at.toInstant();
        approvedBy = actor;
        status = late ? StatisticsStatus.LATE : StatisticsStatus.SUBMITTED;
        audit("STATISTICS_SUBMITTED", Map.of("at", at.toString(), "late", late));
        raise(new AnnualStatisticsSubmitted(UUID.randomUUID().toString(), OffsetDateTime.ofInstant(now,
                StatisticsRules.ZONE), id, nextVersion(), regionCode, agencyCode, year,
                OffsetDateTime.ofInstant(submittedAt, StatisticsRules.ZONE), late));
    }

    /** SUBMITTED or LATE → PUBLISHED (公开 on the government website), with the whole report in the event. */
    public void publish(String url, OffsetDateTime at, Instant now) {
        if (status != StatisticsStatus.SUBMITTED && status != StatisticsStatus.LATE) {
            throw new InvalidTransitionException("AnnualStatistics", status, "publish", allowed());
        }
        if (at.toInstant().isBefore(submittedAt)) {
            throw ApiException.invalid("DATE_ORDER", List.of(FieldViolation.of("at", "DATE_ORDER")));
        }
        publishedAt = at.toInstant();
        publicationUrl = url;
        status = StatisticsStatus.PUBLISHED;
        audit("STATISTICS_PUBLISHED", Map.of("at", at.toString(), "url", url == null ? "" : url));
        Map<String, Long> cells = new LinkedHashMap<>();
        figures().forEach((cell, value) -> cells.put(cell.name(), value));
        BigDecimal rate = holdingRate();
        raise(new AnnualStatisticsPublished(UUID.randomUUID().toString(), OffsetDateTime.ofInstant(now,
                StatisticsRules.ZONE), id, nextVersion(), regionCode, agencyCode, year,
                OffsetDateTime.ofInstant(submittedAt, StatisticsRules.ZONE), late,
                OffsetDateTime.ofInstant(publishedAt, StatisticsRules.ZONE), url, cells,
                amountWan().setScale(2).toPlainString(), rate == null ? null : rate.toPlainString()));
    }

    private void requireEditable(String action) {
        if (status != StatisticsStatus.DRAFT && status != StatisticsStatus.VALIDATED) {
            throw new InvalidTransitionException("AnnualStatistics", status, action, allowed());
        }
    }

    public List<String> allowed() {
        return switch (status) {
            case DRAFT -> List.of("recompute", "override", "validate");
            case VALIDATED -> List.of("recompute", "override", "validate", "submit");
            case SUBMITTED, LATE -> List.of("publish");
            case PUBLISHED -> List.of();
        };
    }

    /** The effective figures: computed, with manual overrides applied; manual-only cells default to 0. */
    public Map<StatisticsCell, Long> figures() {
        Map<StatisticsCell, Long> figures = new EnumMap<>(StatisticsCell.class);
        for (StatisticsCell cell : StatisticsCell.values()) {
            figures.put(cell, computed().getOrDefault(cell, 0L));
        }
        for (ManualValue o : overrides()) {
            if (!AMOUNT_CELL.equals(o.cell())) {
                figures.put(StatisticsCell.valueOf(o.cell()), o.value());
            }
        }
        return figures;
    }

    /** 罚没金额 in 万元: the override if any, else the computed yuan amount in 万元 (two decimals). */
    public BigDecimal amountWan() {
        return overrides().stream().filter(o -> AMOUNT_CELL.equals(o.cell())).map(ManualValue::amountWan).findFirst()
                .orElseGet(() -> StatisticsRules.toWan(computedAmountYuan == null ? BigDecimal.ZERO
                        : computedAmountYuan));
    }

    public BigDecimal holdingRate() {
        Map<StatisticsCell, Long> f = figures();
        return StatisticsRules.holdingRate(f.get(StatisticsCell.CERTIFIED_OFFICERS), f.get(StatisticsCell.OFFICERS));
    }

    /** Cells whose value was set by hand. */
    public Set<String> overriddenCells() {
        return overrides().stream().map(ManualValue::cell).collect(java.util.stream.Collectors.toSet());
    }

    private Map<StatisticsCell, Long> computed() {
        if (computed == null) {
            computed = new EnumMap<>(StatisticsCell.class);
        }
        return computed;
    }

    private List<ManualValue> overrides() {
        if (overrides == null) {
            overrides = new ArrayList<>();
        }
        return overrides;
    }

    @Override
    public String aggregateId() {
        return id;
    }

    @Override
    public String aggregateType() {
        return "AnnualStatistics";
    }

    public String getId() { return id; }
    public String getAgencyCode() { return agencyCode; }
    public String getRegionCode() { return regionCode; }
    public int getYear() { return year; }
    public StatisticsStatus getStatus() { return status; }
    public Map<StatisticsCell, Long> getComputed() { return Map.copyOf(computed()); }
    public BigDecimal getComputedAmountYuan() { return computedAmountYuan; }
    public Instant getComputedAt() { return computedAt; }
    public LocalDate getHoldingAsOf() { return holdingAsOf; }
    public List<ManualValue> getOverrides() { return List.copyOf(overrides()); }
    public String getNarrative() { return narrative; }
    public String getPreparedBy() { return preparedBy; }
    public String getApprovedBy() { return approvedBy; }
    public Instant getSubmittedAt() { return submittedAt; }
    public boolean isLate() { return late; }
    public Instant getPublishedAt() { return publishedAt; }
    public String getPublicationUrl() { return publicationUrl; }
}
