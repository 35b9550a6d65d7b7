package cn.gov.lyg.enforcement.inspection.publicity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.lyg.enforcement.platform.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class PublicityDeadlineTest {

    private final PublicityDeadline deadlines = new PublicityDeadline(WorkingDayCalendar.defaultCalendar());

    @Test
    void twentyWorkingDaysAfterConfirmationIncludingMakeUpDaysAndSkippingHolidays() {
        // confirmed Monday 3 March 2025, no holidays: four weeks later
        assertThat(deadlines.dueDate(LocalDate.of(2025, 3, 3))).isEqualTo(LocalDate.of(2025, 3, 31));
        // confirmed Friday 26 September 2025: Sun 28 Sep and Sat 11 Oct are make-up working days, 1–8 Oct holidays
        assertThat(deadlines.dueDate(LocalDate.of(2025, 9, 26))).isEqualTo(LocalDate.of(2025, 10, 30));
        ZonedDateTime end = deadlines.deadline(LocalDate.of(2025, 3, 3));
        assertThat(end.toLocalTime()).hasToString("23:59:59");
        assertThat(end.getZone()).isEqualTo(WorkingDayCalendar.ZONE);
    }

    @Test
    void pendingDueSoonAndOverdue() {
        LocalDate confirmed = LocalDate.of(2025, 3, 3);
        assertThat(deadlines.state(confirmed, LocalDate.of(2025, 3, 10))).isEqualTo(PublicityDeadline.State.PENDING);
        assertThat(deadlines.state(confirmed, LocalDate.of(2025, 3, 26))).isEqualTo(PublicityDeadline.State.DUE_SOON);
        assertThat(deadlines.state(confirmed, LocalDate.of(2025, 3, 31))).isEqualTo(PublicityDeadline.State.DUE_SOON);
        assertThat(deadlines.state(confirmed, LocalDate.of(2025, 4, 1))).isEqualTo(PublicityDeadline.State.OVERDUE);
        assertThat(deadlines.late(confirmed, LocalDate.of(2025, 3, 31))).isFalse();
        assertThat(deadlines.late(confirmed, LocalDate.of(2025, 4, 1))).isTrue();
    }

    @Test
    void daysOfAYearWithoutItsHolidayNoticeCountProvisionallyAsWeekdays() {
        // confirmed Friday 4 December 2026; 2027 has no notice loaded: 18 working days to 30 Dec (2026 data:
        // no December holiday), then Thu 31 Dec = 19; 1 Jan 2027 (Friday) counts provisionally as the 20th
        LocalDate confirmed = LocalDate.of(2026, 12, 4);
        assertThat(deadlines.dueDate(confirmed)).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(deadlines.isProvisional(confirmed)).isTrue();
        assertThat(deadlines.isProvisional(LocalDate.of(2025, 3, 3))).isFalse();
        assertThat(deadlines.state(confirmed, LocalDate.of(2026, 12, 29))).isEqualTo(PublicityDeadline.State.DUE_SOON);
        assertThat(deadlines.state(confirmed, LocalDate.of(2027, 1, 4))).isEqualTo(PublicityDeadline.State.OVERDUE);
    }
}
