package org.gongkai.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * Tells working days from days off and counts deadlines in working days.
 *
 * <p>A day is a working day if it is Monday to Friday and not a public holiday, or if it is a
 * make-up working day (调休上班) on a weekend. Which days are holidays and make-up days comes from the
 * State Council's schedule of each year ({@link HolidaySchedule}). A year the State Council has not
 * announced yet gets a provisional schedule derived from the statute ({@link
 * StatutoryHolidays#provisionalSchedule(int)}); callers ask {@link #provisionalYears} whether a
 * date they computed depends on one, and say so. Only a year before {@link
 * StatutoryHolidays#FIRST_YEAR} (or after {@link StatutoryHolidays#LAST_YEAR}) without a schedule
 * throws {@link UnknownCalendarYearException}.
 *
 * <p>The deadlines of 《中华人民共和国政府信息公开条例》 are counted in working days: the correction notice within 7
 * working days (Art. 30), the third party's 15 working days (Art. 32), and the reply within 20
 * working days, extendable by at most 20 more (Art. 33). They run from the date of receipt fixed by
 * Art. 31, and the day of receipt itself is not counted.
 *
 * <p>Instances are thread-safe. Each query works on one consistent set of schedules, even while
 * {@link #replace(HolidaySchedule)} adds or corrects a year.
 */
public final class WorkingCalendar {

  private final AtomicReference<Schedules> schedules;

  /**
   * Creates a calendar that knows the years of the given schedules, one schedule per year.
   *
   * @throws IllegalArgumentException if two schedules are for the same year, or two schedules
   *     disagree about a day (one a holiday, the other a make-up working day)
   */
  public WorkingCalendar(Collection<HolidaySchedule> schedules) {
    var byYear = new TreeMap<Integer, HolidaySchedule>();
    for (HolidaySchedule schedule : schedules) {
      if (byYear.putIfAbsent(schedule.year(), schedule) != null) {
        throw new IllegalArgumentException(schedule.year() + "年的节假日安排重复，每年只能有一份");
      }
    }
    this.schedules = new AtomicReference<>(Schedules.of(byYear));
  }

  /**
   * Whether people work on the given day.
   *
   * @throws UnknownCalendarYearException if the day's year has no schedule
   */
  public boolean isWorkingDay(LocalDate day) {
    return schedules.get().isWorkingDay(day);
  }

  /**
   * The {@code workingDays}-th working day after {@code start}; {@code start} itself is not
   * counted, as the day of receipt is not counted in the deadlines of Art. 30–33. Zero working days
   * give {@code start} back.
   *
   * @throws IllegalArgumentException if {@code workingDays} is negative
   * @throws UnknownCalendarYearException if the count reaches a year without a schedule
   */
  public LocalDate addWorkingDays(LocalDate start, int workingDays) {
    return countWorkingDays(start, workingDays, 1);
  }

  /**
   * The {@code workingDays}-th working day before {@code end}, {@code end} itself not counted: the
   * day a warning goes out that many working days ahead of a deadline.
   *
   * @throws IllegalArgumentException if {@code workingDays} is negative
   * @throws UnknownCalendarYearException if the count reaches a year without a schedule
   */
  public LocalDate workingDaysBefore(LocalDate end, int workingDays) {
    return countWorkingDays(end, workingDays, -1);
  }

  /** The {@code workingDays}-th working day from {@code from}, stepping a day forward or back. */
  private LocalDate countWorkingDays(LocalDate from, int workingDays, int step) {
    if (workingDays < 0) {
      throw new IllegalArgumentException("工作日数不能为负数：" + workingDays);
    }
    Schedules current = schedules.get();
    LocalDate day = from;
    int counted = 0;
    while (counted < workingDays) {
      day = day.plusDays(step);
      if (current.isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  /**
   * The number of working days after {@code from} up to and including {@code to}; zero when the two
   * are equal, and the negated count of working days after {@code to} up to and including {@code
   * from} when {@code to} is earlier. {@code workingDaysBetween(d, addWorkingDays(d, n))} is {@code
   * n}.
   *
   * @throws UnknownCalendarYearException if the span reaches a year without a schedule
   */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      return -workingDaysBetween(to, from);
    }
    Schedules current = schedules.get();
    int count = 0;
    for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
      if (current.isWorkingDay(day)) {
        count++;
      }
    }
    return count;
  }

  /** The years that have an official schedule, in ascending order. */
  public Set<Integer> knownYears() {
    return Collections.unmodifiableNavigableSet(schedules.get().byYear().navigableKeySet());
  }

  /** The year's official schedule or, if it has none yet, its provisional one. */
  public Optional<HolidaySchedule> schedule(int year) {
    HolidaySchedule official = schedules.get().byYear().get(year);
    if (official != null) {
      return Optional.of(official);
    }
    return StatutoryHolidays.derivable(year)
        ? Optional.of(StatutoryHolidays.provisionalSchedule(year))
        : Optional.empty();
  }

  /** Whether the year's working days come from a provisional schedule. */
  public boolean isProvisional(int year) {
    return !schedules.get().byYear().containsKey(year) && StatutoryHolidays.derivable(year);
  }

  /**
   * The years from {@code from} to {@code to} (either order, both included) whose working days are
   * provisional: a date counted over them may move when the official schedule is entered.
   */
  public SortedSet<Integer> provisionalYears(LocalDate from, LocalDate to) {
    int first = Math.min(from.getYear(), to.getYear());
    int last = Math.max(from.getYear(), to.getYear());
    var years = new TreeSet<Integer>();
    for (int year = first; year <= last; year++) {
      if (isProvisional(year)) {
        years.add(year);
      }
    }
    return Collections.unmodifiableSortedSet(years);
  }

  /**
   * The line that explains a date counted from {@code from} to {@code to} over a provisional
   * schedule, such as 「2027年节假日安排尚未公布，暂按《全国年节及纪念日放假办法》推算，公布后自动重算」; empty when every year of the
   * span is official.
   */
  public Optional<String> provisionalNotice(LocalDate from, LocalDate to) {
    SortedSet<Integer> years = provisionalYears(from, to);
    if (years.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        years.stream().map(String::valueOf).collect(Collectors.joining("、"))
            + "年节假日安排尚未公布，暂按《全国年节及纪念日放假办法》推算，公布后自动重算");
  }

  /**
   * Adds the schedule of a year, or replaces the one already held for that year, such as when an
   * administrator enters next year's notice or a notice is amended. Queries running at the same
   * time see either the old or the new schedules, never a mix.
   *
   * @throws IllegalArgumentException if the schedule disagrees with a neighbouring year's about a
   *     day (one a holiday, the other a make-up working day); the calendar is then unchanged
   */
  public void replace(HolidaySchedule schedule) {
    schedules.updateAndGet(current -> current.with(schedule));
  }

  /** Throws as {@link #replace} would, without changing the calendar. */
  void checkReplaceable(HolidaySchedule schedule) {
    schedules.get().with(schedule);
  }

  private record Schedules(
      NavigableMap<Integer, HolidaySchedule> byYear,
      Set<LocalDate> holidays,
      Set<LocalDate> workingWeekends) {

    static Schedules of(Map<Integer, HolidaySchedule> byYear) {
      var holidayYears = new HashMap<LocalDate, Integer>();
      var workingWeekendYears = new HashMap<LocalDate, Integer>();
      for (HolidaySchedule schedule : byYear.values()) {
        schedule.holidays().forEach(day -> holidayYears.put(day, schedule.year()));
        schedule.workingWeekends().forEach(day -> workingWeekendYears.put(day, schedule.year()));
      }
      workingWeekendYears.forEach(
          (day, workingYear) -> {
            Integer holidayYear = holidayYears.get(day);
            if (holidayYear != null) {
              throw new IllegalArgumentException(
                  day
                      + " 在"
                      + Math.min(holidayYear, workingYear)
                      + "年和"
                      + Math.max(holidayYear, workingYear)
                      + "年的节假日安排中相互矛盾：一处是节假日，一处是调休上班日");
            }
          });
      return new Schedules(
          Collections.unmodifiableNavigableMap(new TreeMap<>(byYear)),
          Set.copyOf(holidayYears.keySet()),
          Set.copyOf(workingWeekendYears.keySet()));
    }

    Schedules with(HolidaySchedule schedule) {
      var updated = new TreeMap<>(byYear);
      updated.put(schedule.year(), schedule);
      return of(updated);
    }

    boolean isWorkingDay(LocalDate day) {
      int year = day.getYear();
      boolean official = byYear.containsKey(year);
      if (!official && !StatutoryHolidays.derivable(year)) {
        throw new UnknownCalendarYearException(year);
      }
      if (workingWeekends.contains(day)) {
        return true;
      }
      if (holidays.contains(day)) {
        return false;
      }
      if (!official && StatutoryHolidays.provisionalSchedule(year).holidays().contains(day)) {
        return false;
      }
      return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
  }
}
