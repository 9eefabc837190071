package org.gongkai.casework;

import java.util.UUID;

/**
 * A kind of case that climbs the supervision ladder: its desk takes the rung when the deadline
 * watch of one of its cases reaches it.
 */
public interface LadderClimber {

  /** The kind of case, as its events name it: {@code DISCLOSURE}, {@code COMPLAINT}. */
  String caseKind();

  /**
   * The case reaches the rung, dated when the rung fell; nothing happens if it already has. False
   * if the case's watch no longer runs (it was answered, paused or lost its due date).
   */
  boolean climbLadder(UUID caseId, LadderStep step);
}
