package cn.gov.lyg.enforcement.platform.calendar;

/** Kind of a special day in a State Council holiday notice. */
public enum DayType {
  /** 放假: a day off, whatever the weekday (includes the weekend days inside a holiday block). */
  HOLIDAY,
  /** 调休上班: a Saturday or Sunday that is a working day. */
  MAKEUP_WORKDAY
}
