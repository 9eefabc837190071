package org.gongkai.complaint;

import static org.gongkai.platform.ClockConfiguration.BUSINESS_ZONE;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Who changed a complaint and when: {@code at} is the business time of the change (it may lie in
 * the past, for records entered afterwards), {@code recordedAt} when the system wrote it.
 */
record Change(OffsetDateTime at, Instant recordedAt, String actor) {

  /** The business date of the change in Asia/Shanghai. */
  LocalDate businessDate() {
    return at.atZoneSameInstant(BUSINESS_ZONE).toLocalDate();
  }

  Change at(OffsetDateTime other) {
    return new Change(other, recordedAt, actor);
  }
}
