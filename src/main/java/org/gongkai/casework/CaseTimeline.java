package org.gongkai.casework;

import static org.gongkai.platform.ClockConfiguration.BUSINESS_ZONE;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.gongkai.platform.CaseEvent;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The timeline of every case, of every kind: one line per event, written in the command's
 * transaction, so that a case and its timeline never disagree.
 */
@Component
public class CaseTimeline {

  /** One line of a case's timeline, its summary in Chinese. */
  public record Entry(
      long caseVersion, String type, OffsetDateTime occurredAt, String actor, String summary) {}

  private final JdbcTemplate jdbc;

  CaseTimeline(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @EventListener
  void on(CaseEvent event) {
    jdbc.update(
        "INSERT INTO case_timeline (case_kind, case_id, case_version, event_type, occurred_at,"
            + " actor, summary) VALUES (?, ?, ?, ?, ?, ?, ?)",
        event.caseKind(),
        event.caseId(),
        event.envelope().caseVersion(),
        event.getClass().getSimpleName(),
        LocalDateTime.ofInstant(event.envelope().occurredAt().toInstant(), ZoneOffset.UTC),
        event.envelope().actor(),
        event.summary());
  }

  /** The case's timeline, oldest first. */
  public List<Entry> of(String caseKind, UUID caseId) {
    return jdbc.query(
        "SELECT case_version, event_type, occurred_at, actor, summary FROM case_timeline"
            + " WHERE case_id = ? AND case_kind = ? ORDER BY case_version",
        (row, n) ->
            new Entry(
                row.getLong("case_version"),
                row.getString("event_type"),
                row.getObject("occurred_at", LocalDateTime.class)
                    .atOffset(ZoneOffset.UTC)
                    .atZoneSameInstant(BUSINESS_ZONE)
                    .toOffsetDateTime(),
                row.getString("actor"),
                row.getString("summary")),
        caseId.toString(),
        caseKind);
  }

  /** Who registered the case: the actor of its first event, if it is still on record. */
  public @Nullable String registrar(String caseKind, UUID caseId) {
    return jdbc
        .queryForList(
            "SELECT actor FROM case_timeline WHERE case_id = ? AND case_kind = ? AND"
                + " case_version = 1",
            String.class,
            caseId.toString(),
            caseKind)
        .stream()
        .findFirst()
        .orElse(null);
  }
}
