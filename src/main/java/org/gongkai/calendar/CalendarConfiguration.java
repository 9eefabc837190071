package org.gongkai.calendar;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The working calendar: the shipped schedules, overridden year by year by those in the database.
 */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

  @Bean
  WorkingCalendar workingCalendar(CalendarScheduleRecords records) {
    Map<Integer, HolidaySchedule> schedules = new LinkedHashMap<>();
    ShippedHolidaySchedules.load().forEach(s -> schedules.put(s.year(), s));
    records.findAll().forEach(r -> schedules.put(r.schedule().year(), r.schedule()));
    return new WorkingCalendar(schedules.values());
  }
}
