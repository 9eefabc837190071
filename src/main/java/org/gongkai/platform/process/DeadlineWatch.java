package org.gongkai.platform.process;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The moments a case's deadline watch waits for: the reminder (提醒) before the due date, the overdue
 * mark at its end, then the rungs of the supervision ladder — 催办, 督办, 通报. Every moment is null
 * while the due date is unknown (the reminder also when its day cannot be counted); nothing runs
 * while the clock is paused.
 */
public record DeadlineWatch(
    @Nullable OffsetDateTime warnAt,
    @Nullable OffsetDateTime overdueAt,
    @Nullable OffsetDateTime chaseAt,
    @Nullable OffsetDateTime superviseAt,
    @Nullable OffsetDateTime circulateAt,
    boolean paused) {

  public static final String VAR_WARN_AT = "warnAt";
  public static final String VAR_OVERDUE_AT = "overdueAt";
  public static final String VAR_CHASE_AT = "chaseAt";
  public static final String VAR_SUPERVISE_AT = "superviseAt";
  public static final String VAR_CIRCULATE_AT = "circulateAt";
  public static final String VAR_DEADLINE_RUNNING = "deadlineRunning";

  /** Nothing to watch: no due date, or a case that no longer waits for its reply. */
  public static DeadlineWatch idle(boolean paused) {
    return new DeadlineWatch(null, null, null, null, null, paused);
  }

  /** Whether the watch's clock runs: a due date is known and not paused. */
  public boolean running() {
    return !paused && overdueAt != null;
  }

  /** The process variables the deadline watch subprocess reads. */
  public Map<String, Object> variables() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(VAR_WARN_AT, date(warnAt));
    variables.put(VAR_OVERDUE_AT, date(overdueAt));
    variables.put(VAR_CHASE_AT, date(chaseAt));
    variables.put(VAR_SUPERVISE_AT, date(superviseAt));
    variables.put(VAR_CIRCULATE_AT, date(circulateAt));
    variables.put(VAR_DEADLINE_RUNNING, running());
    return variables;
  }

  private static java.util.@Nullable Date date(@Nullable OffsetDateTime moment) {
    return moment == null ? null : CaseProcesses.date(moment);
  }
}
