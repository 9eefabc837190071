package org.gongkai.cluster;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.gongkai.platform.ClockConfiguration;
import org.jspecify.annotations.Nullable;

/**
 * The clock the application nodes of a cluster test run on: the machine's, or started at {@code
 * gongkai.clock.start} when the suite runs at another date (the nodes get the same setting). Tests
 * date their cases by it; it is the one place where these tests read the machine's time, because
 * the nodes in their own JVMs do so too.
 */
final class ClusterClock {

  static final @Nullable String START = System.getProperty(ClockConfiguration.START_PROPERTY);

  static final Clock NODES = nodesClock();

  private ClusterClock() {}

  /** Whether the suite runs at another date than the machine's. */
  static boolean shifted() {
    return START != null && !START.isBlank();
  }

  private static Clock nodesClock() {
    Clock machine = Clock.system(ZoneOffset.ofHours(8));
    if (START == null || START.isBlank()) {
      return machine;
    }
    Instant start =
        START.length() == 10
            ? LocalDate.parse(START).atTime(9, 0).atOffset(ZoneOffset.ofHours(8)).toInstant()
            : OffsetDateTime.parse(START).toInstant();
    return Clock.offset(machine, Duration.between(machine.instant(), start));
  }
}
