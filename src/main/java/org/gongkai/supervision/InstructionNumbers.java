package org.gongkai.supervision;

import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Instruction numbers count per agency and year: 「督〔2026〕3号」. */
@Component
class InstructionNumbers {

  private final JdbcTemplate jdbc;

  InstructionNumbers(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The next number of the agency's year; the row lock makes concurrent instructions queue. */
  String next(String agencyCode, int year) {
    List<Integer> current =
        jdbc.queryForList(
            "SELECT last_number FROM supervision_sequence WHERE agency_code = ? AND seq_year = ?"
                + " FOR UPDATE",
            Integer.class,
            agencyCode,
            year);
    int number;
    if (current.isEmpty()) {
      try {
        jdbc.update(
            "INSERT INTO supervision_sequence (agency_code, seq_year, last_number) VALUES (?, ?, 1)",
            agencyCode,
            year);
        number = 1;
      } catch (DuplicateKeyException concurrentFirst) {
        return next(agencyCode, year);
      }
    } else {
      number = current.get(0) + 1;
      jdbc.update(
          "UPDATE supervision_sequence SET last_number = ? WHERE agency_code = ? AND seq_year = ?",
          number,
          agencyCode,
          year);
    }
    return "督〔" + year + "〕" + number + "号";
  }
}
