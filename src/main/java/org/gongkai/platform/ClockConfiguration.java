package org.gongkai.platform;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The one source of time: business dates are in {@link #BUSINESS_ZONE}. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class ClockConfiguration {

  /** The zone in which business dates (receipt, reply, report year) are reckoned. */
  public static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

  @Bean
  Clock clock() {
    return Clock.system(BUSINESS_ZONE);
  }
}
