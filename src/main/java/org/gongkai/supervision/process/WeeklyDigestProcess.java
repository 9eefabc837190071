package org.gongkai.supervision.process;

import static org.gongkai.platform.ClockConfiguration.BUSINESS_ZONE;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gongkai.calendar.WorkingCalendar;
import org.gongkai.supervision.WeeklyDigestPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The service tasks of {@code bpmn/weekly-digest.bpmn}: when the Monday timer fires, plan the
 * publication for 08:00 on the first working day from that Monday on, then publish the previous
 * week's digests and give each leader a task to read theirs. The instance's business key is the
 * digest's ISO week.
 */
@Configuration(proxyBeanMethods = false)
class WeeklyDigestProcess {

  static final LocalTime PUBLICATION_TIME = LocalTime.of(8, 0);

  @Bean("planDigestPublication")
  JavaDelegate planDigestPublication(WorkingCalendar calendar) {
    return execution -> {
      Date startedAt = (Date) execution.getVariable("startedAt");
      LocalDate monday = startedAt.toInstant().atZone(BUSINESS_ZONE).toLocalDate();
      LocalDate day = monday;
      while (!calendar.isWorkingDay(day)) {
        day = day.plusDays(1);
      }
      execution.setVariable("week", WeeklyDigestPublisher.previousWeek(monday));
      execution.setVariable(
          "publishAt", Date.from(day.atTime(PUBLICATION_TIME).atZone(BUSINESS_ZONE).toInstant()));
    };
  }

  @Bean("publishWeeklyDigests")
  JavaDelegate publishWeeklyDigests(@Lazy WeeklyDigestPublisher publisher) {
    return execution -> {
      String week = (String) execution.getVariable("week");
      execution.setVariable("leaders", publisher.publishAll(week));
    };
  }
}
