package org.gongkai.statistics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * One generation of the read model in the {@code stat_*} tables. Writes join the caller's
 * transaction, so a batch's facts and its position commit together.
 */
class JdbcStatisticsReadModel implements StatisticsReadModel {

  private final NamedParameterJdbcTemplate jdbc;
  private final long generation;

  JdbcStatisticsReadModel(NamedParameterJdbcTemplate jdbc, long generation) {
    this.jdbc = jdbc;
    this.generation = generation;
  }

  long generation() {
    return generation;
  }

  @Override
  public boolean apply(DisclosureCase facts) {
    MapSqlParameterSource params =
        caseParams(facts)
            .addValue("trackingNumber", facts.trackingNumber())
            .addValue("applicantType", facts.applicantType())
            .addValue("outcome", facts.outcome())
            .addValue("finishedOn", facts.finishedOn())
            .addValue("dueOn", facts.dueOn())
            .addValue("overdue", facts.overdue());
    boolean newer =
        upsert(
            """
            UPDATE stat_disclosure_case SET case_version = :caseVersion, event_type = :eventType,
              agency_code = :agencyCode, tracking_number = :trackingNumber,
              applicant_type = :applicantType, received_on = :receivedOn, status = :status,
              outcome = :outcome, finished_on = :finishedOn, due_on = :dueOn, overdue = :overdue
            WHERE generation = :generation AND case_id = :caseId AND case_version < :caseVersion
            """,
            caseCount("stat_disclosure_case"),
            """
            INSERT INTO stat_disclosure_case (generation, case_id, case_version, event_type, agency_code,
              tracking_number, applicant_type, received_on, status, outcome, finished_on, due_on,
              overdue)
            VALUES (:generation, :caseId, :caseVersion, :eventType, :agencyCode, :trackingNumber,
              :applicantType, :receivedOn, :status, :outcome, :finishedOn, :dueOn, :overdue)
            """,
            params);
    if (!newer) {
      return false;
    }
    jdbc.update(
        "DELETE FROM stat_disclosure_appeal WHERE generation = :generation AND case_id = :caseId",
        params);
    for (DisclosureCase.Appeal appeal : facts.appeals()) {
      jdbc.update(
          """
          INSERT INTO stat_disclosure_appeal (generation, case_id, appeal_id, agency_code, kind, filed_on,
            result, decided_on)
          VALUES (:generation, :caseId, :appealId, :agencyCode, :kind, :filedOn, :result, :decidedOn)
          """,
          new MapSqlParameterSource()
              .addValue("generation", generation)
              .addValue("caseId", facts.caseId())
              .addValue("appealId", appeal.appealId())
              .addValue("agencyCode", facts.agencyCode())
              .addValue("kind", appeal.kind())
              .addValue("filedOn", appeal.filedOn())
              .addValue("result", appeal.result())
              .addValue("decidedOn", appeal.decidedOn()));
    }
    return true;
  }

  @Override
  public boolean apply(ComplaintCase facts) {
    MapSqlParameterSource params =
        caseParams(facts)
            .addValue("channel", facts.channel())
            .addValue("closedOn", facts.closedOn())
            .addValue("closure", facts.closure())
            .addValue("onTime", facts.onTime())
            .addValue("followedUp", facts.followedUp())
            .addValue("rating", facts.rating())
            .addValue("merged", facts.merged())
            .addValue("unitCode", facts.unitCode())
            .addValue("dueOn", facts.dueOn())
            .addValue("overdue", facts.overdue())
            .addValue("category", facts.category())
            .addValue("areaCode", facts.areaCode())
            .addValue("maskedPhone", facts.maskedPhone());
    return upsert(
        """
        UPDATE stat_complaint_case SET case_version = :caseVersion, event_type = :eventType,
          agency_code = :agencyCode, channel = :channel, received_on = :receivedOn,
          status = :status, closed_on = :closedOn, closure = :closure, on_time = :onTime,
          followed_up = :followedUp, rating = :rating, merged = :merged,
          unit_code = :unitCode, due_on = :dueOn, overdue = :overdue, category = :category,
          area_code = :areaCode, masked_phone = :maskedPhone
        WHERE generation = :generation AND case_id = :caseId AND case_version < :caseVersion
        """,
        caseCount("stat_complaint_case"),
        """
        INSERT INTO stat_complaint_case (generation, case_id, case_version, event_type, agency_code, channel,
          received_on, status, closed_on, closure, on_time, followed_up, rating, merged, unit_code,
          due_on, overdue, category, area_code, masked_phone)
        VALUES (:generation, :caseId, :caseVersion, :eventType, :agencyCode, :channel, :receivedOn, :status,
          :closedOn, :closure, :onTime, :followedUp, :rating, :merged, :unitCode, :dueOn, :overdue,
          :category, :areaCode, :maskedPhone)
        """,
        params);
  }

  @Override
  public boolean apply(SupervisionStep step) {
    MapSqlParameterSource params =
        new MapSqlParameterSource()
            .addValue("generation", generation)
            .addValue("itemId", step.itemId())
            .addValue("caseVersion", step.caseVersion())
            .addValue("eventType", step.eventType())
            .addValue("agencyCode", step.agencyCode())
            .addValue("unitCode", step.unitCode())
            .addValue("occurredOn", step.occurredOn())
            .addValue("answeredOnTime", step.answeredOnTime());
    Integer stored =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM stat_supervision_step WHERE generation = :generation"
                + " AND item_id = :itemId AND case_version = :caseVersion",
            params,
            Integer.class);
    if (stored != null && stored > 0) {
      return false;
    }
    jdbc.update(
        """
        INSERT INTO stat_supervision_step (generation, item_id, case_version, event_type, agency_code,
          unit_code, occurred_on, answered_on_time)
        VALUES (:generation, :itemId, :caseVersion, :eventType, :agencyCode, :unitCode, :occurredOn,
          :answeredOnTime)
        """,
        params);
    return true;
  }

  @Override
  public void advance(PartitionKey partition, long nextOffset) {
    MapSqlParameterSource params =
        new MapSqlParameterSource()
            .addValue("generation", generation)
            .addValue("topic", partition.topic())
            .addValue("partition", partition.partition())
            .addValue("nextOffset", nextOffset);
    upsert(
        """
        UPDATE stat_projection_offset SET next_offset = :nextOffset
        WHERE generation = :generation AND topic = :topic AND partition_no = :partition
          AND next_offset < :nextOffset
        """,
        """
        SELECT COUNT(*) FROM stat_projection_offset
        WHERE generation = :generation AND topic = :topic AND partition_no = :partition
        """,
        """
        INSERT INTO stat_projection_offset (generation, topic, partition_no, next_offset)
        VALUES (:generation, :topic, :partition, :nextOffset)
        """,
        params);
  }

  @Override
  public Map<PartitionKey, Long> positions() {
    Map<PartitionKey, Long> positions = new LinkedHashMap<>();
    List<Map<String, Object>> rows =
        jdbc.queryForList(
            "SELECT topic, partition_no, next_offset FROM stat_projection_offset"
                + " WHERE generation = :generation",
            new MapSqlParameterSource("generation", generation));
    for (Map<String, Object> row : rows) {
      positions.put(
          new PartitionKey(
              (String) row.get("topic"), ((Number) row.get("partition_no")).intValue()),
          ((Number) row.get("next_offset")).longValue());
    }
    return positions;
  }

  /** The columns both case tables have, for the case's row in this generation. */
  private MapSqlParameterSource caseParams(CaseFacts facts) {
    return new MapSqlParameterSource()
        .addValue("generation", generation)
        .addValue("caseId", facts.caseId())
        .addValue("caseVersion", facts.caseVersion())
        .addValue("eventType", facts.eventType())
        .addValue("agencyCode", facts.agencyCode())
        .addValue("receivedOn", facts.receivedOn())
        .addValue("status", facts.status());
  }

  private static String caseCount(String table) {
    return "SELECT COUNT(*) FROM "
        + table
        + " WHERE generation = :generation AND case_id = :caseId";
  }

  /**
   * Writes a row unless one as new is stored: {@code update} brings an older row up to date; when
   * it changes none and {@code count} finds no row, {@code insert} adds it.
   *
   * @return false when a row as new or newer is stored, and nothing was written
   */
  private boolean upsert(String update, String count, String insert, MapSqlParameterSource params) {
    if (jdbc.update(update, params) > 0) {
      return true;
    }
    Integer rows = jdbc.queryForObject(count, params, Integer.class);
    if (rows != null && rows > 0) {
      return false;
    }
    jdbc.update(insert, params);
    return true;
  }
}
