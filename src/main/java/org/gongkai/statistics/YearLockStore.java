package org.gongkai.statistics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gongkai.platform.ClockConfiguration;
import org.gongkai.statistics.Publication.Change;
import org.gongkai.statistics.Publication.Restatement;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Locked years ({@code stat_year_lock}) with their published report, and the restatements recorded
 * against them ({@code stat_restatement}). Not part of a read-model generation: a publication is a
 * fact about what was published, which a rebuild does not change.
 */
@Repository
class YearLockStore {

  private static final TypeReference<Map<String, Long>> NUMBERS = new TypeReference<>() {};
  private static final TypeReference<List<Change>> CHANGES = new TypeReference<>() {};

  private final NamedParameterJdbcTemplate jdbc;
  private final ObjectMapper json;

  YearLockStore(NamedParameterJdbcTemplate jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** A locked year as stored. */
  record Lock(
      int year,
      String agencyCode,
      boolean includeSubordinates,
      Set<String> agencies,
      OffsetDateTime lockedAt,
      String lockedBy,
      @Nullable String note,
      DisclosureReport report,
      ComplaintFigures figures,
      Map<String, Long> currentNumbers) {}

  void insert(Lock lock) {
    jdbc.update(
        """
        INSERT INTO stat_year_lock (report_year, agency_code, include_subordinates, agencies,
          locked_at, locked_by, note, report_json, figures_json, current_numbers_json)
        VALUES (:year, :agencyCode, :subs, :agencies, :lockedAt, :lockedBy, :note, :report,
          :figures, :numbers)
        """,
        key(lock.year(), lock.agencyCode(), lock.includeSubordinates())
            .addValue("agencies", String.join(",", lock.agencies()))
            .addValue("lockedAt", toDatabase(lock.lockedAt()))
            .addValue("lockedBy", lock.lockedBy())
            .addValue("note", lock.note())
            .addValue("report", write(lock.report()))
            .addValue("figures", write(lock.figures()))
            .addValue("numbers", write(lock.currentNumbers())));
  }

  Optional<Lock> find(int year, String agencyCode, boolean includeSubordinates) {
    return jdbc
        .query(
            "SELECT * FROM stat_year_lock WHERE report_year = :year AND agency_code = :agencyCode"
                + " AND include_subordinates = :subs",
            key(year, agencyCode, includeSubordinates),
            (rs, n) -> lock(rs))
        .stream()
        .findFirst();
  }

  /**
   * What the restatement watch needs of a lock after every batch: its key, agencies and the numbers
   * last known — not the published report, which it never reads.
   */
  record Watch(
      int year,
      String agencyCode,
      boolean includeSubordinates,
      Set<String> agencies,
      Map<String, Long> currentNumbers) {}

  /** Every lock, as the restatement watch needs it. */
  List<Watch> watches() {
    return jdbc.query(
        "SELECT report_year, agency_code, include_subordinates, agencies, current_numbers_json"
            + " FROM stat_year_lock",
        new MapSqlParameterSource(),
        (rs, n) ->
            new Watch(
                rs.getInt("report_year"),
                rs.getString("agency_code"),
                rs.getBoolean("include_subordinates"),
                Set.of(rs.getString("agencies").split(",")),
                read(rs.getString("current_numbers_json"), NUMBERS)));
  }

  void updateCurrentNumbers(Watch lock, Map<String, Long> numbers) {
    jdbc.update(
        "UPDATE stat_year_lock SET current_numbers_json = :numbers WHERE report_year = :year"
            + " AND agency_code = :agencyCode AND include_subordinates = :subs",
        key(lock.year(), lock.agencyCode(), lock.includeSubordinates())
            .addValue("numbers", write(numbers)));
  }

  void insert(Watch lock, Restatement restatement) {
    jdbc.update(
        """
        INSERT INTO stat_restatement (id, report_year, agency_code, include_subordinates,
          recorded_at, cases, changes_json)
        VALUES (:id, :year, :agencyCode, :subs, :recordedAt, :cases, :changes)
        """,
        key(lock.year(), lock.agencyCode(), lock.includeSubordinates())
            .addValue("id", restatement.id())
            .addValue("recordedAt", toDatabase(restatement.recordedAt()))
            .addValue("cases", abbreviate(String.join(",", restatement.cases())))
            .addValue("changes", write(restatement.changes())));
  }

  List<Restatement> restatements(int year, String agencyCode, boolean includeSubordinates) {
    return jdbc.query(
        "SELECT * FROM stat_restatement WHERE report_year = :year AND agency_code = :agencyCode"
            + " AND include_subordinates = :subs ORDER BY recorded_at, id",
        key(year, agencyCode, includeSubordinates),
        (rs, n) -> restatement(rs));
  }

  private Restatement restatement(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Restatement(
        rs.getString("id"),
        rs.getInt("report_year"),
        fromDatabase(rs.getObject("recorded_at", LocalDateTime.class)),
        Arrays.stream(rs.getString("cases").split(",")).filter(c -> !c.isEmpty()).toList(),
        read(rs.getString("changes_json"), CHANGES));
  }

  /**
   * The restatements recorded from {@code from} up to but not including {@code to} (business time)
   * against the locks of the agencies, in the order they were recorded.
   */
  List<Publication.RecordedRestatement> recordedBetween(
      Set<String> agencies, LocalDateTime from, LocalDateTime to) {
    if (agencies.isEmpty()) {
      return List.of();
    }
    return jdbc.query(
        "SELECT * FROM stat_restatement WHERE agency_code IN (:agencies) AND recorded_at >= :from"
            + " AND recorded_at < :to ORDER BY recorded_at, id",
        new MapSqlParameterSource("agencies", agencies).addValue("from", from).addValue("to", to),
        (rs, n) ->
            new Publication.RecordedRestatement(
                rs.getString("agency_code"),
                rs.getBoolean("include_subordinates"),
                restatement(rs)));
  }

  /** The lock as the reports show it, with its restatements. */
  Publication publication(Lock lock) {
    return new Publication(
        lock.year(),
        lock.agencyCode(),
        lock.includeSubordinates(),
        lock.lockedAt(),
        lock.lockedBy(),
        lock.note(),
        restatements(lock.year(), lock.agencyCode(), lock.includeSubordinates()));
  }

  private Lock lock(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Lock(
        rs.getInt("report_year"),
        rs.getString("agency_code"),
        rs.getBoolean("include_subordinates"),
        Set.of(rs.getString("agencies").split(",")),
        fromDatabase(rs.getObject("locked_at", LocalDateTime.class)),
        rs.getString("locked_by"),
        rs.getString("note"),
        read(rs.getString("report_json"), new TypeReference<DisclosureReport>() {}),
        read(rs.getString("figures_json"), new TypeReference<ComplaintFigures>() {}),
        new LinkedHashMap<>(read(rs.getString("current_numbers_json"), NUMBERS)));
  }

  private static MapSqlParameterSource key(int year, String agencyCode, boolean subs) {
    return new MapSqlParameterSource()
        .addValue("year", year)
        .addValue("agencyCode", agencyCode)
        .addValue("subs", subs);
  }

  private static LocalDateTime toDatabase(OffsetDateTime moment) {
    return moment.atZoneSameInstant(ClockConfiguration.BUSINESS_ZONE).toLocalDateTime();
  }

  private static OffsetDateTime fromDatabase(LocalDateTime local) {
    return local.atZone(ClockConfiguration.BUSINESS_ZONE).toOffsetDateTime();
  }

  private static String abbreviate(String cases) {
    return cases.length() <= 4000 ? cases : cases.substring(0, cases.lastIndexOf(',', 3990));
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot store a locked report", e);
    }
  }

  private <T> T read(String text, TypeReference<T> type) {
    try {
      return json.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot read a locked report", e);
    }
  }
}
