package org.gongkai.platform;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Lets a scheduled task run on one node at a time: a node takes the task's row in {@code
 * scheduled_lock} by moving its {@code locked_until} forward, which only one node can do while the
 * lock is free. The lock lapses on its own, so a node that dies holding it blocks nobody for long.
 *
 * <p>Such tasks are the deployment's background work, so only nodes with the {@link NodeRole#JOBS
 * jobs} role take a lock: on the others every such task is skipped, whichever module it belongs to.
 */
@Component
public class ScheduledLocks {

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final boolean runsJobs;
  private final String node = ManagementFactory.getRuntimeMXBean().getName();

  ScheduledLocks(JdbcTemplate jdbc, Clock clock, NodeRoles roles) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.runsJobs = roles.runs(NodeRole.JOBS);
  }

  /**
   * Runs the task if no other node holds its lock, holding it for at least {@code atLeast} (so
   * other nodes skip this round) and at most {@code atMost} (should this node die while running).
   *
   * @return whether this node ran the task: never on a node without the jobs role
   */
  public boolean runExclusively(String name, Duration atLeast, Duration atMost, Runnable task) {
    if (!runsJobs) {
      return false;
    }
    Instant now = clock.instant();
    if (!take(name, now, now.plus(atMost))) {
      return false;
    }
    try {
      task.run();
    } finally {
      Instant until = now.plus(atLeast);
      jdbc.update(
          "UPDATE scheduled_lock SET locked_until = ? WHERE name = ? AND locked_by = ?",
          Timestamp.from(until.isAfter(clock.instant()) ? until : clock.instant()),
          name,
          node);
    }
    return true;
  }

  private boolean take(String name, Instant now, Instant until) {
    int taken =
        jdbc.update(
            "UPDATE scheduled_lock SET locked_until = ?, locked_by = ? WHERE name = ? AND locked_until <= ?",
            Timestamp.from(until),
            node,
            name,
            Timestamp.from(now));
    if (taken == 1) {
      return true;
    }
    try {
      return jdbc.update(
              "INSERT INTO scheduled_lock (name, locked_until, locked_by) VALUES (?, ?, ?)",
              name,
              Timestamp.from(until),
              node)
          == 1;
    } catch (DuplicateKeyException held) {
      return false;
    }
  }
}
