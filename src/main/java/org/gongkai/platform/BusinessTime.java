package org.gongkai.platform;

import static org.gongkai.platform.ClockConfiguration.BUSINESS_ZONE;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The {@code at} of a command: when it happened, defaulting to now. Paper records may be entered
 * after the fact, but nothing may be dated in the future (a small clock skew is tolerated).
 */
@Component
public class BusinessTime {

  private static final Duration CLOCK_SKEW = Duration.ofMinutes(2);

  private final Clock clock;

  BusinessTime(Clock clock) {
    this.clock = clock;
  }

  /** The moment a command happened; a 400 problem naming {@code at} when it lies in the future. */
  public OffsetDateTime accept(@Nullable OffsetDateTime at) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    OffsetDateTime when = at == null ? now : at;
    if (when.isAfter(now.plus(CLOCK_SKEW))) {
      throw ProblemException.invalid(
          "at",
          "不能晚于当前时间（" + now.atZoneSameInstant(BUSINESS_ZONE).toLocalDateTime().withNano(0) + "）");
    }
    return when;
  }
}
