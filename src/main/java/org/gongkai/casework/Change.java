package org.gongkai.casework;

import static org.gongkai.platform.ClockConfiguration.BUSINESS_ZONE;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Who changed a case and when: {@code at} is the business time of the change (it may lie in the
 * past, for paper records entered afterwards), {@code recordedAt} when the system wrote it.
 */
public record Change(OffsetDateTime at, Instant recordedAt, String actor) {

  /** The business date of the change in Asia/Shanghai. */
  public LocalDate businessDate() {
    return at.atZoneSameInstant(BUSINESS_ZONE).toLocalDate();
  }

  /** Today in Asia/Shanghai, as the system sees it. */
  public LocalDate today() {
    return recordedAt.atZone(BUSINESS_ZONE).toLocalDate();
  }

  /** The same change by the same actor, at another business time. */
  public Change at(OffsetDateTime other) {
    return new Change(other, recordedAt, actor);
  }
}
