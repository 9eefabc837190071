package org.gongkai.statistics;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Complaint event streams written from the complaint module's contract fixtures. */
final class ComplaintStreams {

  private ComplaintStreams() {}

  /**
   * The events of a complaint received at {@code receivedAt} and, when {@code closedAt} is given,
   * followed up with the rating and closed then: received, (followed up, closed).
   */
  static List<String> complaint(
      String caseId,
      String agencyCode,
      String channel,
      OffsetDateTime receivedAt,
      @Nullable OffsetDateTime closedAt,
      @Nullable String rating) {
    List<String> events = new ArrayList<>();
    events.add(
        CaseEvents.complaint("ComplaintReceived")
            .caseId(caseId)
            .version(1)
            .agency(agencyCode)
            .occurredAt(receivedAt)
            .fact("channel", channel)
            .fact("receivedAt", receivedAt.toString())
            .json());
    if (closedAt != null) {
      events.add(
          CaseEvents.complaint("ComplaintFollowedUp")
              .caseId(caseId)
              .version(2)
              .agency(agencyCode)
              .occurredAt(closedAt)
              .fact("channel", channel)
              .fact("receivedAt", receivedAt.toString())
              .fact("rating", rating)
              .fact("reached", rating != null)
              .json());
      events.add(
          CaseEvents.complaint("ComplaintClosed")
              .caseId(caseId)
              .version(3)
              .agency(agencyCode)
              .occurredAt(closedAt)
              .fact("channel", channel)
              .fact("receivedAt", receivedAt.toString())
              .fact("closedAt", closedAt.toString())
              .fact("onTime", true)
              .fact("followedUp", true)
              .fact("reached", rating != null)
              .fact("rating", rating)
              .json());
    }
    return events;
  }
}
