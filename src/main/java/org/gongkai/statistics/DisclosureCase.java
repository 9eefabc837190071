package org.gongkai.statistics;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A disclosure request as statistics know it: the facts of the highest case version seen. Dates are
 * business dates in {@code Asia/Shanghai}, as the producer computed them.
 *
 * @param dueOn the running due date; null while the clock is paused, after the reply, or when the
 *     event did not carry one
 * @param overdue whether the request was past its due date when the event was recorded
 */
record DisclosureCase(
    String caseId,
    long caseVersion,
    String eventType,
    String agencyCode,
    String trackingNumber,
    String applicantType,
    LocalDate receivedOn,
    String status,
    @Nullable String outcome,
    @Nullable LocalDate finishedOn,
    List<Appeal> appeals,
    @Nullable LocalDate dueOn,
    boolean overdue)
    implements CaseFacts {

  DisclosureCase {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(agencyCode, "agencyCode");
    Objects.requireNonNull(trackingNumber, "trackingNumber");
    Objects.requireNonNull(applicantType, "applicantType");
    Objects.requireNonNull(receivedOn, "receivedOn");
    Objects.requireNonNull(status, "status");
    appeals = List.copyOf(appeals);
  }

  /** An administrative review or lawsuit about the reply (section four). */
  record Appeal(
      String appealId,
      String kind,
      LocalDate filedOn,
      @Nullable String result,
      @Nullable LocalDate decidedOn) {

    Appeal {
      Objects.requireNonNull(appealId, "appealId");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(filedOn, "filedOn");
    }
  }
}
