package cn.gov.lyg.enforcement.supervision.threesystems;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * The three-systems figures 三项制度 of an agency or region for the decisions of a period, as of a day.
 * Rates are percentages with two decimals ({@code null} when nothing was due).
 */
public record ThreeSystemsFigures(String agencyCode, String regionCode, LocalDate from, LocalDate to, LocalDate asOf,
                                  Counts total, List<Counts> agencies) {

    /** Counts of one agency (or the total, {@code agencyCode} null). */
    public record Counts(String agencyCode, long decided, Deadline disclosure, Deadline withdrawal, Coverage recording,
                         Coverage legalReview) {
    }

    /**
     * A deadline duty: {@code due} cases have it; done {@code inTime} or {@code late}; {@code pending} not done yet, of
     * which {@code overdue} past the due day as of {@code asOf}. {@code timelyRate} = inTime / (inTime + late + overdue).
     */
    public record Deadline(long due, long inTime, long late, long pending, long overdue, BigDecimal timelyRate) {

        static Deadline of(long due, long inTime, long late, long pending, long overdue) {
            return new Deadline(due, inTime, late, pending, overdue, ThreeSystemsFigures.rate(inTime, inTime + late + overdue));
        }
    }

    /** A coverage duty: {@code required} cases, {@code met}, {@code missing}; {@code rate} = met / required. */
    public record Coverage(long required, long met, long missing, BigDecimal rate) {

        static Coverage of(long required, long met) {
            return new Coverage(required, met, required - met, ThreeSystemsFigures.rate(met, required));
        }
    }

    static BigDecimal rate(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 2,
                RoundingMode.HALF_UP);
    }
}
