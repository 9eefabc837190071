package org.gongkai.disclosure;

import java.time.OffsetDateTime;
import org.gongkai.platform.process.DeadlineWatch;

/**
 * The port through which the desk moves a request's process along, inside the command's
 * transaction; implemented by the Camunda adapter in {@code process}. The process holds only the
 * case id and the dates its timers need.
 */
public interface DisclosureFlow {

  void start(String caseId, String handlingUnit, DeadlineWatch watch);

  void correctionRequested(String caseId, OffsetDateTime periodEndsAt);

  void correctionReceived(String caseId);

  void consultationStarted(String caseId, OffsetDateTime answerDueAt);

  void consultationAnswered(String caseId);

  void feeNoticeIssued(String caseId, OffsetDateTime periodEndsAt);

  void feePaid(String caseId);

  void decided(String caseId);

  void reviewed(String caseId, boolean approved);

  void replied(String caseId);

  /** The request was finished from outside the normal path: withdrawn, abandoned or transferred. */
  void closed(String caseId);

  void deadlineChanged(String caseId, DeadlineWatch watch);
}
