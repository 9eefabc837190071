package org.gongkai.statistics.web;

import java.security.Principal;
import org.gongkai.organization.Organization;
import org.gongkai.organization.StaffMember;
import org.gongkai.platform.ProblemException;
import org.gongkai.platform.web.StaffPage;
import org.gongkai.statistics.YearLocks;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A report author locks the year's published report from the report page; the page then shows it
 * locked, or why it could not be locked.
 */
@StaffPage
@PreAuthorize("hasAnyRole('REPORT_AUTHOR', 'ADMIN')")
class AnnualReportLockPage {

  private final YearLocks locks;
  private final Organization organization;
  private final MessageSource messages;

  AnnualReportLockPage(YearLocks locks, Organization organization, MessageSource messages) {
    this.locks = locks;
    this.organization = organization;
    this.messages = messages;
  }

  @PostMapping("/reports/annual/lock")
  String lock(
      @RequestParam int year,
      @RequestParam String agencyCode,
      @RequestParam(defaultValue = "false") boolean includeSubordinates,
      @RequestParam(required = false) @Nullable String note,
      Principal user,
      RedirectAttributes redirect) {
    StaffMember staff = organization.member(user.getName());
    organization.requireMayActOn(staff, agencyCode, "年度报告");
    try {
      locks.lock(year, agencyCode, includeSubordinates, user.getName(), note);
      redirect.addFlashAttribute(
          "lockNotice",
          messages.getMessage(
              "report.page.lock.done",
              new Object[] {String.valueOf(year)},
              LocaleContextHolder.getLocale()));
    } catch (ProblemException refused) {
      redirect.addFlashAttribute("lockRefused", refused.getMessage());
    }
    return "redirect:"
        + UriComponentsBuilder.fromPath("/reports/annual")
            .queryParam("year", year)
            .queryParam("agencyCode", agencyCode)
            .queryParam("includeSubordinates", includeSubordinates)
            .build()
            .encode()
            .toUriString();
  }
}
