package org.gongkai.disclosure;

import static org.gongkai.platform.ClockConfiguration.BUSINESS_ZONE;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.gongkai.disclosure.DisclosureRequestDetails.TimelineEntry;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps each request's timeline: one line per event, written in the command's transaction. */
@Component
class DisclosureTimeline {

  private final JdbcTemplate jdbc;

  DisclosureTimeline(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @EventListener
  void on(DisclosureRequestEvent event) {
    jdbc.update(
        "INSERT INTO disclosure_timeline (request_id, case_version, event_type, occurred_at, actor, summary) VALUES (?, ?, ?, ?, ?, ?)",
        event.caseId(),
        event.envelope().caseVersion(),
        event.getClass().getSimpleName(),
        LocalDateTime.ofInstant(event.envelope().occurredAt().toInstant(), ZoneOffset.UTC),
        event.envelope().actor(),
        event.summary());
  }

  List<TimelineEntry> of(UUID requestId) {
    return jdbc.query(
        "SELECT case_version, event_type, occurred_at, actor, summary FROM disclosure_timeline WHERE request_id = ? ORDER BY case_version",
        (row, n) ->
            new TimelineEntry(
                row.getLong("case_version"),
                row.getString("event_type"),
                row.getObject("occurred_at", LocalDateTime.class)
                    .atOffset(ZoneOffset.UTC)
                    .atZoneSameInstant(BUSINESS_ZONE)
                    .toOffsetDateTime(),
                row.getString("actor"),
                row.getString("summary")),
        requestId.toString());
  }
}
