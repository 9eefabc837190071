package org.gongkai.disclosure;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Tracking numbers count per agency and year of receipt, in a configurable format such as
 * 「〔2020〕第12号」 ({@code {year}}, {@code {number}} and {@code {agency}} are replaced).
 */
@Component
class TrackingNumbers {

  private final JdbcTemplate jdbc;
  private final String format;

  TrackingNumbers(
      JdbcTemplate jdbc,
      @Value("${gongkai.disclosure.tracking-number-format:〔{year}〕第{number}号}") String format) {
    this.jdbc = jdbc;
    this.format = format;
  }

  /** The next number of the agency's year; the row lock makes concurrent registrations queue. */
  String next(String agencyCode, int year) {
    List<Integer> current =
        jdbc.queryForList(
            "SELECT last_number FROM tracking_sequence WHERE agency_code = ? AND seq_year = ? FOR UPDATE",
            Integer.class,
            agencyCode,
            year);
    int number;
    if (current.isEmpty()) {
      try {
        jdbc.update(
            "INSERT INTO tracking_sequence (agency_code, seq_year, last_number) VALUES (?, ?, 1)",
            agencyCode,
            year);
        number = 1;
      } catch (DuplicateKeyException concurrentFirst) {
        return next(agencyCode, year);
      }
    } else {
      number = current.get(0) + 1;
      jdbc.update(
          "UPDATE tracking_sequence SET last_number = ? WHERE agency_code = ? AND seq_year = ?",
          number,
          agencyCode,
          year);
    }
    return format
        .replace("{year}", Integer.toString(year))
        .replace("{number}", Integer.toString(number))
        .replace("{agency}", agencyCode);
  }
}
