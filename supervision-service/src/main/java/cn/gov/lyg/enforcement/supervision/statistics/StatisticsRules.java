package cn.gov.lyg.enforcement.supervision.statistics;

import cn.gov.lyg.enforcement.events.vocabulary.CaseMilestone;
import cn.gov.lyg.enforcement.events.vocabulary.ItemType;
import cn.gov.lyg.enforcement.events.vocabulary.PenaltyKind;
import cn.gov.lyg.enforcement.events.vocabulary.RemedyOutcome;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The national counting rules of the annual enforcement statistics (DOMAIN.md §2.5.4), as pure functions:
 * <ul>
 *   <li>one penalty decision is one 宗, counted once under its <b>heaviest</b> kind in the template's light → heavy
 *       order (没收 + 罚款 → 没收; 没收违法所得 and 没收非法财物 share one row, 责令关闭 and 限制从业 share one row); a
 *       named kind together with "other" counts under the named kind; "other" alone counts as other;</li>
 *   <li>罚没金额 = fine + confiscation amounts stated in the decisions of the year, kept exactly in yuan and reported
 *       in 万元 with two decimals;</li>
 *   <li>decisions count in the year they were made, also when later revoked on reconsideration or litigation;</li>
 *   <li>a corrected report of a milestone replaces the earlier one: its old contribution is subtracted and the new
 *       one added ({@link #difference}), so the figures always equal a recount of the register's current reports;</li>
 *   <li>the other enforcement acts count in the year of their decision; remedies in the year they concluded;</li>
 *   <li>validation: every count an integer ≥ 0, 合计 = Σ kinds, 受理 ≤ 申请, 许可 + 不予许可 ≤ 受理,
 *       持证人数 ≤ 在岗人数, 罚没金额 ≥ 0 with at most two decimals (万元);</li>
 *   <li>the report of year Y is due by 31 January Y+1, 23:59:59 Asia/Shanghai, a calendar date not moved by
 *       holidays; later submissions are LATE.</li>
 * </ul>
 */
public final class StatisticsRules {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private StatisticsRules() {
    }

    /** The row of one penalty kind. */
    public static StatisticsCell rowOf(PenaltyKind kind) {
        return switch (kind) {
            case WARNING -> StatisticsCell.PENALTY_WARNING;
            case CIRCULATED_CRITICISM -> StatisticsCell.PENALTY_CIRCULATED_CRITICISM;
            case FINE -> StatisticsCell.PENALTY_FINE;
            case CONFISCATE_ILLEGAL_GAINS, CONFISCATE_ILLEGAL_PROPERTY -> StatisticsCell.PENALTY_CONFISCATION;
            case SUSPEND_LICENCE -> StatisticsCell.PENALTY_SUSPEND_LICENCE;
            case LOWER_QUALIFICATION -> StatisticsCell.PENALTY_LOWER_QUALIFICATION;
            case RESTRICT_BUSINESS -> StatisticsCell.PENALTY_RESTRICT_BUSINESS;
            case ORDER_SUSPEND_PRODUCTION -> StatisticsCell.PENALTY_ORDER_SUSPEND_PRODUCTION;
            case ORDER_CLOSURE, RESTRICT_PRACTICE -> StatisticsCell.PENALTY_ORDER_CLOSURE_RESTRICT_PRACTICE;
            case REVOKE_LICENCE -> StatisticsCell.PENALTY_REVOKE_LICENCE;
            case DETENTION -> StatisticsCell.PENALTY_DETENTION;
            case OTHER -> StatisticsCell.PENALTY_OTHER;
        };
    }

    /**
     * The one row a decision with these kinds counts under: the heaviest named kind; "other" only when no named
     * kind is given; {@code null} for no kinds at all.
     */
    public static StatisticsCell heaviestRow(Collection<PenaltyKind> kinds) {
        StatisticsCell heaviest = null;
        boolean other = false;
        for (PenaltyKind kind : kinds) {
            StatisticsCell row = rowOf(kind);
            if (row == StatisticsCell.PENALTY_OTHER) {
                other = true;
            } else if (heaviest == null || row.ordinal() > heaviest.ordinal()) {
                heaviest = row;
            }
        }
        return heaviest != null ? heaviest : other ? StatisticsCell.PENALTY_OTHER : null;
    }

    /** What one reported milestone adds to its agency's statistics of {@code year}. */
    public record Contribution(int year, Map<StatisticsCell, Long> counts, BigDecimal amountYuan) {

        public Contribution {
            counts = counts == null ? Map.of() : Map.copyOf(counts);
            amountYuan = amountYuan == null ? BigDecimal.ZERO : amountYuan;
        }

        public boolean isEmpty() {
            return counts.isEmpty() && amountYuan.signum() == 0;
        }
    }

    /**
     * The contribution of a case milestone (one per case and milestone type, the case register's natural key): a
     * penalty decision adds one to its heaviest row and to the total, and its fine and confiscation amounts; a
     * licensing case filed adds one accepted application; a decision of another act adds one to its row; a
     * concluded reconsideration or litigation adds one, and one reversed when the decision does not stand.
     */
    public static Contribution contribution(ItemType caseType, CaseMilestone milestone, LocalDate occurredOn,
                                            List<PenaltyKind> kinds, BigDecimal fine, BigDecimal confiscation,
                                            RemedyOutcome outcome) {
        Map<StatisticsCell, Long> counts = new EnumMap<>(StatisticsCell.class);
        BigDecimal amount = BigDecimal.ZERO;
        switch (milestone) {
            case DECIDED -> {
                if (caseType == ItemType.PENALTY) {
                    StatisticsCell row = heaviestRow(kinds == null ? List.of() : kinds);
                    if (row != null) {
                        counts.put(row, 1L);
                        counts.put(StatisticsCell.PENALTY_TOTAL, 1L);
                    }
                    amount = (fine == null ? BigDecimal.ZERO : fine)
                            .add(confiscation == null ? BigDecimal.ZERO : confiscation);
                } else {
                    StatisticsCell row = otherActRow(caseType);
                    if (row != null) {
                        counts.put(row, 1L);
                    }
                }
            }
            case FILED -> {
                if (caseType == ItemType.LICENSING) {
                    counts.put(StatisticsCell.LICENSING_ACCEPTED, 1L);
                }
            }
            case RECONSIDERATION_CONCLUDED -> {
                counts.put(StatisticsCell.RECONSIDERATIONS, 1L);
                if (outcome != null && outcome.reversesDecision()) {
                    counts.put(StatisticsCell.RECONSIDERATIONS_REVERSED, 1L);
                }
            }
            case LITIGATION_CONCLUDED -> {
                counts.put(StatisticsCell.LITIGATIONS, 1L);
                if (outcome != null && outcome.reversesDecision()) {
                    counts.put(StatisticsCell.LITIGATIONS_REVERSED, 1L);
                }
            }
            default -> {
                // other milestones do not change the statistics
            }
        }
        return new Contribution(occurredOn.getYear(), counts, amount);
    }

    /**
     * What changes in the statistics when a case milestone counted as {@code before} is now reported as
     * {@code after} (a correction; {@code before} null for a first report, {@code after} null for nothing): the
     * old contribution subtracted and the new one added, per year (a correction can move a decision from one year to
     * another), cells and amount that cancel out left out, years without any change left out. Subtracting
     * {@code before} in full and adding {@code after} in full is what keeps the incremental tallies equal to a
     * recount of the register: a decision is still counted once, under the heaviest kind of its current report.
     */
    public static List<Contribution> difference(Contribution before, Contribution after) {
        Map<Integer, Map<StatisticsCell, Long>> counts = new java.util.TreeMap<>();
        Map<Integer, BigDecimal> amounts = new java.util.TreeMap<>();
        Contribution[] both = {before, after};
        for (int i = 0; i < both.length; i++) {
            Contribution c = both[i];
            if (c == null) {
                continue;
            }
            long sign = i == 0 ? -1 : 1;
            Map<StatisticsCell, Long> year = counts.computeIfAbsent(c.year(), y -> new EnumMap<>(StatisticsCell.class));
            c.counts().forEach((cell, n) -> year.merge(cell, sign * n, Long::sum));
            amounts.merge(c.year(), sign < 0 ? c.amountYuan().negate() : c.amountYuan(), BigDecimal::add);
        }
        List<Contribution> changes = new ArrayList<>();
        counts.forEach((year, cells) -> {
            cells.values().removeIf(n -> n == 0);
            Contribution change = new Contribution(year, cells, amounts.getOrDefault(year, BigDecimal.ZERO));
            if (!change.isEmpty()) {
                changes.add(change);
            }
        });
        return changes;
    }

    static StatisticsCell otherActRow(ItemType type) {
        return switch (type) {
            case LEVY -> StatisticsCell.OTHER_LEVY;
            case REQUISITION -> StatisticsCell.OTHER_REQUISITION;
            case ADJUDICATION -> StatisticsCell.OTHER_ADJUDICATION;
            case CONFIRMATION -> StatisticsCell.OTHER_CONFIRMATION;
            case REWARD -> StatisticsCell.OTHER_REWARD;
            case PAYMENT -> StatisticsCell.OTHER_PAYMENT;
            case OTHER -> StatisticsCell.OTHER_OTHER;
            default -> null; // penalty, licensing, coercion and inspection are counted elsewhere
        };
    }

    /**
     * Whether an inspection record counts as one 行政检查: it names a specific object (the inspected entity) and is a
     * complete record; patrols without an object or without a record do not count.
     */
    public static boolean countsAsInspection(String uscc, String deviceRecordId) {
        return uscc != null && !uscc.isBlank() && deviceRecordId != null && !deviceRecordId.isBlank();
    }

    /** Yuan to 万元 with two decimals (half up): the template's unit. */
    public static BigDecimal toWan(BigDecimal yuan) {
        return yuan.divide(TEN_THOUSAND, 2, RoundingMode.HALF_UP);
    }

    /** 持证率 in percent with one decimal, {@code null} without officers. */
    public static BigDecimal holdingRate(long certified, long officers) {
        if (officers <= 0) {
            return null;
        }
        return BigDecimal.valueOf(certified * 100L).divide(BigDecimal.valueOf(officers), 1, RoundingMode.HALF_UP);
    }

    /** The submission deadline of the report of {@code year}: 31 January of the next year, end of day. */
    public static OffsetDateTime deadline(int year) {
        return LocalDateTime.of(LocalDate.of(year + 1, 1, 31), LocalTime.MAX).atZone(ZONE).toOffsetDateTime();
    }

    public static boolean late(int year, OffsetDateTime submittedAt) {
        return submittedAt.isAfter(deadline(year));
    }

    /**
     * The rule violations of a report's figures (field = cell code, code {@code STATS_INVALID} with a reason code in
     * the message key position): negative counts, a total that is not the sum of its rows, more accepted than
     * applied, more decided than accepted, more certified than officers, a negative amount or one with more than
     * two decimals (万元).
     */
    public static List<FieldViolation> validate(Map<StatisticsCell, Long> figures, BigDecimal amountWan) {
        List<FieldViolation> errors = new ArrayList<>();
        for (StatisticsCell cell : StatisticsCell.values()) {
            Long value = figures.get(cell);
            if (value == null) {
                errors.add(FieldViolation.of(cell.name(), "STATS_CELL_MISSING"));
            } else if (value < 0) {
                errors.add(FieldViolation.of(cell.name(), "STATS_NEGATIVE"));
            }
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        long sum = StatisticsCell.penaltyRows().stream().mapToLong(figures::get).sum();
        if (sum != figures.get(StatisticsCell.PENALTY_TOTAL)) {
            errors.add(FieldViolation.of(StatisticsCell.PENALTY_TOTAL.name(), "STATS_TOTAL_MISMATCH"));
        }
        if (figures.get(StatisticsCell.LICENSING_ACCEPTED) > figures.get(StatisticsCell.LICENSING_APPLIED)) {
            errors.add(FieldViolation.of(StatisticsCell.LICENSING_ACCEPTED.name(), "STATS_ACCEPTED_EXCEEDS_APPLIED"));
        }
        if (figures.get(StatisticsCell.LICENSING_GRANTED) + figures.get(StatisticsCell.LICENSING_REFUSED)
                > figures.get(StatisticsCell.LICENSING_ACCEPTED)) {
            errors.add(FieldViolation.of(StatisticsCell.LICENSING_GRANTED.name(), "STATS_DECIDED_EXCEEDS_ACCEPTED"));
        }
        if (figures.get(StatisticsCell.RECONSIDERATIONS_REVERSED) > figures.get(StatisticsCell.RECONSIDERATIONS)
                || figures.get(StatisticsCell.LITIGATIONS_REVERSED) > figures.get(StatisticsCell.LITIGATIONS)) {
            errors.add(FieldViolation.of(StatisticsCell.RECONSIDERATIONS_REVERSED.name(),
                    "STATS_REVERSED_EXCEEDS_CONCLUDED"));
        }
        if (figures.get(StatisticsCell.CERTIFIED_OFFICERS) > figures.get(StatisticsCell.OFFICERS)) {
            errors.add(FieldViolation.of(StatisticsCell.CERTIFIED_OFFICERS.name(), "STATS_CERTIFIED_EXCEEDS_OFFICERS"));
        }
        errors.addAll(validateAmount(amountWan));
        return errors;
    }

    /** 罚没金额 in 万元: present, ≥ 0, at most two decimals. */
    public static List<FieldViolation> validateAmount(BigDecimal amountWan) {
        if (amountWan == null) {
            return List.of(FieldViolation.of("FINES_AND_CONFISCATIONS", "STATS_CELL_MISSING"));
        }
        if (amountWan.signum() < 0) {
            return List.of(FieldViolation.of("FINES_AND_CONFISCATIONS", "STATS_NEGATIVE"));
        }
        if (amountWan.stripTrailingZeros().scale() > 2) {
            return List.of(FieldViolation.of("FINES_AND_CONFISCATIONS", "STATS_AMOUNT_SCALE"));
        }
        return List.of();
    }
}
