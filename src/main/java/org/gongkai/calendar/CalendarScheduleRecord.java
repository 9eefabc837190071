package org.gongkai.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/** A year's schedule as entered by an administrator; it overrides the shipped file of that year. */
@Entity
@Table(name = "calendar_schedule")
class CalendarScheduleRecord {

  @Id
  @Column(name = "schedule_year")
  private int year;

  @Column(nullable = false)
  private String source;

  @Column(nullable = false)
  private String holidays;

  @Column(nullable = false)
  private String workingWeekends;

  @Column(nullable = false)
  private Instant updatedAt;

  @Column(nullable = false)
  private String updatedBy;

  protected CalendarScheduleRecord() {}

  CalendarScheduleRecord(HolidaySchedule schedule, Instant updatedAt, String updatedBy) {
    this.year = schedule.year();
    update(schedule, updatedAt, updatedBy);
  }

  void update(HolidaySchedule schedule, Instant updatedAt, String updatedBy) {
    this.source = schedule.source();
    this.holidays = join(schedule.holidays());
    this.workingWeekends = join(schedule.workingWeekends());
    this.updatedAt = updatedAt;
    this.updatedBy = updatedBy;
  }

  HolidaySchedule schedule() {
    return new HolidaySchedule(year, split(holidays), split(workingWeekends), source);
  }

  private static String join(Collection<LocalDate> dates) {
    return dates.stream().sorted().map(LocalDate::toString).collect(Collectors.joining(","));
  }

  private static Set<LocalDate> split(String dates) {
    return Arrays.stream(dates.split(","))
        .filter(s -> !s.isBlank())
        .map(LocalDate::parse)
        .collect(Collectors.toSet());
  }
}
