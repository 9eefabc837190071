package org.gongkai.statistics;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The generations of the read model ({@code stat_generation}). Reports read the one {@code ACTIVE}
 * generation; a rebuild fills a {@code BUILDING} one and activates it in one transaction, which
 * retires the previous one. Retired and abandoned generations are deleted afterwards.
 */
@Repository
class StatisticsGenerations {

  /** The tables whose rows belong to a generation. */
  static final List<String> TABLES =
      List.of(
          "stat_disclosure_appeal",
          "stat_disclosure_case",
          "stat_complaint_case",
          "stat_supervision_step",
          "stat_projection_offset");

  private final NamedParameterJdbcTemplate jdbc;
  private final Clock clock;

  StatisticsGenerations(NamedParameterJdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** The generation reports read and the live projector writes. */
  long active() {
    Long active =
        jdbc.queryForObject(
            "SELECT MAX(generation) FROM stat_generation WHERE state = 'ACTIVE'",
            new MapSqlParameterSource(),
            Long.class);
    if (active == null) {
      throw new IllegalStateException("the statistics read model has no active generation");
    }
    return active;
  }

  /** Starts a new, empty generation for a rebuild. */
  long startBuilding() {
    Long last =
        jdbc.queryForObject(
            "SELECT MAX(generation) FROM stat_generation", new MapSqlParameterSource(), Long.class);
    long next = (last == null ? 0 : last) + 1;
    jdbc.update(
        "INSERT INTO stat_generation (generation, state, created_at) VALUES (:g, 'BUILDING', :now)",
        new MapSqlParameterSource("g", next).addValue("now", LocalDateTime.now(clock)));
    return next;
  }

  /** Makes the generation the one reports read, retiring the previous one. */
  void activate(long generation) {
    MapSqlParameterSource params =
        new MapSqlParameterSource("g", generation).addValue("now", LocalDateTime.now(clock));
    jdbc.update(
        "UPDATE stat_generation SET state = 'RETIRED' WHERE state = 'ACTIVE' AND generation <> :g",
        params);
    int updated =
        jdbc.update(
            "UPDATE stat_generation SET state = 'ACTIVE', activated_at = :now"
                + " WHERE generation = :g AND state = 'BUILDING'",
            params);
    if (updated != 1) {
      throw new IllegalStateException("generation " + generation + " is not being built");
    }
  }

  /** Marks a generation whose rebuild failed as abandoned; its rows go with the next clean-up. */
  void abandon(long generation) {
    jdbc.update(
        "UPDATE stat_generation SET state = 'ABANDONED' WHERE generation = :g AND state = 'BUILDING'",
        new MapSqlParameterSource("g", generation));
  }

  /** Deletes the rows of retired and abandoned generations. */
  void deleteUnused() {
    List<Long> unused =
        jdbc.queryForList(
            "SELECT generation FROM stat_generation WHERE state IN ('RETIRED', 'ABANDONED')",
            new MapSqlParameterSource(),
            Long.class);
    for (long generation : unused) {
      for (String table : TABLES) {
        jdbc.update(
            "DELETE FROM " + table + " WHERE generation = :g",
            new MapSqlParameterSource("g", generation));
      }
      jdbc.update(
          "UPDATE stat_generation SET state = 'DELETED' WHERE generation = :g",
          new MapSqlParameterSource("g", generation));
    }
  }
}
