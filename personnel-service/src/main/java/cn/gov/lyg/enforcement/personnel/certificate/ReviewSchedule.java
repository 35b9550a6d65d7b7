package cn.gov.lyg.enforcement.personnel.certificate;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.OptionalInt;

/**
 * When annual reviews 年度审验 are due (DOMAIN.md §2.1.2, §5 Q2 [ASM]): the review of year Y must be PASSED by the due
 * day of Y+1 (31 March by default); from the day after, the certificate's review is overdue. The year of issue needs
 * no review of its own.
 */
public final class ReviewSchedule {

    private final MonthDay dueDay;

    public ReviewSchedule(MonthDay dueDay) {
        this.dueDay = dueDay;
    }

    public static ReviewSchedule defaults() {
        return new ReviewSchedule(MonthDay.of(3, 31));
    }

    public LocalDate dueDate(int year) {
        return dueDay.atYear(year + 1);
    }

    /** The latest year whose review deadline has passed on {@code asOf}. */
    public int latestRequiredYear(LocalDate asOf) {
        return asOf.isAfter(dueDate(asOf.getYear() - 1)) ? asOf.getYear() - 1 : asOf.getYear() - 2;
    }

    /**
     * The first year whose review is overdue on {@code asOf}, if any.
     *
     * @param validFrom      start of the certificate's validity (its year is exempt)
     * @param lastReviewYear last year passed, {@code null} when none
     */
    public OptionalInt overdueYear(LocalDate validFrom, Integer lastReviewYear, LocalDate asOf) {
        if (validFrom == null) {
            return OptionalInt.empty();
        }
        int required = latestRequiredYear(asOf);
        int firstRequired = validFrom.getYear() + 1;
        if (required < firstRequired || (lastReviewYear != null && lastReviewYear >= required)) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(lastReviewYear == null ? firstRequired : Math.max(firstRequired, lastReviewYear + 1));
    }

    /** The next review deadline still ahead of (or on) {@code asOf}. */
    public LocalDate nextDueDate(LocalDate validFrom, Integer lastReviewYear, LocalDate asOf) {
        int year = Math.max(validFrom == null ? asOf.getYear() : validFrom.getYear() + 1,
                lastReviewYear == null ? Integer.MIN_VALUE : lastReviewYear + 1);
        return dueDate(year);
    }
}
