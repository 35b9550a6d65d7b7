package cn.gov.lyg.enforcement.platform.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Parser of one year's holiday data file.
 *
 * <p>Format (UTF-8): lines {@code date,type,name} with an ISO date, {@link DayType} and the festival name; blank lines
 * and {@code #} comments are ignored, as is the header line {@code date,type,name}. Every date must be in the same
 * year (the year the file covers), no date may appear twice, and a make-up working day must fall on a Saturday or
 * Sunday. Any violation fails loading: a wrong calendar silently shifts legal deadlines.
 */
record HolidayFile(int year, Map<LocalDate, SpecialDay> days) {

  private static final String HEADER = "date,type,name";

  static HolidayFile parse(InputStream in, String sourceName) {
    Map<LocalDate, SpecialDay> days = new TreeMap<>();
    Integer year = null;
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    try {
      String line;
      int lineNo = 0;
      while ((line = reader.readLine()) != null) {
        lineNo++;
        String text = line.strip();
        if (text.isEmpty() || text.startsWith("#") || text.equals(HEADER)) {
          continue;
        }
        String where = sourceName + ":" + lineNo;
        SpecialDay day = parseLine(text, where);
        if (year == null) {
          year = day.date().getYear();
        } else if (year != day.date().getYear()) {
          throw new IllegalArgumentException("holiday file mixes years " + year + " and " + day.date().getYear()
              + " at " + where);
        }
        if (days.put(day.date(), day) != null) {
          throw new IllegalArgumentException("date listed twice at " + where);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read holiday file " + sourceName, e);
    }
    if (year == null) {
      throw new IllegalArgumentException("holiday file without entries: " + sourceName);
    }
    return new HolidayFile(year, Collections.unmodifiableMap(days));
  }

  private static SpecialDay parseLine(String text, String where) {
    String[] f = text.split(",", 3);
    if (f.length != 3 || f[2].isBlank()) {
      throw new IllegalArgumentException("expected date,type,name at " + where);
    }
    LocalDate date;
    DayType type;
    try {
      date = LocalDate.parse(f[0].strip());
      type = DayType.valueOf(f[1].strip());
    } catch (DateTimeParseException | IllegalArgumentException e) {
      throw new IllegalArgumentException("bad date or type at " + where, e);
    }
    if (type == DayType.MAKEUP_WORKDAY && !isWeekend(date)) {
      throw new IllegalArgumentException("make-up working day " + date + " is not a Saturday or Sunday at " + where);
    }
    return new SpecialDay(date, type, f[2].strip());
  }

  static boolean isWeekend(LocalDate date) {
    DayOfWeek d = date.getDayOfWeek();
    return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
  }
}
