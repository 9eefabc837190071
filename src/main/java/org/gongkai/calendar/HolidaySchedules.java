package org.gongkai.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.gongkai.platform.ProblemException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Administrators add or replace a year's official schedule at run time, without a release: the
 * State Council announces the next year's holidays each autumn.
 */
@Service
public class HolidaySchedules {

  private final CalendarScheduleRecords records;
  private final WorkingCalendar calendar;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  HolidaySchedules(
      CalendarScheduleRecords records,
      WorkingCalendar calendar,
      ApplicationEventPublisher events,
      Clock clock) {
    this.records = records;
    this.calendar = calendar;
    this.events = events;
    this.clock = clock;
  }

  /** Stores the year's schedule, overriding any earlier one, and publishes the change. */
  @Transactional
  public HolidaySchedule replace(
      int year, Set<LocalDate> holidays, Set<LocalDate> workingWeekends, String source, String by) {
    HolidaySchedule schedule;
    try {
      schedule = new HolidaySchedule(year, holidays, workingWeekends, source);
      calendar.checkReplaceable(schedule);
    } catch (IllegalArgumentException invalid) {
      throw ProblemException.invalid("schedule", invalid.getMessage());
    }
    Instant now = clock.instant();
    records
        .findById(year)
        .ifPresentOrElse(
            existing -> existing.update(schedule, now, by),
            () -> records.save(new CalendarScheduleRecord(schedule, now, by)));
    events.publishEvent(new HolidayScheduleChanged(year, schedule.source(), now, by));
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            calendar.replace(schedule);
          }
        });
    return schedule;
  }

  /** Picks up schedules that another instance stored. */
  @Scheduled(fixedDelayString = "${gongkai.calendar.refresh-interval:PT5M}")
  @Transactional(readOnly = true)
  public void refresh() {
    records.findAll().forEach(r -> calendar.replace(r.schedule()));
  }
}
