package org.gongkai.calendar.web;

import jakarta.validation.Valid;
import java.security.Principal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.gongkai.calendar.CalendarOutlook;
import org.gongkai.calendar.HolidaySchedule;
import org.gongkai.calendar.HolidaySchedules;
import org.gongkai.calendar.StatutoryHolidays;
import org.gongkai.calendar.StatutoryHolidays.Festival;
import org.gongkai.calendar.WorkingCalendar;
import org.gongkai.platform.ProblemException;
import org.gongkai.platform.web.StaffPage;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's working-calendar page: every year official or provisional, a chosen year's
 * holidays and make-up working days, and the form that enters or corrects a year's official
 * schedule from the State Council's notice. Bad input comes back on the form with the message next
 * to the field and what was typed kept; nothing is stored then.
 */
@StaffPage
@RequestMapping("/admin/calendar")
@PreAuthorize("hasRole('ADMIN')")
class CalendarPages {

  /** The years an administrator may enter, as the API accepts them. */
  static final int FIRST_ENTERABLE_YEAR = 2000;

  static final int LAST_ENTERABLE_YEAR = 2100;

  private final WorkingCalendar calendar;
  private final HolidaySchedules schedules;
  private final CalendarOutlook outlook;
  private final MessageSource messages;

  CalendarPages(
      WorkingCalendar calendar,
      HolidaySchedules schedules,
      CalendarOutlook outlook,
      MessageSource messages) {
    this.calendar = calendar;
    this.schedules = schedules;
    this.outlook = outlook;
    this.messages = messages;
  }

  @GetMapping
  String page(@RequestParam(required = false) @Nullable String year, Model model) {
    int chosen;
    if (year == null || year.isBlank()) {
      chosen = outlook.nextYear();
    } else {
      chosen =
          enterableYear(year)
              .orElseThrow(
                  () -> ProblemException.notFound(message("calendar.page.error.badYear", year)));
    }
    Optional<HolidaySchedule> schedule = calendar.schedule(chosen);
    model.addAttribute(
        "entry",
        schedule
            .filter(s -> !s.provisional())
            .map(CalendarPages::filledWith)
            .orElseGet(() -> ScheduleEntryForm.empty(chosen)));
    return render(chosen, model);
  }

  @PostMapping
  String save(
      @Valid @ModelAttribute("entry") ScheduleEntryForm form,
      BindingResult errors,
      Principal user,
      Model model,
      RedirectAttributes redirect) {
    Optional<Integer> year = form.year() == null ? Optional.empty() : enterableYear(form.year());
    if (year.isEmpty() && !errors.hasFieldErrors("year")) {
      errors.rejectValue("year", "calendar.page.error.year");
    }
    DateList holidays = DateList.parse(form.holidays());
    DateList workingWeekends = DateList.parse(form.workingWeekends());
    Set<LocalDate> holidayDays = read(holidays, "holidays", year, errors);
    Set<LocalDate> workingDays = read(workingWeekends, "workingWeekends", year, errors);
    checkWorkingWeekends(holidayDays, workingDays, errors);
    int shown = year.orElseGet(outlook::nextYear);
    if (errors.hasErrors()) {
      return render(shown, model);
    }
    try {
      schedules.replace(
          shown, holidayDays, workingDays, must(form.source()).strip(), user.getName());
    } catch (ProblemException refused) {
      String reason =
          refused.errors().isEmpty() ? refused.getMessage() : refused.errors().get(0).message();
      errors.addError(new ObjectError(errors.getObjectName(), reason));
      return render(shown, model);
    }
    redirect.addFlashAttribute("saved", message("calendar.page.saved", String.valueOf(shown)));
    redirect.addAttribute("year", shown);
    // the fragment keeps the browser from scrolling back down to the form it was sent from
    return "redirect:/admin/calendar#calendar-saved";
  }

  private String render(int chosen, Model model) {
    Optional<HolidaySchedule> schedule = calendar.schedule(chosen);
    model.addAttribute("years", years());
    model.addAttribute("chosenYear", chosen);
    model.addAttribute("schedule", schedule.orElse(null));
    model.addAttribute("measures", measuresOf(chosen));
    schedule.ifPresent(
        s -> {
          model.addAttribute("runs", runs(s));
          model.addAttribute("workingWeekends", new TreeSet<>(s.workingWeekends()));
          if (s.provisional()) {
            model.addAttribute("festivals", StatutoryHolidays.festivals(chosen));
          }
        });
    return "calendar/calendar";
  }

  /**
   * Every official year, and the provisional years from the earliest official year up to next year,
   * the latest first.
   */
  private List<YearRow> years() {
    var years = new TreeSet<Integer>(Comparator.reverseOrder());
    years.addAll(outlook.listedYears());
    var rows = new ArrayList<YearRow>();
    for (int y : years) {
      calendar
          .schedule(y)
          .ifPresent(
              s ->
                  rows.add(
                      new YearRow(
                          s.year(),
                          s.provisional(),
                          s.provisional()
                              ? message("calendar.page.derived", measuresOf(s.year()))
                              : s.source())));
    }
    return List.copyOf(rows);
  }

  /** The schedule's days off in runs of consecutive days, each named after its festivals. */
  private static List<HolidayRun> runs(HolidaySchedule schedule) {
    List<Festival> festivals =
        StatutoryHolidays.derivable(schedule.year())
            ? StatutoryHolidays.festivals(schedule.year())
            : List.of();
    var runs = new ArrayList<HolidayRun>();
    for (List<LocalDate> run : DateList.runs(List.copyOf(new TreeSet<>(schedule.holidays())))) {
      String names =
          festivals.stream()
              .filter(f -> f.days().stream().anyMatch(run::contains))
              .map(Festival::name)
              .collect(Collectors.joining("、"));
      runs.add(new HolidayRun(run.get(0), run.get(run.size() - 1), run.size(), names));
    }
    return List.copyOf(runs);
  }

  private static ScheduleEntryForm filledWith(HolidaySchedule official) {
    return new ScheduleEntryForm(
        String.valueOf(official.year()),
        official.source(),
        DateList.format(List.copyOf(new TreeSet<>(official.holidays()))),
        DateList.format(List.copyOf(new TreeSet<>(official.workingWeekends()))));
  }

  /**
   * The days of the typed list, rejecting the field for dates that cannot be read, ranges that end
   * before they begin, and dates the year's schedule cannot hold.
   */
  private Set<LocalDate> read(
      DateList typed, String field, Optional<Integer> year, BindingResult errors) {
    if (!typed.unreadable().isEmpty()) {
      errors.rejectValue(
          field, "calendar.page.error.unreadable", new Object[] {quoted(typed.unreadable())}, null);
    }
    if (!typed.reversed().isEmpty()) {
      errors.rejectValue(
          field, "calendar.page.error.reversed", new Object[] {quoted(typed.reversed())}, null);
    }
    var days = new TreeSet<LocalDate>();
    var outside = new ArrayList<String>();
    for (DateList.Entry entry : typed.entries()) {
      if (year.isPresent()
          && !(coveredBy(year.get(), entry.first()) && coveredBy(year.get(), entry.last()))) {
        outside.add(entry.typed());
      } else {
        days.addAll(entry.days());
      }
    }
    if (!outside.isEmpty()) {
      int y = year.orElseThrow();
      errors.rejectValue(
          field,
          "calendar.page.error.outsideYear",
          new Object[] {
            quoted(outside), String.valueOf(y), String.valueOf(y - 1), String.valueOf(y + 1)
          },
          null);
    }
    return days;
  }

  private void checkWorkingWeekends(
      Set<LocalDate> holidays, Set<LocalDate> workingWeekends, BindingResult errors) {
    var both = new TreeSet<LocalDate>(holidays);
    both.retainAll(workingWeekends);
    if (!both.isEmpty()) {
      errors.rejectValue(
          "workingWeekends", "calendar.page.error.both", new Object[] {days(both)}, null);
    }
    var weekdays = new TreeSet<LocalDate>();
    for (LocalDate day : workingWeekends) {
      if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
        weekdays.add(day);
      }
    }
    if (!weekdays.isEmpty()) {
      errors.rejectValue(
          "workingWeekends", "calendar.page.error.notWeekend", new Object[] {days(weekdays)}, null);
    }
  }

  /**
   * As {@link HolidaySchedule} accepts: a day of the year, of the previous December or of the
   * following January.
   */
  static boolean coveredBy(int year, LocalDate day) {
    return day.getYear() == year
        || (day.getYear() == year - 1 && day.getMonth() == Month.DECEMBER)
        || (day.getYear() == year + 1 && day.getMonth() == Month.JANUARY);
  }

  private static Optional<Integer> enterableYear(String typed) {
    String digits = typed.strip();
    if (!digits.matches("\\d{4}")) {
      return Optional.empty();
    }
    int year = Integer.parseInt(digits);
    return year >= FIRST_ENTERABLE_YEAR && year <= LAST_ENTERABLE_YEAR
        ? Optional.of(year)
        : Optional.empty();
  }

  private static String measuresOf(int year) {
    return StatutoryHolidays.measuresOf(year);
  }

  private String days(Collection<LocalDate> days) {
    return days.stream()
        .map(
            d ->
                message(
                    "calendar.page.day",
                    d.toString(),
                    d.getDayOfWeek().getDisplayName(TextStyle.FULL, locale())))
        .collect(Collectors.joining("、"));
  }

  private static String quoted(List<String> typed) {
    return typed.stream().map(t -> "“" + t + "”").collect(Collectors.joining("、"));
  }

  private String message(String key, Object... args) {
    return messages.getMessage(key, args, locale());
  }

  private static Locale locale() {
    return LocaleContextHolder.getLocale();
  }

  private static String must(@Nullable String value) {
    if (value == null) {
      throw new IllegalStateException("validated field missing");
    }
    return value;
  }

  /**
   * A year in the list.
   *
   * @param basis the notice's title for an official year, the derivation for a provisional one
   */
  record YearRow(int year, boolean provisional, String basis) {}

  /** Consecutive days off, with the festivals they hold (empty when none is known). */
  record HolidayRun(LocalDate first, LocalDate last, int length, String festivals) {}
}
