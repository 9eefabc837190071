package org.gongkai.calendar;

import java.util.List;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The health component {@code calendar}: always UP, since deadlines are still counted over a
 * provisional schedule, but it lists the official years and the provisional ones among this year
 * and next, and, when {@link CalendarOutlook} has a notice, the notice and where to enter the
 * schedule.
 */
@Component("calendarHealthIndicator")
class CalendarHealthIndicator implements HealthIndicator {

  private final WorkingCalendar calendar;
  private final CalendarOutlook outlook;

  CalendarHealthIndicator(WorkingCalendar calendar, CalendarOutlook outlook) {
    this.calendar = calendar;
    this.outlook = outlook;
  }

  @Override
  public Health health() {
    Health.Builder health =
        Health.up()
            .withDetail("officialYears", List.copyOf(calendar.knownYears()))
            .withDetail("provisionalYears", outlook.provisionalYearsAhead());
    outlook
        .notice()
        .ifPresent(
            notice ->
                health
                    .withDetail("notice", notice.text())
                    .withDetail("enterAt", CalendarOutlook.ENTER_AT));
    return health.build();
  }
}
