package org.gongkai.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.gongkai.calendar.ChineseDates.Anchor;

/**
 * The public holidays that 《全国年节及纪念日放假办法》 gives everyone, and the schedule they make when the State
 * Council has not yet announced a year's (a provisional schedule).
 *
 * <p>Each year is derived by the text in force in it: the 2024 revision (国务院令第774号, in force since
 * 2025-01-01) gives 元旦 1 January; 春节 除夕 and 正月初一至初三; 清明节 the day of the 清明 term; 劳动节 1–2 May; 端午节
 * 五月初五; 中秋节 八月十五; 国庆节 1–3 October. The 2013 revision (国务院令第644号, 2014–2024) gives 春节 正月初一至初三 and
 * 劳动节 1 May only. A holiday that falls on a Saturday or a Sunday, or on a day another holiday
 * already takes, gives a substitute day off (补假) on the next working day after its festival. No
 * make-up working days (调休上班) are assumed: only the annual notice sets them.
 */
public final class StatutoryHolidays {

  /** The first year whose schedule may be derived: the Regulations in this form apply from 2019. */
  public static final int FIRST_YEAR = 2019;

  /** The last year the derivation is offered for. */
  public static final int LAST_YEAR = 2100;

  private static final int REVISION_2024_FROM = 2025;

  /** One festival of a year: its statutory days, and the substitute days off they give. */
  public record Festival(String name, List<LocalDate> days, List<LocalDate> substitutes) {
    public Festival {
      days = List.copyOf(days);
      substitutes = List.copyOf(substitutes);
    }
  }

  private static final Map<Integer, HolidaySchedule> PROVISIONAL = new ConcurrentHashMap<>();

  private StatutoryHolidays() {}

  /** Whether {@link #provisionalSchedule(int)} is offered for the year. */
  public static boolean derivable(int year) {
    return year >= FIRST_YEAR && year <= LAST_YEAR;
  }

  /** The title of the measures and the revision in force in the year. */
  public static String measuresOf(int year) {
    return year >= REVISION_2024_FROM ? "《全国年节及纪念日放假办法》（2024年修订）" : "《全国年节及纪念日放假办法》（2013年修订）";
  }

  /**
   * The festivals of the year in calendar order, each with the substitute days off it gives.
   *
   * @throws UnknownCalendarYearException if the year is not {@link #derivable(int)}
   */
  public static List<Festival> festivals(int year) {
    if (!derivable(year)) {
      throw new UnknownCalendarYearException(year);
    }
    boolean revision2024 = year >= REVISION_2024_FROM;
    LocalDate newYear = ChineseDates.of(year, Anchor.FIRST_MONTH_BEGINS);
    List<LocalDate> springFestival =
        revision2024 ? span(newYear.minusDays(1), 4) : span(newYear, 3);
    List<NamedDays> named = new ArrayList<>();
    named.add(new NamedDays("元旦", List.of(LocalDate.of(year, Month.JANUARY, 1))));
    named.add(new NamedDays("春节", springFestival));
    named.add(new NamedDays("清明节", List.of(ChineseDates.of(year, Anchor.QINGMING))));
    named.add(new NamedDays("劳动节", span(LocalDate.of(year, Month.MAY, 1), revision2024 ? 2 : 1)));
    named.add(
        new NamedDays(
            "端午节", List.of(ChineseDates.of(year, Anchor.FIFTH_MONTH_BEGINS).plusDays(4))));
    named.add(
        new NamedDays(
            "中秋节", List.of(ChineseDates.of(year, Anchor.EIGHTH_MONTH_BEGINS).plusDays(14))));
    named.add(new NamedDays("国庆节", span(LocalDate.of(year, Month.OCTOBER, 1), 3)));
    named.sort((a, b) -> a.days().get(0).compareTo(b.days().get(0)));

    Set<LocalDate> taken = new TreeSet<>();
    named.forEach(n -> taken.addAll(n.days()));
    Set<LocalDate> claimed = new LinkedHashSet<>();
    List<Festival> festivals = new ArrayList<>();
    for (NamedDays festival : named) {
      List<LocalDate> substitutes = new ArrayList<>();
      LocalDate last = festival.days().get(festival.days().size() - 1);
      LocalDate candidate = last;
      for (LocalDate day : festival.days()) {
        boolean onOwnWorkingDay = !isWeekend(day) && claimed.add(day);
        if (!onOwnWorkingDay) {
          do {
            candidate = candidate.plusDays(1);
          } while (isWeekend(candidate) || taken.contains(candidate));
          taken.add(candidate);
          substitutes.add(candidate);
        }
      }
      festivals.add(new Festival(festival.name(), festival.days(), substitutes));
    }
    return List.copyOf(festivals);
  }

  /**
   * The schedule of a year the State Council has not announced: its statutory holidays and
   * substitute days off, no make-up working days.
   *
   * @throws UnknownCalendarYearException if the year is not {@link #derivable(int)}
   */
  public static HolidaySchedule provisionalSchedule(int year) {
    if (!derivable(year)) {
      throw new UnknownCalendarYearException(year);
    }
    return PROVISIONAL.computeIfAbsent(year, StatutoryHolidays::derive);
  }

  private static HolidaySchedule derive(int year) {
    Set<LocalDate> days = new TreeSet<>();
    for (Festival festival : festivals(year)) {
      days.addAll(festival.days());
      days.addAll(festival.substitutes());
    }
    return new HolidaySchedule(
        year,
        days,
        Set.of(),
        "暂定安排：国务院办公厅尚未公布" + year + "年部分节假日安排，按" + measuresOf(year) + "推算",
        true);
  }

  private record NamedDays(String name, List<LocalDate> days) {}

  private static List<LocalDate> span(LocalDate first, int days) {
    return first.datesUntil(first.plusDays(days)).toList();
  }

  private static boolean isWeekend(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
  }
}
