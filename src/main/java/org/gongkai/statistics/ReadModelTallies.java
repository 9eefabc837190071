package org.gongkai.statistics;

import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.statistics.ReportCell.CaseLine;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Counts over the read model, in the database. The counting rules of DOMAIN.md §2 live here, each
 * as one condition on business dates:
 *
 * <ul>
 *   <li>本年新收: received in the year;
 *   <li>上年结转: received before the year and not finished before it began;
 *   <li>本年度办理结果: finished in the year, by outcome, whenever received;
 *   <li>结转下年度: received in or before the year and not finished by its end;
 *   <li>section four: decided in the year under the result, filed by the year's end and not decided
 *       by then as pending.
 * </ul>
 */
@Repository
class ReadModelTallies {

  static final String NEW_RECEIVED = "received_on BETWEEN :start AND :end";
  static final String CARRIED_IN =
      "received_on < :start AND (finished_on IS NULL OR finished_on >= :start)";
  static final String FINISHED = "finished_on BETWEEN :start AND :end";
  static final String CARRIED_OUT =
      "received_on <= :end AND (finished_on IS NULL OR finished_on > :end)";

  static final String DECIDED = "decided_on BETWEEN :start AND :end AND result IS NOT NULL";
  static final String PENDING =
      "filed_on <= :end AND (decided_on IS NULL OR decided_on > :end OR result IS NULL)";

  /** Complaints counted for the year: received in it, not a repeat ticket merged into another. */
  static final String COMPLAINTS_OF_YEAR =
      "received_on BETWEEN :start AND :end AND merged = FALSE"
          + " AND (closure IS NULL OR closure <> 'MERGED')";

  private final NamedParameterJdbcTemplate jdbc;
  private final StatisticsGenerations generations;

  ReadModelTallies(NamedParameterJdbcTemplate jdbc, StatisticsGenerations generations) {
    this.jdbc = jdbc;
    this.generations = generations;
  }

  /**
   * What a report counts: the agencies, in the generation of the read model active when the report
   * began, so that every count of one report reads the same generation even if a rebuild switches
   * over meanwhile.
   */
  record Scope(long generation, Set<String> agencies) {

    /** The parameters of every count: the generation, the agencies and the year's dates. */
    MapSqlParameterSource params(int year) {
      Year y = Year.of(year);
      return new MapSqlParameterSource()
          .addValue("generation", generation)
          .addValue("agencies", agencies)
          .addValue("start", y.atDay(1))
          .addValue("end", y.atMonth(12).atEndOfMonth());
    }
  }

  /** The agencies in the generation active now. */
  Scope scope(Set<String> agencies) {
    return new Scope(generations.active(), agencies);
  }

  /** Disclosure requests matching the condition, per applicant type. */
  Map<String, Long> requestsByApplicant(String condition, Scope scope, int year) {
    Map<String, Long> counts = new HashMap<>();
    jdbc.query(
        "SELECT applicant_type, COUNT(*) AS n FROM stat_disclosure_case"
            + " WHERE generation = :generation AND agency_code IN (:agencies) AND "
            + condition
            + " GROUP BY applicant_type",
        scope.params(year),
        rs -> {
          counts.put(rs.getString("applicant_type"), rs.getLong("n"));
        });
    return counts;
  }

  /** Disclosure requests finished in the year, per outcome and applicant type. */
  Map<String, Map<String, Long>> resultsByOutcomeAndApplicant(Scope scope, int year) {
    Map<String, Map<String, Long>> counts = new HashMap<>();
    jdbc.query(
        "SELECT outcome, applicant_type, COUNT(*) AS n FROM stat_disclosure_case"
            + " WHERE generation = :generation AND agency_code IN (:agencies) AND "
            + FINISHED
            + " GROUP BY outcome, applicant_type",
        scope.params(year),
        rs -> {
          String outcome = rs.getString("outcome");
          counts
              .computeIfAbsent(outcome == null ? "" : outcome, o -> new HashMap<>())
              .put(rs.getString("applicant_type"), rs.getLong("n"));
        });
    return counts;
  }

  /** Appeals per kind: decided in the year per result, and pending at its end. */
  Map<String, Map<String, Long>> appealsByKind(Scope scope, int year) {
    Map<String, Map<String, Long>> counts = new HashMap<>();
    MapSqlParameterSource params = scope.params(year);
    jdbc.query(
        "SELECT kind, result, COUNT(*) AS n FROM stat_disclosure_appeal"
            + " WHERE generation = :generation AND agency_code IN (:agencies) AND "
            + DECIDED
            + " GROUP BY kind, result",
        params,
        rs -> {
          counts
              .computeIfAbsent(rs.getString("kind"), k -> new HashMap<>())
              .put(rs.getString("result"), rs.getLong("n"));
        });
    jdbc.query(
        "SELECT kind, COUNT(*) AS n FROM stat_disclosure_appeal"
            + " WHERE generation = :generation AND agency_code IN (:agencies) AND "
            + PENDING
            + " GROUP BY kind",
        params,
        rs -> {
          counts
              .computeIfAbsent(rs.getString("kind"), k -> new HashMap<>())
              .put(SectionFourLayout.PENDING, rs.getLong("n"));
        });
    return counts;
  }

  /** The disclosure requests matching a section-three condition. */
  List<CaseLine> requests(
      String condition,
      @Nullable Set<String> outcomes,
      @Nullable String applicantType,
      Scope scope,
      int year) {
    MapSqlParameterSource params = scope.params(year);
    StringBuilder sql =
        new StringBuilder(
                "SELECT * FROM stat_disclosure_case"
                    + " WHERE generation = :generation AND agency_code IN (:agencies) AND ")
            .append(condition);
    if (outcomes != null) {
      sql.append(" AND outcome IN (:outcomes)");
      params.addValue("outcomes", outcomes);
    }
    if (applicantType != null) {
      sql.append(" AND applicant_type = :applicantType");
      params.addValue("applicantType", applicantType);
    }
    sql.append(" ORDER BY received_on, tracking_number, case_id");
    return jdbc.query(sql.toString(), params, caseLine(false));
  }

  /** The appeals of a kind decided in the year with the result, or pending at its end. */
  List<CaseLine> appeals(
      String kind, @Nullable String result, boolean pending, Scope scope, int year) {
    MapSqlParameterSource params = scope.params(year).addValue("kind", kind);
    StringBuilder sql =
        new StringBuilder(
            "SELECT c.*, a.kind, a.filed_on, a.result, a.decided_on FROM stat_disclosure_appeal a"
                + " JOIN stat_disclosure_case c"
                + " ON c.generation = a.generation AND c.case_id = a.case_id"
                + " WHERE a.generation = :generation AND a.agency_code IN (:agencies)"
                + " AND a.kind = :kind AND ");
    String decided = DECIDED.replace("decided_on", "a.decided_on").replace("result", "a.result");
    String stillPending =
        PENDING
            .replace("filed_on", "a.filed_on")
            .replace("decided_on", "a.decided_on")
            .replace("result", "a.result");
    if (pending) {
      sql.append("(").append(stillPending).append(")");
    } else if (result != null) {
      sql.append(decided).append(" AND a.result = :result");
      params.addValue("result", result);
    } else {
      sql.append("((").append(decided).append(") OR (").append(stillPending).append("))");
    }
    sql.append(" ORDER BY a.filed_on, c.tracking_number, a.appeal_id");
    return jdbc.query(sql.toString(), params, caseLine(true));
  }

  /** A year's complaint counts per channel. */
  Map<String, ComplaintCounts> complaintsByChannel(
      Scope scope, int year, Set<String> satisfiedRatings) {
    MapSqlParameterSource params = scope.params(year).addValue("satisfied", satisfiedRatings);
    String closed = "closed_on IS NOT NULL AND closed_on <= :end";
    Map<String, ComplaintCounts> counts = new HashMap<>();
    jdbc.query(
        "SELECT channel, COUNT(*) AS received,"
            + " SUM(CASE WHEN "
            + closed
            + " THEN 1 ELSE 0 END) AS closed,"
            + " SUM(CASE WHEN "
            + closed
            + " AND on_time = TRUE THEN 1 ELSE 0 END) AS closed_on_time,"
            + " SUM(CASE WHEN "
            + closed
            + " AND followed_up = TRUE THEN 1 ELSE 0 END) AS followed_up,"
            + " SUM(CASE WHEN "
            + closed
            + " AND followed_up = TRUE AND rating IS NOT NULL THEN 1 ELSE 0 END) AS rated,"
            + " SUM(CASE WHEN "
            + closed
            + " AND followed_up = TRUE AND rating IN (:satisfied) THEN 1 ELSE 0 END) AS satisfied"
            + " FROM stat_complaint_case"
            + " WHERE generation = :generation AND agency_code IN (:agencies) AND "
            + COMPLAINTS_OF_YEAR
            + " GROUP BY channel",
        params,
        rs -> {
          counts.put(
              rs.getString("channel"),
              new ComplaintCounts(
                  rs.getLong("received"),
                  rs.getLong("closed"),
                  rs.getLong("closed_on_time"),
                  rs.getLong("followed_up"),
                  rs.getLong("rated"),
                  rs.getLong("satisfied")));
        });
    return counts;
  }

  /** One channel's complaint counts. */
  record ComplaintCounts(
      long received, long closed, long closedOnTime, long followedUp, long rated, long satisfied) {

    static final ComplaintCounts NONE = new ComplaintCounts(0, 0, 0, 0, 0, 0);

    ComplaintCounts plus(ComplaintCounts other) {
      return new ComplaintCounts(
          received + other.received,
          closed + other.closed,
          closedOnTime + other.closedOnTime,
          followedUp + other.followedUp,
          rated + other.rated,
          satisfied + other.satisfied);
    }
  }

  private static RowMapper<CaseLine> caseLine(boolean withAppeal) {
    return (rs, n) ->
        new CaseLine(
            rs.getString("case_id"),
            rs.getString("tracking_number"),
            rs.getString("agency_code"),
            rs.getString("applicant_type"),
            rs.getObject("received_on", LocalDate.class),
            rs.getString("status"),
            rs.getString("outcome"),
            rs.getObject("finished_on", LocalDate.class),
            withAppeal ? rs.getString("kind") : null,
            withAppeal ? rs.getObject("filed_on", LocalDate.class) : null,
            withAppeal ? rs.getString("result") : null,
            withAppeal ? rs.getObject("decided_on", LocalDate.class) : null);
  }
}
