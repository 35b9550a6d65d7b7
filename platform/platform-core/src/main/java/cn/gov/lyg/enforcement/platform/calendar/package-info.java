/**
 * The shared working-day calendar: State Council public holidays and make-up working days (调休) as yearly data
 * files, and deadline arithmetic in working days (行政处罚法 Art. 85, 行政强制法 Art. 69, 行政许可法 Art. 82).
 * See {@link cn.gov.lyg.enforcement.platform.calendar.WorkingDayCalendar}.
 */
package cn.gov.lyg.enforcement.platform.calendar;
