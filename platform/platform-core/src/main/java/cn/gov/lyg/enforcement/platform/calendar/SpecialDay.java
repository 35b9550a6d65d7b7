package cn.gov.lyg.enforcement.platform.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One line of a holiday data file.
 *
 * @param date the day
 * @param type holiday or make-up working day
 * @param name the festival it belongs to (e.g. 春节), free text
 */
public record SpecialDay(LocalDate date, DayType type, String name) {

  public SpecialDay {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
  }
}
