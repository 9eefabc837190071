package org.gongkai.calendar.web;

import org.gongkai.calendar.CalendarOutlook;
import org.gongkai.platform.web.StaffPage;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives the staff pages the calendar's notice ({@link CalendarOutlook#notice()}) as {@code
 * calendarNotice} while a year is still provisional; the home page shows it to administrators and
 * leaders. The platform's home page thus needs nothing from the calendar module.
 */
@ControllerAdvice(annotations = StaffPage.class)
class CalendarNoticeAdvice {

  private final CalendarOutlook outlook;

  CalendarNoticeAdvice(CalendarOutlook outlook) {
    this.outlook = outlook;
  }

  @ModelAttribute
  void calendarNotice(Model model) {
    outlook.notice().ifPresent(notice -> model.addAttribute("calendarNotice", notice));
  }
}
