package org.gongkai.complaint;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A complaint that was received, handled and closed before it reached this system — on paper or in
 * an earlier hotline system — as its ledger (台账) records it. Imported so that the year's figures
 * count it; nothing is left to do on it.
 *
 * @param unitCode the unit it was dispatched to: the agency or one of its subordinates
 * @param upstreamTicketId the upstream 110 / 12345 ticket id, if any; a ticket already received is
 *     not imported twice
 */
public record LedgerComplaint(
    ComplaintChannel channel,
    ComplaintCategory category,
    Urgency urgency,
    @Nullable String areaCode,
    String content,
    Citizen citizen,
    @Nullable String upstreamTicketId,
    OffsetDateTime receivedAt,
    String unitCode,
    Reply reply,
    FollowUp followUp,
    OffsetDateTime closedAt) {

  /** 答复: when the unit replied, what it said, whether the matter was resolved. */
  public record Reply(OffsetDateTime at, String content, boolean resolved) {}

  /**
   * 回访: whether the citizen was reached, the rating given (required when reached, absent when not).
   */
  public record FollowUp(boolean reached, @Nullable Rating rating, OffsetDateTime at) {}
}
