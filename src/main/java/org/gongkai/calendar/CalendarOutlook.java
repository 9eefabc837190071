package org.gongkai.calendar;

import static org.gongkai.platform.ClockConfiguration.BUSINESS_ZONE;

import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Looks ahead for years whose holiday schedule is still provisional, so that an administrator
 * enters the State Council's notice before deadlines run over them.
 *
 * <p>The notice for next year is due in the autumn: from {@link #NEXT_YEAR_WARNING_FROM} on, a next
 * year with only a provisional schedule gives a notice. A current year that is still provisional is
 * more urgent and gives one all year. Today is the injected clock's date in Beijing time.
 */
@Service
public class CalendarOutlook {

  /** From this day of the year on, a next year without its official schedule is pointed out. */
  public static final MonthDay NEXT_YEAR_WARNING_FROM = MonthDay.of(10, 1);

  /** Where an administrator enters a year's official schedule: the page, then the API. */
  public static final List<String> ENTER_AT =
      List.of("/admin/calendar", "PUT /api/admin/calendar/{year}");

  /** The application speaks Chinese only; the notice is also read outside a web request. */
  private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

  private final WorkingCalendar calendar;
  private final Clock clock;
  private final MessageSource messages;

  CalendarOutlook(WorkingCalendar calendar, Clock clock, MessageSource messages) {
    this.calendar = calendar;
    this.clock = clock;
    this.messages = messages;
  }

  /** Today in Beijing time, by the injected clock. */
  public LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), BUSINESS_ZONE);
  }

  /** The year after today's. */
  public int nextYear() {
    return today().getYear() + 1;
  }

  /**
   * The years the calendar shows, ascending: every official year, and the provisional years from
   * the earliest official one up to next year.
   */
  public List<Integer> listedYears() {
    var years = new TreeSet<>(calendar.knownYears());
    int next = nextYear();
    int from = years.isEmpty() ? next : years.first();
    for (int y = from; y <= next; y++) {
      if (calendar.isProvisional(y)) {
        years.add(y);
      }
    }
    return List.copyOf(years);
  }

  /** Of this year and next year, those whose schedule is provisional, in ascending order. */
  public List<Integer> provisionalYearsAhead() {
    int year = today().getYear();
    var years = new ArrayList<Integer>();
    for (int y = year; y <= year + 1; y++) {
      if (calendar.isProvisional(y)) {
        years.add(y);
      }
    }
    return List.copyOf(years);
  }

  /**
   * What an administrator should know today, if anything: the current year is still provisional
   * (urgent), or, from 1 October, next year is.
   */
  public Optional<Notice> notice() {
    LocalDate today = today();
    int year = today.getYear();
    var years = new ArrayList<Integer>();
    var text = new StringBuilder();
    boolean urgent = calendar.isProvisional(year);
    if (urgent) {
      years.add(year);
      text.append(message("calendar.outlook.currentYear", year));
    }
    boolean autumn = !MonthDay.from(today).isBefore(NEXT_YEAR_WARNING_FROM);
    if (autumn && calendar.isProvisional(year + 1)) {
      years.add(year + 1);
      text.append(message("calendar.outlook.nextYear", year + 1));
    }
    if (years.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Notice(years, urgent, text.toString()));
  }

  private String message(String key, int year) {
    return messages.getMessage(key, new Object[] {String.valueOf(year)}, CHINESE);
  }

  /**
   * A notice about years still provisional.
   *
   * @param years the years it is about, ascending; the first is the one to enter first
   * @param urgent the current year is among them: deadlines running now are provisional
   * @param text what it says, in Chinese
   */
  public record Notice(List<Integer> years, boolean urgent, String text) {
    public Notice {
      years = List.copyOf(years);
    }

    /** The year to enter first. */
    public int firstYear() {
      return years.get(0);
    }
  }
}
