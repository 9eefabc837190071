package org.gongkai.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The one source of time: business dates are in {@link #BUSINESS_ZONE}.
 *
 * <p>For tests only, {@value #START_PROPERTY} (a date, read as 09:00 Beijing time, or a date-time
 * with offset) sets the clock to that moment when it is first created in the JVM; it runs on from
 * there, and the process engine's clock runs with it, so timers fire by the same time. The whole
 * suite is run at several such dates to prove that no test depends on the machine's date.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class ClockConfiguration {

  /** The zone in which business dates (receipt, reply, report year) are reckoned. */
  public static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

  /** The property that starts the clock at another moment than now (tests only). */
  public static final String START_PROPERTY = "gongkai.clock.start";

  private static final Logger log = LoggerFactory.getLogger(ClockConfiguration.class);

  /** One offset per start value and JVM, so every application context runs on the same time. */
  private static final Map<String, Duration> OFFSETS = new ConcurrentHashMap<>();

  @Bean
  Clock clock(@Value("${" + START_PROPERTY + ":}") String start) {
    Clock system = Clock.system(BUSINESS_ZONE);
    if (start.isBlank()) {
      return system;
    }
    Duration offset =
        OFFSETS.computeIfAbsent(
            start.strip(), s -> Duration.between(system.instant(), startInstant(s)));
    ClockUtil.offset(offset.toMillis());
    log.warn(
        "The clock runs from {} ({}={}), {} from the machine's time; the process engine's with it",
        OffsetDateTime.now(Clock.offset(system, offset)),
        START_PROPERTY,
        start,
        offset);
    return Clock.offset(system, offset);
  }

  private static Instant startInstant(String start) {
    try {
      return start.length() == 10
          ? LocalDate.parse(start).atTime(LocalTime.of(9, 0)).atZone(BUSINESS_ZONE).toInstant()
          : OffsetDateTime.parse(start).toInstant();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          START_PROPERTY + " must be a date (2027-06-30) or a date-time with offset: " + start, e);
    }
  }
}
