package org.gongkai.organization;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The system's supervision rules ({@code gongkai.supervision.*}), for agencies that set none of
 * their own.
 *
 * @param ladder the rungs of the supervision ladder, in overdue working days
 * @param floors the rates below which the weekly digest names a unit
 */
@ConfigurationProperties("gongkai.supervision")
record SupervisionDefaults(@DefaultValue Ladder ladder, @DefaultValue Floors floors) {

  record Ladder(
      @DefaultValue("3") int superviseAfterWorkingDays,
      @DefaultValue("5") int circulateAfterWorkingDays) {}

  record Floors(
      @DefaultValue("90") BigDecimal onTimeRate, @DefaultValue("85") BigDecimal satisfactionRate) {}
}
