package org.gongkai.platform.web;

import static org.gongkai.platform.ClockConfiguration.BUSINESS_ZONE;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.gongkai.platform.CaseDates;

/**
 * How every page form reads what staff type for a date or a moment, so that the forms of both case
 * kinds accept the same input: a date as {@code 2026-05-06}, a moment in Beijing time as {@code
 * 2026-05-06T10:12} (what date and datetime-local inputs send) or {@code 2026-05-06 10:12}.
 */
public final class PageDates {

  private PageDates() {}

  /**
   * @throws DateTimeParseException when the text is not such a date, or one outside the years a
   *     case can carry ({@link CaseDates})
   */
  public static LocalDate date(String text) {
    return plausible(LocalDate.parse(text.strip()), text);
  }

  /**
   * @throws DateTimeParseException when the text is not such a moment, or one outside the years a
   *     case can carry ({@link CaseDates})
   */
  public static OffsetDateTime moment(String text) {
    LocalDateTime moment = LocalDateTime.parse(text.strip().replace(' ', 'T'));
    plausible(moment.toLocalDate(), text);
    return moment.truncatedTo(ChronoUnit.SECONDS).atZone(BUSINESS_ZONE).toOffsetDateTime();
  }

  private static LocalDate plausible(LocalDate date, String text) {
    if (!CaseDates.plausible(date)) {
      throw new DateTimeParseException(CaseDates.OUT_OF_RANGE, text, 0);
    }
    return date;
  }
}
