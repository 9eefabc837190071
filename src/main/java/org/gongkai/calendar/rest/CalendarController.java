package org.gongkai.calendar.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.gongkai.calendar.CalendarOutlook;
import org.gongkai.calendar.HolidaySchedule;
import org.gongkai.calendar.HolidaySchedules;
import org.gongkai.calendar.UnknownCalendarYearException;
import org.gongkai.calendar.WorkingCalendar;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A year's holiday schedule, official or provisional: any staff member reads it, administrators
 * enter or correct the official one.
 */
@RestController
@Validated
class CalendarController {

  private final WorkingCalendar calendar;
  private final HolidaySchedules schedules;
  private final CalendarOutlook outlook;

  CalendarController(
      WorkingCalendar calendar, HolidaySchedules schedules, CalendarOutlook outlook) {
    this.calendar = calendar;
    this.schedules = schedules;
    this.outlook = outlook;
  }

  @GetMapping("/api/calendar/{year}")
  ScheduleView schedule(@PathVariable int year) {
    return calendar
        .schedule(year)
        .map(ScheduleView::of)
        .orElseThrow(() -> new UnknownCalendarYearException(year));
  }

  /**
   * The years the calendar counts: every official year, and the provisional years from the first
   * official one up to next year.
   */
  @GetMapping("/api/calendar")
  List<YearView> years() {
    return outlook.listedYears().stream()
        .map(year -> new YearView(year, calendar.isProvisional(year)))
        .toList();
  }

  @PutMapping("/api/admin/calendar/{year}")
  ScheduleView replace(
      @PathVariable
          @Min(value = 2000, message = "年份须在2000至2100之间")
          @Max(value = 2100, message = "年份须在2000至2100之间")
          int year,
      @Valid @RequestBody ScheduleForm form,
      Principal principal) {
    HolidaySchedule schedule =
        schedules.replace(
            year,
            Set.copyOf(form.holidays()),
            Set.copyOf(form.workingWeekends()),
            form.source().strip(),
            principal.getName());
    return ScheduleView.of(schedule);
  }

  record ScheduleForm(
      @NotNull(message = "请列出放假日期（可以为空列表）") List<@NotNull(message = "日期不能为空") LocalDate> holidays,
      @NotNull(message = "请列出调休上班日期（可以为空列表）")
          List<@NotNull(message = "日期不能为空") LocalDate> workingWeekends,
      @NotBlank(message = "请注明安排的来源（国务院办公厅通知的名称和文号）") @Size(max = 500, message = "来源不能超过500个字")
          String source) {}

  record YearView(int year, boolean provisional) {}

  /**
   * @param provisional derived from 《全国年节及纪念日放假办法》 because the notice is not yet published
   */
  record ScheduleView(
      int year,
      boolean provisional,
      Set<LocalDate> holidays,
      Set<LocalDate> workingWeekends,
      String source) {
    static ScheduleView of(HolidaySchedule schedule) {
      return new ScheduleView(
          schedule.year(),
          schedule.provisional(),
          new TreeSet<>(schedule.holidays()),
          new TreeSet<>(schedule.workingWeekends()),
          schedule.source());
    }
  }
}
