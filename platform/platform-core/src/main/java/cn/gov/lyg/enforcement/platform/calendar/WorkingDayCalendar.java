package cn.gov.lyg.enforcement.platform.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Working days in mainland China: Monday to Friday, minus the public holidays, plus the make-up working days (调休)
 * that the State Council General Office announces each year (国务院办公厅关于某年部分节假日安排的通知, under the
 * 全国年节及纪念日放假办法).
 *
 * <p>Legal use: in 行政处罚法 (Art. 85) periods of "2/3/5/7 days" are working days; in 行政强制法 (Art. 69) periods of
 * up to 10 days are working days; 行政许可法 (Art. 82) licensing periods are working days. Counting convention
 * (DOMAIN.md §2.0.2): the day of the triggering event is day 0; the deadline is the n-th working day after it and
 * expires at 23:59:59 Asia/Shanghai. Calendar-date deadlines ("by 31 January") are not moved by holidays and do not
 * use this class.
 *
 * <p>The holidays are data, one UTF-8 file per year with lines {@code date,type,name} ({@code 2025-01-28,HOLIDAY,春节},
 * {@code 2025-01-26,MAKEUP_WORKDAY,春节}; {@code #} comments), all dates of one year, make-up days only on weekends.
 * So a newer year or a correction can be loaded from configuration without a release: {@link #load(List)} reads any files, {@link #defaultCalendar()}
 * the years shipped with the platform. Asking about a year without data throws
 * {@link CalendarYearNotLoadedException} ({@code CALENDAR_YEAR_NOT_LOADED}) instead of guessing. Instances are
 * immutable and thread-safe.
 */
public final class WorkingDayCalendar {

  /** Time zone of every deadline. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  /** A working-day deadline expires at the end of its day. */
  public static final LocalTime DEADLINE_TIME = LocalTime.of(23, 59, 59);

  /** Classpath folder of the shipped data files. */
  public static final String RESOURCE_FOLDER = "cn/gov/lyg/enforcement/platform/calendar/";

  /** Classpath index listing the shipped data files, one file name a line. */
  public static final String DEFAULT_INDEX = RESOURCE_FOLDER + "cn-holidays.index";

  private final Map<Integer, Map<LocalDate, SpecialDay>> years;

  private WorkingDayCalendar(Map<Integer, Map<LocalDate, SpecialDay>> years) {
    this.years = Collections.unmodifiableMap(new TreeMap<>(years));
  }

  /** The calendar of the years shipped with the platform. */
  public static WorkingDayCalendar defaultCalendar() {
    return Default.INSTANCE;
  }

  /** URLs of the shipped data files, in index order; handy for {@code load(defaultSources() + extra files)}. */
  public static List<URL> defaultSources() {
    ClassLoader loader = WorkingDayCalendar.class.getClassLoader();
    URL index = loader.getResource(DEFAULT_INDEX);
    if (index == null) {
      throw new IllegalStateException("classpath resource missing: " + DEFAULT_INDEX);
    }
    List<URL> urls = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(index.openStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        String name = line.strip();
        if (name.isEmpty() || name.startsWith("#")) {
          continue;
        }
        URL url = loader.getResource(RESOURCE_FOLDER + name);
        if (url == null) {
          throw new IllegalStateException("holiday file listed in " + DEFAULT_INDEX + " is missing: " + name);
        }
        urls.add(url);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + DEFAULT_INDEX, e);
    }
    return urls;
  }

  /**
   * Builds a calendar from data files, one year per file. When two files cover the same year, the later one in the
   * list replaces the earlier one completely (so a corrected file can be appended to {@link #defaultSources()}).
   *
   * @throws IllegalArgumentException when a file is malformed
   */
  public static WorkingDayCalendar load(List<URL> sources) {
    Map<Integer, Map<LocalDate, SpecialDay>> byYear = new TreeMap<>();
    for (URL url : sources) {
      try (InputStream in = url.openStream()) {
        HolidayFile file = HolidayFile.parse(in, url.toString());
        byYear.put(file.year(), file.days());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read holiday file " + url, e);
      }
    }
    return new WorkingDayCalendar(byYear);
  }

  /** Like {@link #load(List)} for streams (read but not closed). */
  public static WorkingDayCalendar loadStreams(List<? extends InputStream> sources) {
    Map<Integer, Map<LocalDate, SpecialDay>> byYear = new TreeMap<>();
    int i = 0;
    for (InputStream in : sources) {
      HolidayFile file = HolidayFile.parse(in, "stream #" + i++);
      byYear.put(file.year(), file.days());
    }
    return new WorkingDayCalendar(byYear);
  }

  /** A calendar with this calendar's years plus {@code other}'s; {@code other} wins for a year in both. */
  public WorkingDayCalendar merge(WorkingDayCalendar other) {
    Map<Integer, Map<LocalDate, SpecialDay>> byYear = new TreeMap<>(years);
    byYear.putAll(other.years);
    return new WorkingDayCalendar(byYear);
  }

  /** The years with holiday data, ascending. */
  public SortedSet<Integer> coveredYears() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(years.keySet()));
  }

  /** {@code true} when holiday data of the year is loaded. */
  public boolean covers(int year) {
    return years.containsKey(year);
  }

  /** The entries of a year, by date. */
  public Collection<SpecialDay> specialDays(int year) {
    return yearData(year).values();
  }

  /** The holiday or make-up entry of a date, empty for an ordinary day. */
  public Optional<SpecialDay> specialDay(LocalDate date) {
    return Optional.ofNullable(yearData(date.getYear()).get(date));
  }

  /**
   * Whether public servants work on that day.
   *
   * @throws CalendarYearNotLoadedException when the date's year has no data
   */
  public boolean isWorkingDay(LocalDate date) {
    Objects.requireNonNull(date, "date");
    SpecialDay special = yearData(date.getYear()).get(date);
    if (special != null) {
      return special.type() == DayType.MAKEUP_WORKDAY;
    }
    return !HolidayFile.isWeekend(date);
  }

  /**
   * The n-th working day after {@code start} (start is day 0 and is not counted even if it is a working day);
   * {@code n == 0} returns {@code start}.
   *
   * @throws IllegalArgumentException when {@code n} is negative
   * @throws CalendarYearNotLoadedException when the count reaches a year without data
   */
  public LocalDate addWorkingDays(LocalDate start, int n) {
    Objects.requireNonNull(start, "start");
    if (n < 0) {
      throw new IllegalArgumentException("working days must not be negative: " + n);
    }
    LocalDate day = start;
    int counted = 0;
    while (counted < n) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  /**
   * Number of working days in the half-open interval ({@code from}, {@code to}] — the inverse of
   * {@link #addWorkingDays(LocalDate, int)}: {@code workingDaysBetween(d, addWorkingDays(d, n)) == n}. Negative when
   * {@code to} is before {@code from}.
   *
   * @throws CalendarYearNotLoadedException when the interval touches a year without data
   */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      return -workingDaysBetween(to, from);
    }
    int count = 0;
    for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        count++;
      }
    }
    return count;
  }

  /**
   * The deadline of a period of {@code workingDays} working days triggered on {@code trigger}: 23:59:59 Asia/Shanghai
   * of {@link #addWorkingDays(LocalDate, int) addWorkingDays(trigger, workingDays)}.
   */
  public ZonedDateTime deadline(LocalDate trigger, int workingDays) {
    return addWorkingDays(trigger, workingDays).atTime(DEADLINE_TIME).atZone(ZONE);
  }

  /** Same as {@link #deadline(LocalDate, int)}, the trigger day being the Asia/Shanghai date of the instant. */
  public ZonedDateTime deadline(Instant trigger, int workingDays) {
    return deadline(LocalDate.ofInstant(trigger, ZONE), workingDays);
  }

  private Map<LocalDate, SpecialDay> yearData(int year) {
    Map<LocalDate, SpecialDay> data = years.get(year);
    if (data == null) {
      throw new CalendarYearNotLoadedException(year);
    }
    return data;
  }

  @Override
  public String toString() {
    return "WorkingDayCalendar" + coveredYears();
  }

  /** Lazy holder of the shipped calendar. */
  private static final class Default {
    static final WorkingDayCalendar INSTANCE = load(defaultSources());

    private Default() {
    }
  }
}
