package org.gongkai.disclosure;

import org.gongkai.casework.YearlyNumbers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Tracking numbers count per agency and year of receipt, in a configurable format such as
 * 「〔2020〕第12号」 ({@code {year}}, {@code {number}} and {@code {agency}} are replaced).
 */
@Component
class TrackingNumbers {

  private final YearlyNumbers numbers;
  private final String format;

  TrackingNumbers(
      YearlyNumbers numbers,
      @Value("${gongkai.disclosure.tracking-number-format:〔{year}〕第{number}号}") String format) {
    this.numbers = numbers;
    this.format = format;
  }

  /** The next number of the agency's year. */
  String next(String agencyCode, int year) {
    int number = numbers.next("tracking_sequence", agencyCode, year);
    return format
        .replace("{year}", Integer.toString(year))
        .replace("{number}", Integer.toString(number))
        .replace("{agency}", agencyCode);
  }
}
