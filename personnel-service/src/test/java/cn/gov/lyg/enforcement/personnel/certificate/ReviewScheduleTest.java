package cn.gov.lyg.enforcement.personnel.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReviewScheduleTest {

    final ReviewSchedule schedule = ReviewSchedule.defaults();

    @Test
    void theReviewOfAYearIsDueOn31MarchOfTheNext() {
        assertThat(schedule.dueDate(2024)).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(schedule.latestRequiredYear(LocalDate.of(2025, 3, 31))).isEqualTo(2023);
        assertThat(schedule.latestRequiredYear(LocalDate.of(2025, 4, 1))).isEqualTo(2024);
        assertThat(schedule.latestRequiredYear(LocalDate.of(2025, 1, 1))).isEqualTo(2023);
    }

    /** O06 赵明: certificate from 2022-06-01, last review passed 2023, 2024 not yet. */
    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "2022-06-01, 2023, 2025-03-31, null",
            "2022-06-01, 2023, 2025-04-01, 2024",
            "2022-06-01, null, 2024-04-01, 2023",
            "2022-06-01, null, 2024-03-31, null",
            "2022-06-01, 2021, 2025-04-01, 2023",
            "2024-12-31, null, 2025-04-01, null",
            "2024-12-31, null, 2026-04-01, 2025",
            "2021-07-01, 2024, 2025-12-31, null"})
    void overdueYears(LocalDate validFrom, Integer last, LocalDate asOf, Integer expected) {
        var overdue = schedule.overdueYear(validFrom, last, asOf);
        if (expected == null) {
            assertThat(overdue).isEmpty();
        } else {
            assertThat(overdue).hasValue(expected);
        }
    }

    @Test
    void theDueDayIsConfigurable() {
        ReviewSchedule endOfJune = new ReviewSchedule(MonthDay.of(6, 30));
        assertThat(endOfJune.overdueYear(LocalDate.of(2022, 6, 1), 2023, LocalDate.of(2025, 4, 1))).isEmpty();
        assertThat(endOfJune.overdueYear(LocalDate.of(2022, 6, 1), 2023, LocalDate.of(2025, 7, 1))).hasValue(2024);
        assertThat(schedule.nextDueDate(LocalDate.of(2022, 6, 1), 2023, LocalDate.of(2025, 1, 1)))
                .isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(schedule.overdueYear(null, null, LocalDate.of(2025, 1, 1))).isEmpty();
    }
}
