package org.gongkai.platform;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Records every full view of a case's personal data: who, which case, when, and why. */
@Component
public class PersonalDataAccessLog {

  private final JdbcTemplate jdbc;
  private final Clock clock;

  PersonalDataAccessLog(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Records a full view.
   *
   * @param reason why someone not working the case asked for it, or the document produced with the
   *     data; null for a view by staff working the case
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void fullViewOf(String caseKind, String caseId, String username, @Nullable String reason) {
    jdbc.update(
        "INSERT INTO personal_data_access (case_kind, case_id, username, accessed_at, reason) VALUES (?, ?, ?, ?, ?)",
        caseKind,
        caseId,
        username,
        LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC),
        reason);
  }

  /** How many full views of the case were recorded. */
  public int viewsOf(String caseKind, String caseId) {
    Integer views =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM personal_data_access WHERE case_kind = ? AND case_id = ?",
            Integer.class,
            caseKind,
            caseId);
    return views == null ? 0 : views;
  }
}
