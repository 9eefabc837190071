package org.gongkai.statistics;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One step of a supervised item (批示件/督办件) as statistics know it: every event of {@code
 * gongkai.supervision} is a step, counted on the business day it happened.
 *
 * @param eventType the event, e.g. {@code InstructionRegistered}, {@code InstructionSentBack}
 * @param unitCode the unit that owes the answer
 * @param answeredOnTime whether the item's last answer came by its due date; null until answered
 */
record SupervisionStep(
    String itemId,
    long caseVersion,
    String eventType,
    String agencyCode,
    @Nullable String unitCode,
    LocalDate occurredOn,
    @Nullable Boolean answeredOnTime) {

  static final String OPENED = "InstructionRegistered";
  static final String ANSWERED = "InstructionAnswered";
  static final String SENT_BACK = "InstructionSentBack";
  static final String CLOSED = "InstructionClosed";

  SupervisionStep {
    Objects.requireNonNull(itemId, "itemId");
    Objects.requireNonNull(eventType, "eventType");
    Objects.requireNonNull(agencyCode, "agencyCode");
    Objects.requireNonNull(occurredOn, "occurredOn");
  }
}
