package org.gongkai.statistics;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A citizen complaint as statistics know it: the facts of the highest case version seen, with the
 * receipt and closure moments reduced to business dates in {@code Asia/Shanghai}.
 *
 * @param unitCode the responsible unit (承办单位), null until the complaint is dispatched
 * @param dueOn the due date of the time limit, null when the event did not carry one
 * @param overdue whether the complaint was past its time limit when the event was recorded
 * @param category what the citizen wants (CONSULTATION, HELP, …), null when the event did not say
 * @param areaCode the area the complaint is about, null when none was given
 * @param maskedPhone the caller's phone number masked as {@code 137****0000}, null when unknown
 */
record ComplaintCase(
    String caseId,
    long caseVersion,
    String eventType,
    String agencyCode,
    String channel,
    LocalDate receivedOn,
    String status,
    @Nullable LocalDate closedOn,
    @Nullable String closure,
    @Nullable Boolean onTime,
    boolean followedUp,
    @Nullable String rating,
    boolean merged,
    @Nullable String unitCode,
    @Nullable LocalDate dueOn,
    boolean overdue,
    @Nullable String category,
    @Nullable String areaCode,
    @Nullable String maskedPhone)
    implements CaseFacts {

  ComplaintCase {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(agencyCode, "agencyCode");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(receivedOn, "receivedOn");
    Objects.requireNonNull(status, "status");
  }
}
