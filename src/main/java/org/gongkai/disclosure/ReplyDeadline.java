package org.gongkai.disclosure;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The date by which the reply is due, with one line per step of its computation.
 *
 * @param dueDate null when the calendar does not know a year the deadline runs into yet
 * @param paused the clock stands still (correction, consultation or fee); the date moves on daily
 * @param provisional counted over a year whose holiday schedule is not yet announced, so it may
 *     move when it is
 */
public record ReplyDeadline(
    java.time.@Nullable LocalDate dueDate,
    boolean paused,
    boolean provisional,
    List<String> explanation) {

  public ReplyDeadline {
    explanation = List.copyOf(explanation);
  }
}
