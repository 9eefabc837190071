package org.gongkai.complaint;

import static org.gongkai.platform.ClockConfiguration.BUSINESS_ZONE;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.gongkai.complaint.ComplaintDetails.TimelineEntry;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps each complaint's timeline: one line per event, written in the command's transaction. */
@Component
class ComplaintTimeline {

  private final JdbcTemplate jdbc;

  ComplaintTimeline(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @EventListener
  void on(ComplaintEvent event) {
    jdbc.update(
        "INSERT INTO complaint_timeline (complaint_id, case_version, event_type, occurred_at, actor, summary) VALUES (?, ?, ?, ?, ?, ?)",
        event.caseId(),
        event.envelope().caseVersion(),
        event.getClass().getSimpleName(),
        LocalDateTime.ofInstant(event.envelope().occurredAt().toInstant(), ZoneOffset.UTC),
        event.envelope().actor(),
        event.summary());
  }

  List<TimelineEntry> of(UUID complaintId) {
    return jdbc.query(
        "SELECT case_version, event_type, occurred_at, actor, summary FROM complaint_timeline WHERE complaint_id = ? ORDER BY case_version",
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
        complaintId.toString());
  }
}
