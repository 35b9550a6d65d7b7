package cn.gov.lyg.enforcement.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WorkingDayCalendarTest {

  private final WorkingDayCalendar calendar = WorkingDayCalendar.defaultCalendar();

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void shipsTheYears2023To2026() {
    assertThat(calendar.coveredYears()).containsExactly(2023, 2024, 2025, 2026);
    assertThat(calendar.covers(2025)).isTrue();
    assertThat(calendar.covers(2022)).isFalse();
  }

  // --- 2025, pinned to DOMAIN.md §2.0.2 (国办发明电〔2024〕12号) ---

  @ParameterizedTest
  @ValueSource(strings = {
      "2025-01-01",
      "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31", "2025-02-01", "2025-02-02", "2025-02-03", "2025-02-04",
      "2025-04-04", "2025-04-05", "2025-04-06",
      "2025-05-01", "2025-05-02", "2025-05-03", "2025-05-04", "2025-05-05",
      "2025-05-31", "2025-06-01", "2025-06-02",
      "2025-10-01", "2025-10-02", "2025-10-03", "2025-10-04", "2025-10-05", "2025-10-06", "2025-10-07",
      "2025-10-08"})
  void holidays2025AreNotWorkingDays(String date) {
    assertThat(calendar.isWorkingDay(d(date))).isFalse();
    assertThat(calendar.specialDay(d(date))).map(SpecialDay::type).contains(DayType.HOLIDAY);
  }

  @ParameterizedTest
  @CsvSource({
      "2025-01-26, SUNDAY",
      "2025-02-08, SATURDAY",
      "2025-04-27, SUNDAY",
      "2025-09-28, SUNDAY",
      "2025-10-11, SATURDAY"})
  void makeUpWeekendDays2025AreWorkingDays(String date, DayOfWeek dayOfWeek) {
    assertThat(d(date).getDayOfWeek()).isEqualTo(dayOfWeek);
    assertThat(calendar.isWorkingDay(d(date))).isTrue();
    assertThat(calendar.specialDay(d(date))).map(SpecialDay::type).contains(DayType.MAKEUP_WORKDAY);
  }

  @Test
  void exactly2025HolidaysAndMakeUpDaysOfTheNotice() {
    assertThat(calendar.specialDays(2025).stream().filter(s -> s.type() == DayType.HOLIDAY)).hasSize(28);
    assertThat(calendar.specialDays(2025).stream().filter(s -> s.type() == DayType.MAKEUP_WORKDAY))
        .extracting(SpecialDay::date)
        .containsExactlyInAnyOrder(d("2025-01-26"), d("2025-02-08"), d("2025-04-27"), d("2025-09-28"),
            d("2025-10-11"));
  }

  @Test
  void ordinaryWeekendsAreOffAndOrdinaryWeekdaysAreOn() {
    assertThat(calendar.isWorkingDay(d("2025-03-08"))).as("Saturday").isFalse();
    assertThat(calendar.isWorkingDay(d("2025-03-09"))).as("Sunday").isFalse();
    assertThat(calendar.isWorkingDay(d("2025-03-10"))).as("Monday").isTrue();
    assertThat(calendar.isWorkingDay(d("2025-03-14"))).as("Friday").isTrue();
    assertThat(calendar.isWorkingDay(d("2025-01-27"))).as("Monday before 除夕").isTrue();
    assertThat(calendar.specialDay(d("2025-03-10"))).isEmpty();
  }

  @ParameterizedTest(name = "{0}: {1} working days")
  @CsvSource({"2023, 249", "2024, 251", "2025, 248", "2026, 248"})
  void workingDaysPerYear(int year, int expected) {
    LocalDate lastDayOfPreviousYear = LocalDate.of(year, 1, 1).minusDays(1);

    assertThat(calendar.workingDaysBetween(lastDayOfPreviousYear, LocalDate.of(year, 12, 31))).isEqualTo(expected);
  }

  // --- counting (day of the event = day 0) ---

  @Test
  void zeroWorkingDaysIsTheTriggerDay() {
    assertThat(calendar.addWorkingDays(d("2025-02-01"), 0)).isEqualTo(d("2025-02-01"));
  }

  @Test
  void countingSkipsWeekends() {
    assertThat(calendar.addWorkingDays(d("2025-03-07"), 1)).isEqualTo(d("2025-03-10"));
    assertThat(calendar.addWorkingDays(d("2025-03-08"), 1)).as("trigger on Saturday").isEqualTo(d("2025-03-10"));
    assertThat(calendar.addWorkingDays(d("2025-03-10"), 5)).isEqualTo(d("2025-03-17"));
  }

  @Test
  void countingAcrossThe2025SpringFestival() {
    // Fri 24 Jan; Sun 26 Jan is a make-up working day; 28 Jan–4 Feb off; Sat 8 Feb is a make-up working day.
    assertThat(calendar.addWorkingDays(d("2025-01-24"), 1)).isEqualTo(d("2025-01-26"));
    assertThat(calendar.addWorkingDays(d("2025-01-24"), 3)).isEqualTo(d("2025-02-05"));
    assertThat(calendar.addWorkingDays(d("2025-01-27"), 5)).isEqualTo(d("2025-02-10"));
    assertThat(calendar.addWorkingDays(d("2025-01-27"), 4)).isEqualTo(d("2025-02-08"));
    assertThat(calendar.workingDaysBetween(d("2025-01-27"), d("2025-02-04"))).isZero();
  }

  @Test
  void countingAcrossThe2025NationalDay() {
    // Sun 28 Sep make-up; 1–8 Oct off; Sat 11 Oct make-up.
    assertThat(calendar.addWorkingDays(d("2025-09-26"), 1)).isEqualTo(d("2025-09-28"));
    assertThat(calendar.addWorkingDays(d("2025-09-26"), 2)).isEqualTo(d("2025-09-29"));
    assertThat(calendar.addWorkingDays(d("2025-09-30"), 1)).isEqualTo(d("2025-10-09"));
    assertThat(calendar.addWorkingDays(d("2025-09-30"), 3)).isEqualTo(d("2025-10-11"));
    assertThat(calendar.addWorkingDays(d("2025-09-30"), 7)).isEqualTo(d("2025-10-16"));
  }

  @Test
  void deadlineIsTheEndOfTheNthWorkingDayInShanghai() {
    ZonedDateTime deadline = calendar.deadline(d("2025-09-30"), 7);

    assertThat(deadline).isEqualTo(ZonedDateTime.of(2025, 10, 16, 23, 59, 59, 0, ZoneId.of("Asia/Shanghai")));
    assertThat(deadline.getOffset().getId()).isEqualTo("+08:00");
    assertThat(calendar.deadline(d("2025-01-24"), 3).toLocalDate()).isEqualTo(d("2025-02-05"));
  }

  @Test
  void deadlineFromAnInstantUsesTheShanghaiDate() {
    // 2025-01-27T16:30Z is 2025-01-28 00:30 in Shanghai (除夕), so 28 Jan is day 0.
    assertThat(calendar.deadline(Instant.parse("2025-01-27T16:30:00Z"), 1).toLocalDate())
        .isEqualTo(d("2025-02-05"));
    assertThat(calendar.deadline(Instant.parse("2025-01-27T15:30:00Z"), 1).toLocalDate())
        .isEqualTo(d("2025-02-05"));
    assertThat(calendar.deadline(Instant.parse("2025-01-26T15:30:00Z"), 1).toLocalDate())
        .as("Sunday 26 Jan 23:30 Shanghai, a make-up working day, is day 0")
        .isEqualTo(d("2025-01-27"));
  }

  @Test
  void negativeWorkingDaysAreRejected() {
    assertThatThrownBy(() -> calendar.addWorkingDays(d("2025-03-10"), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void workingDaysBetweenIsTheInverseOfAddWorkingDays() {
    for (LocalDate start = d("2023-01-01"); start.isBefore(d("2026-12-01")); start = start.plusDays(1)) {
      for (int n = 0; n <= 15; n++) {
        LocalDate end = calendar.addWorkingDays(start, n);
        assertThat(calendar.workingDaysBetween(start, end)).as("%s + %d", start, n).isEqualTo(n);
        assertThat(n == 0 || calendar.isWorkingDay(end)).as("%s + %d lands on a working day", start, n).isTrue();
      }
    }
  }

  @Test
  void workingDaysBetweenIsHalfOpenAndAntisymmetric() {
    assertThat(calendar.workingDaysBetween(d("2025-03-10"), d("2025-03-10"))).isZero();
    assertThat(calendar.workingDaysBetween(d("2025-03-10"), d("2025-03-14"))).isEqualTo(4);
    assertThat(calendar.workingDaysBetween(d("2025-03-14"), d("2025-03-10"))).isEqualTo(-4);
    assertThat(calendar.workingDaysBetween(d("2025-09-30"), d("2025-10-16"))).isEqualTo(7);
  }

  // --- other shipped years, spot checks ---

  @Test
  void otherYearsSpotChecks() {
    assertThat(calendar.isWorkingDay(d("2024-02-18"))).as("2024 Spring Festival make-up Sunday").isTrue();
    assertThat(calendar.isWorkingDay(d("2024-02-09"))).as("2024 除夕 is officially a working day").isTrue();
    assertThat(calendar.isWorkingDay(d("2024-02-16"))).isFalse();
    assertThat(calendar.isWorkingDay(d("2023-01-28"))).as("2023 Spring Festival make-up Saturday").isTrue();
    assertThat(calendar.isWorkingDay(d("2023-10-06"))).isFalse();
    assertThat(calendar.isWorkingDay(d("2026-01-04"))).as("2026 New Year make-up Sunday").isTrue();
    assertThat(calendar.isWorkingDay(d("2026-02-23"))).isFalse();
  }

  @Test
  void everyShippedMakeUpDayIsAWeekendDay() {
    for (int year : calendar.coveredYears()) {
      assertThat(calendar.specialDays(year))
          .filteredOn(s -> s.type() == DayType.MAKEUP_WORKDAY)
          .allSatisfy(s -> assertThat(s.date().getDayOfWeek()).isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
    }
  }

  // --- missing years ---

  @Test
  void yearWithoutDataIsAClearError() {
    assertThatThrownBy(() -> calendar.isWorkingDay(d("2022-06-01")))
        .isInstanceOfSatisfying(CalendarYearNotLoadedException.class, e -> {
          assertThat(e.code()).isEqualTo("CALENDAR_YEAR_NOT_LOADED");
          assertThat(e.year()).isEqualTo(2022);
        })
        .hasMessageContaining("CALENDAR_YEAR_NOT_LOADED");
  }

  @Test
  void countingIntoAYearWithoutDataFailsInsteadOfGuessing() {
    assertThatThrownBy(() -> calendar.addWorkingDays(d("2026-12-28"), 10))
        .isInstanceOfSatisfying(CalendarYearNotLoadedException.class, e -> assertThat(e.year()).isEqualTo(2027));
    assertThatThrownBy(() -> calendar.workingDaysBetween(d("2026-12-30"), d("2027-01-05")))
        .isInstanceOf(CalendarYearNotLoadedException.class);
    assertThatThrownBy(() -> calendar.deadline(d("2022-12-30"), 1))
        .isInstanceOf(CalendarYearNotLoadedException.class);
  }

  // --- loading from configuration ---

  @Test
  void loadsOnlyTheGivenFiles() throws IOException {
    URL only2025 = WorkingDayCalendar.defaultSources().stream()
        .filter(u -> u.toString().endsWith("cn-holidays-2025.csv")).findFirst().orElseThrow();

    WorkingDayCalendar just2025 = WorkingDayCalendar.load(List.of(only2025));

    assertThat(just2025.coveredYears()).containsExactly(2025);
    assertThat(just2025.isWorkingDay(d("2025-01-26"))).isTrue();
    assertThatThrownBy(() -> just2025.isWorkingDay(d("2024-06-03")))
        .isInstanceOf(CalendarYearNotLoadedException.class);
  }

  @Test
  void aNewerYearCanBeLoadedFromAFileWithoutARelease(@TempDir Path dir) throws IOException {
    Path file2027 = dir.resolve("cn-holidays-2027.csv");
    Files.writeString(file2027, """
        # hypothetical test data, not the real 2027 notice
        date,type,name
        2027-01-01,HOLIDAY,元旦
        2027-01-02,HOLIDAY,元旦
        2027-01-03,HOLIDAY,元旦
        2027-01-09,MAKEUP_WORKDAY,元旦
        """, StandardCharsets.UTF_8);
    List<URL> sources = new ArrayList<>(WorkingDayCalendar.defaultSources());
    sources.add(file2027.toUri().toURL());

    WorkingDayCalendar extended = WorkingDayCalendar.load(sources);

    assertThat(extended.coveredYears()).containsExactly(2023, 2024, 2025, 2026, 2027);
    assertThat(extended.isWorkingDay(d("2027-01-01"))).isFalse();
    assertThat(extended.isWorkingDay(d("2027-01-09"))).isTrue();
    assertThat(extended.addWorkingDays(d("2026-12-31"), 1)).isEqualTo(d("2027-01-04"));
  }

  @Test
  void aLaterFileReplacesTheWholeYear() {
    WorkingDayCalendar corrected = calendar.merge(WorkingDayCalendar.loadStreams(List.of(stream("""
        2025-01-01,HOLIDAY,元旦
        """))));

    assertThat(corrected.coveredYears()).containsExactly(2023, 2024, 2025, 2026);
    assertThat(corrected.isWorkingDay(d("2025-01-01"))).isFalse();
    assertThat(corrected.isWorkingDay(d("2025-01-28"))).as("no longer in the replaced year").isTrue();
    assertThat(calendar.isWorkingDay(d("2025-01-28"))).as("original unchanged").isFalse();
  }

  @Test
  void malformedFilesAreRejected() {
    assertThatThrownBy(() -> WorkingDayCalendar.loadStreams(List.of(stream("2025-03-10,MAKEUP_WORKDAY,x\n"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a Saturday or Sunday");
    assertThatThrownBy(() -> WorkingDayCalendar.loadStreams(List.of(stream(
        "2025-01-01,HOLIDAY,元旦\n2026-01-01,HOLIDAY,元旦\n"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mixes years");
    assertThatThrownBy(() -> WorkingDayCalendar.loadStreams(List.of(stream(
        "2025-01-01,HOLIDAY,元旦\n2025-01-01,HOLIDAY,元旦\n"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
    assertThatThrownBy(() -> WorkingDayCalendar.loadStreams(List.of(stream("2025-01-01,DAY_OFF,元旦\n"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(":1");
    assertThatThrownBy(() -> WorkingDayCalendar.loadStreams(List.of(stream("2025-13-01,HOLIDAY,x\n"))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WorkingDayCalendar.loadStreams(List.of(stream("2025-01-01,HOLIDAY\n"))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WorkingDayCalendar.loadStreams(List.of(stream("# only a comment\n"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("without entries");
  }

  @Test
  void errorCodeHasEnglishAndChineseMessages() {
    ResourceBundle.Control noFallback = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT);
    String name = "cn.gov.lyg.enforcement.platform.calendar.messages";

    assertThat(ResourceBundle.getBundle(name, Locale.ROOT, noFallback).getString(CalendarYearNotLoadedException.CODE))
        .isNotBlank();
    assertThat(ResourceBundle.getBundle(name, Locale.CHINESE, noFallback).getString(CalendarYearNotLoadedException.CODE))
        .containsPattern("\\p{IsHan}");
  }

  private static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
