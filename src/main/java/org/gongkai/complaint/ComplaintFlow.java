package org.gongkai.complaint;

import java.time.LocalDate;
import org.gongkai.platform.process.DeadlineWatch;

/**
 * The port through which the desk moves a complaint's process along, inside the command's
 * transaction; implemented by the Camunda adapter in {@code process}. The process holds only the
 * case id, the unit for its tasks and the dates its timers need.
 */
public interface ComplaintFlow {

  void start(String caseId, boolean directAnswer, DeadlineWatch watch);

  void dispatched(String caseId, String unitCode);

  void accepted(String caseId);

  /**
   * The unit returned the ticket to the dispatcher (退单): before signing for it, or while handling
   * it when it found the matter is not its own.
   */
  void returned(String caseId, boolean whileHandling);

  void replied(String caseId, LocalDate followUpOn);

  void followedUp(String caseId, FollowUpResult result, LocalDate nextFollowUpOn);

  /** The complaint was closed from outside the normal path: merged or transferred. */
  void closed(String caseId);

  void deadlineChanged(String caseId, DeadlineWatch watch);
}
