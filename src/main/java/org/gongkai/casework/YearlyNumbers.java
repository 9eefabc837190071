package org.gongkai.casework;

import java.util.List;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Case numbers that count per agency and year (「〔2020〕第12号」, 「督〔2026〕3号」), each kind in its own
 * table of {@code (agency_code, seq_year, last_number)}. The row lock of the agency's year makes
 * concurrent registrations queue, so no number is given twice or skipped.
 */
@Component
public class YearlyNumbers {

  /** The sequence tables there are; the name goes into the SQL, so only these are accepted. */
  private static final Set<String> TABLES = Set.of("tracking_sequence", "supervision_sequence");

  private final JdbcTemplate jdbc;

  YearlyNumbers(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The next number of the agency's year in the sequence table, from 1. */
  public int next(String table, String agencyCode, int year) {
    if (!TABLES.contains(table)) {
      throw new IllegalArgumentException("No sequence table " + table);
    }
    List<Integer> current =
        jdbc.queryForList(
            "SELECT last_number FROM "
                + table
                + " WHERE agency_code = ? AND seq_year = ? FOR UPDATE",
            Integer.class,
            agencyCode,
            year);
    if (current.isEmpty()) {
      try {
        jdbc.update(
            "INSERT INTO " + table + " (agency_code, seq_year, last_number) VALUES (?, ?, 1)",
            agencyCode,
            year);
        return 1;
      } catch (DuplicateKeyException concurrentFirst) {
        return next(table, agencyCode, year);
      }
    }
    int number = current.get(0) + 1;
    jdbc.update(
        "UPDATE " + table + " SET last_number = ? WHERE agency_code = ? AND seq_year = ?",
        number,
        agencyCode,
        year);
    return number;
  }
}
