package org.gongkai.statistics;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The dashboard's counts over the read model ({@code stat_disclosure_case}, {@code
 * stat_complaint_case}), by month of the business dates the events carried. Every query reads its
 * table through {@link #rowsOf(String)}.
 */
@Repository
class DashboardTallies {

  static final String DISCLOSURE = "stat_disclosure_case";
  static final String COMPLAINT = "stat_complaint_case";

  /** A complaint counted once: repeat tickets merged into another case are counted there. */
  private static final String NOT_MERGED =
      " AND merged = FALSE AND (closure IS NULL OR closure <> 'MERGED')";

  private static final String CLOSED_IN_YEAR = " AND closed_on BETWEEN :start AND :end";

  private final NamedParameterJdbcTemplate jdbc;

  DashboardTallies(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Disclosure requests received per month of the year. */
  Map<Integer, Long> disclosureReceivedByMonth(ReadModelTallies.Scope scope, int year) {
    return countsByMonth(
        "SELECT MONTH(received_on) AS m, COUNT(*) AS n"
            + rowsOf(DISCLOSURE)
            + " AND received_on BETWEEN :start AND :end GROUP BY MONTH(received_on)",
        scope,
        year);
  }

  /** Complaints received per month of the year. */
  Map<Integer, Long> complaintsReceivedByMonth(ReadModelTallies.Scope scope, int year) {
    return countsByMonth(
        "SELECT MONTH(received_on) AS m, COUNT(*) AS n"
            + rowsOf(COMPLAINT)
            + " AND received_on BETWEEN :start AND :end"
            + NOT_MERGED
            + " GROUP BY MONTH(received_on)",
        scope,
        year);
  }

  /** Disclosure requests finished in the year, per outcome code. */
  Map<String, Long> disclosureOutcomes(ReadModelTallies.Scope scope, int year) {
    Map<String, Long> counts = new LinkedHashMap<>();
    query(
        "SELECT outcome, COUNT(*) AS n"
            + rowsOf(DISCLOSURE)
            + " AND finished_on BETWEEN :start AND :end AND outcome IS NOT NULL GROUP BY outcome",
        scope.params(year),
        rs -> {
          counts.put(rs.getString("outcome"), rs.getLong("n"));
        });
    return counts;
  }

  /** Complaints closed per month of closure: closed, on time, rated, satisfied. */
  Map<Integer, ClosedCounts> complaintsClosedByMonth(
      ReadModelTallies.Scope scope, int year, Set<String> satisfiedRatings) {
    Map<Integer, ClosedCounts> counts = new HashMap<>();
    query(
        "SELECT MONTH(closed_on) AS m, COUNT(*) AS closed,"
            + " SUM(CASE WHEN on_time = TRUE THEN 1 ELSE 0 END) AS on_time,"
            + " SUM(CASE WHEN followed_up = TRUE AND rating IS NOT NULL THEN 1 ELSE 0 END) AS rated,"
            + " SUM(CASE WHEN followed_up = TRUE AND rating IN (:satisfied) THEN 1 ELSE 0 END)"
            + " AS satisfied"
            + rowsOf(COMPLAINT)
            + CLOSED_IN_YEAR
            + NOT_MERGED
            + " GROUP BY MONTH(closed_on)",
        scope.params(year).addValue("satisfied", satisfiedRatings),
        rs -> {
          counts.put(
              rs.getInt("m"),
              new ClosedCounts(
                  rs.getLong("closed"),
                  rs.getLong("on_time"),
                  rs.getLong("rated"),
                  rs.getLong("satisfied")));
        });
    return counts;
  }

  /**
   * Complaints received in the year that ran over their time limit, per responsible unit (null for
   * complaints not yet dispatched): closed after the limit, and still open past it — flagged
   * overdue by the complaint's last event, or with a due date before {@code today}.
   */
  Map<Optional<String>, UnitOverdueCounts> complaintsOverdueByUnit(
      ReadModelTallies.Scope scope, int year, LocalDate today) {
    Map<Optional<String>, UnitOverdueCounts> counts = new LinkedHashMap<>();
    query(
        "SELECT unit_code,"
            + " SUM(CASE WHEN status = 'CLOSED' AND on_time = FALSE THEN 1 ELSE 0 END)"
            + " AS closed_late,"
            + " SUM(CASE WHEN status <> 'CLOSED' AND (overdue = TRUE OR due_on < :today)"
            + " THEN 1 ELSE 0 END) AS open_overdue"
            + rowsOf(COMPLAINT)
            + " AND received_on BETWEEN :start AND :end"
            + NOT_MERGED
            + " GROUP BY unit_code ORDER BY unit_code",
        scope.params(year).addValue("today", today),
        rs -> {
          long closedLate = rs.getLong("closed_late");
          long openOverdue = rs.getLong("open_overdue");
          if (closedLate + openOverdue > 0) {
            counts.put(
                Optional.ofNullable(rs.getString("unit_code")),
                new UnitOverdueCounts(closedLate, openOverdue));
          }
        });
    return counts;
  }

  /** Complaints closed in a month. */
  record ClosedCounts(long closed, long onTime, long rated, long satisfied) {

    static final ClosedCounts NONE = new ClosedCounts(0, 0, 0, 0);
  }

  /** A unit's complaints closed after the time limit, and those still open past it. */
  record UnitOverdueCounts(long closedLate, long openOverdue) {}

  /**
   * The one place the dashboard reads a read-model table: the rows of {@code table} in the active
   * generation that belong to the agencies. A condition every dashboard read needs goes here, once.
   */
  private static String rowsOf(String table) {
    return " FROM " + table + " WHERE generation = :generation AND agency_code IN (:agencies)";
  }

  private Map<Integer, Long> countsByMonth(String sql, ReadModelTallies.Scope scope, int year) {
    Map<Integer, Long> counts = new HashMap<>();
    query(
        sql,
        scope.params(year),
        rs -> {
          counts.put(rs.getInt("m"), rs.getLong("n"));
        });
    return counts;
  }

  private void query(String sql, MapSqlParameterSource params, RowCallbackHandler rows) {
    jdbc.query(sql, params, rows);
  }
}
