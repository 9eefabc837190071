package org.gongkai.complaint.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Arrays;
import java.util.UUID;
import org.gongkai.complaint.ComplaintDetails;
import org.gongkai.complaint.ComplaintQueries;
import org.gongkai.complaint.ComplaintQuery;
import org.gongkai.complaint.ComplaintStatus;
import org.gongkai.complaint.ComplaintSummary;
import org.gongkai.organization.PersonalDataViews;
import org.gongkai.platform.PageView;
import org.gongkai.platform.web.StaffPage;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The list of complaints and the case page, with the steps the reader may take now. Registration is
 * on {@link ComplaintIntakePages}, each step on {@link ComplaintStepPages}.
 */
@StaffPage
@RequestMapping("/complaints")
class ComplaintPages {

  private static final int PAGE_SIZE = 20;

  private final ComplaintQueries queries;
  private final ComplaintPageModel pages;

  ComplaintPages(ComplaintQueries queries, ComplaintPageModel pages) {
    this.queries = queries;
    this.pages = pages;
  }

  /** An unknown status filter lists them all. */
  @GetMapping
  String list(
      @RequestParam(required = false) @Nullable String status,
      @RequestParam(defaultValue = "0") int page,
      Principal user,
      Model model) {
    ComplaintStatus filter = status(status);
    Page<ComplaintSummary> found =
        queries.list(
            new ComplaintQuery(null, filter, null),
            Math.min(Math.max(page, 0), PageView.MAX_PAGE),
            PAGE_SIZE,
            user.getName());
    model.addAttribute("complaints", PageView.of(found));
    model.addAttribute("status", filter == null ? "" : filter.name());
    model.addAttribute("statuses", ComplaintStatus.values());
    model.addAttribute("unitNames", pages.unitNames());
    return "complaints/list";
  }

  @GetMapping("/{id}")
  String show(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "false") boolean full,
      @RequestParam(required = false) @Nullable String reason,
      Principal user,
      HttpServletRequest request,
      Model model) {
    boolean works = queries.worksCase(id, user.getName());
    boolean whole = PersonalDataViews.wholeShown(full, works, reason);
    ComplaintDetails complaint =
        whole ? queries.find(id, user.getName(), reason) : queries.findMasked(id, user.getName());
    pages.caseModel(complaint, model);
    model.addAttribute("full", whole);
    model.addAttribute("worksCase", works);
    model.addAttribute("askReason", full && !whole);
    model.addAttribute(
        "steps",
        Arrays.stream(Step.values())
            .filter(s -> s.allowedFor(complaint) && request.isUserInRole(s.role()))
            .toList());
    return "complaints/case";
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ModelAndView noSuchCase() {
    return pages.noSuchCase();
  }

  private static @Nullable ComplaintStatus status(@Nullable String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return ComplaintStatus.valueOf(value.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
