package org.gongkai.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;
import java.util.Set;

/**
 * One year's official holiday schedule, as announced in 《国务院办公厅关于YYYY年部分节假日安排的通知》.
 *
 * <p>{@code holidays} are the days off of the announced public holidays; {@code workingWeekends}
 * are the Saturdays and Sundays on which people work instead (调休上班). A schedule may list days of
 * the previous December or the following January when the notice does, such as the New Year holiday
 * of 2023 starting on 2022-12-31.
 *
 * <p>A <em>provisional</em> schedule stands in for a year the State Council has not announced yet:
 * derived from 《全国年节及纪念日放假办法》 ({@link StatutoryHolidays#provisionalSchedule(int)}), without make-up
 * working days. Dates computed over it are provisional and are recomputed once the official
 * schedule is entered.
 *
 * @param year the year the notice is about
 * @param holidays the days off, never a make-up working day
 * @param workingWeekends the make-up working days, each a Saturday or a Sunday
 * @param source the title and number of the notice the dates come from
 * @param provisional derived from the statute because the notice is not yet published
 */
public record HolidaySchedule(
    int year,
    Set<LocalDate> holidays,
    Set<LocalDate> workingWeekends,
    String source,
    boolean provisional) {

  /** An official schedule, from the State Council's notice. */
  public HolidaySchedule(
      int year, Set<LocalDate> holidays, Set<LocalDate> workingWeekends, String source) {
    this(year, holidays, workingWeekends, source, false);
  }

  /**
   * Checks the dates and keeps unmodifiable copies of the two sets.
   *
   * @throws IllegalArgumentException if the source is blank, a date lies outside the year (other
   *     than the previous December and the following January), a day is both a holiday and a
   *     make-up working day, or a make-up working day is not a weekend day
   */
  public HolidaySchedule {
    Objects.requireNonNull(source, "source");
    holidays = Set.copyOf(holidays);
    workingWeekends = Set.copyOf(workingWeekends);
    if (source.isBlank()) {
      throw new IllegalArgumentException(year + "年的节假日安排必须注明所依据的国务院办公厅通知");
    }
    for (LocalDate holiday : holidays) {
      requireCoveredBy(year, holiday);
    }
    for (LocalDate workingWeekend : workingWeekends) {
      requireCoveredBy(year, workingWeekend);
      if (holidays.contains(workingWeekend)) {
        throw new IllegalArgumentException(workingWeekend + " 不能既是节假日又是调休上班日");
      }
      if (!isWeekend(workingWeekend)) {
        throw new IllegalArgumentException(workingWeekend + " 不是周末，不能作为调休上班日");
      }
    }
  }

  private static void requireCoveredBy(int year, LocalDate day) {
    boolean inYear = day.getYear() == year;
    boolean inPreviousDecember = day.getYear() == year - 1 && day.getMonth() == Month.DECEMBER;
    boolean inFollowingJanuary = day.getYear() == year + 1 && day.getMonth() == Month.JANUARY;
    if (!inYear && !inPreviousDecember && !inFollowingJanuary) {
      throw new IllegalArgumentException(
          day + " 不属于" + year + "年的节假日安排（只能是" + year + "年、上一年12月或下一年1月的日期）");
    }
  }

  private static boolean isWeekend(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
  }
}
