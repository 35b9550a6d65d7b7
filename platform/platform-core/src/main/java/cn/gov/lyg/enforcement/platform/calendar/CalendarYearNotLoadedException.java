package cn.gov.lyg.enforcement.platform.calendar;

/**
 * The working-day calendar was asked about a year for which no State Council holiday data is loaded. The calendar
 * never guesses (a plain Monday–Friday week would be wrong around every holiday): load the year's data file.
 */
public class CalendarYearNotLoadedException extends IllegalStateException {

  /** Stable error code. */
  public static final String CODE = "CALENDAR_YEAR_NOT_LOADED";

  private static final long serialVersionUID = 1L;

  private final int year;

  public CalendarYearNotLoadedException(int year) {
    super(CODE + ": no holiday data loaded for " + year);
    this.year = year;
  }

  /** Always {@value #CODE}. */
  public String code() {
    return CODE;
  }

  /** The year without data. */
  public int year() {
    return year;
  }
}
