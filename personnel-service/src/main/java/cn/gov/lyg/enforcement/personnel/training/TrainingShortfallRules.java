package cn.gov.lyg.enforcement.personnel.training;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * When an officer's training of a year falls short (DOMAIN.md §2.1.3 P7), pure:
 * <ul>
 *   <li>a shortfall is fewer hours recorded for the year than the required annual hours
 *       ({@code personnel.required-annual-hours}, default 60); no record at all is 0 hours;</li>
 *   <li>the requirement binds the officers the annual review of that year covers: on duty at the end of the year
 *       and holding an enforcement certificate then (ACTIVE or SUSPENDED) that was issued before the year (the year
 *       of issue is exempt, as for the annual review);</li>
 *   <li>only a finished year is checked: the year must be before the current one ({@code TRAINING_YEAR_INVALID}).</li>
 * </ul>
 */
public final class TrainingShortfallRules {

    public static final int EARLIEST_YEAR = 2000;

    private TrainingShortfallRules() {
    }

    public static boolean isShortfall(BigDecimal recordedHours, int requiredHours) {
        BigDecimal hours = recordedHours == null ? BigDecimal.ZERO : recordedHours;
        return hours.compareTo(BigDecimal.valueOf(requiredHours)) < 0;
    }

    /**
     * @param onDutyAtYearEnd        the officer was on an enforcement post on 31 December of {@code year}
     * @param heldCertificateFrom    validFrom of the enforcement certificate held (ACTIVE or SUSPENDED) on 31 December
     *                               of {@code year}, {@code null} when none was held
     */
    public static boolean subjectTo(int year, boolean onDutyAtYearEnd, LocalDate heldCertificateFrom) {
        return onDutyAtYearEnd && heldCertificateFrom != null && heldCertificateFrom.getYear() < year;
    }

    /** A year whose training is complete on {@code today}: from {@value #EARLIEST_YEAR} to last year. */
    public static boolean checkableYear(int year, LocalDate today) {
        return year >= EARLIEST_YEAR && year < today.getYear();
    }
}
