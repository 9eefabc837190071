package org.gongkai.worklist.web;

import static org.gongkai.platform.ClockConfiguration.BUSINESS_ZONE;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.gongkai.calendar.UnknownCalendarYearException;
import org.gongkai.calendar.WorkingCalendar;
import org.gongkai.complaint.ComplaintDesk;
import org.gongkai.complaint.ComplaintQuery;
import org.gongkai.complaint.ComplaintStatus;
import org.gongkai.complaint.ComplaintSummary;
import org.gongkai.disclosure.DisclosureStatus;
import org.gongkai.disclosure.DisclosureWorkItem;
import org.gongkai.disclosure.DisclosureWorklist;
import org.gongkai.organization.AgencyView;
import org.gongkai.organization.Organization;
import org.gongkai.organization.Role;
import org.gongkai.organization.StaffMember;
import org.gongkai.platform.web.StaffPage;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * "我的待办" and "本部门待办": the disclosure requests and complaints of the units a staff member works for,
 * the earliest due date first. My tasks are the cases whose current step is for one of my roles; my
 * department's are all open cases of my units, including those waiting for the applicant, a third
 * party or the follow-up call. Staff without units of their own (reviewers) see their agency's
 * cases.
 */
@StaffPage
@RequestMapping("/tasks")
@PreAuthorize("hasAnyRole('HANDLER', 'REVIEWER')")
class TaskListPages {

  private static final int COMPLAINT_PAGE = 200;

  private final DisclosureWorklist disclosures;
  private final ComplaintDesk complaints;
  private final Organization organization;
  private final WorkingCalendar calendar;
  private final Clock clock;

  TaskListPages(
      DisclosureWorklist disclosures,
      ComplaintDesk complaints,
      Organization organization,
      WorkingCalendar calendar,
      Clock clock) {
    this.disclosures = disclosures;
    this.complaints = complaints;
    this.organization = organization;
    this.calendar = calendar;
    this.clock = clock;
  }

  @GetMapping
  String mine(Model model, Principal user) {
    StaffMember staff = organization.member(user.getName());
    Set<DisclosureStatus> disclosureSteps = EnumSet.noneOf(DisclosureStatus.class);
    Set<ComplaintStatus> complaintSteps = EnumSet.noneOf(ComplaintStatus.class);
    if (staff.hasRole(Role.HANDLER)) {
      disclosureSteps.addAll(
          EnumSet.of(DisclosureStatus.IN_HANDLING, DisclosureStatus.AWAITING_REPLY));
      complaintSteps.addAll(EnumSet.of(ComplaintStatus.DISPATCHED, ComplaintStatus.IN_HANDLING));
    }
    if (staff.hasRole(Role.REVIEWER)) {
      disclosureSteps.add(DisclosureStatus.UNDER_REVIEW);
    }
    return page(model, "mine", items(staff, disclosureSteps, complaintSteps));
  }

  @GetMapping("/department")
  String department(Model model, Principal user) {
    StaffMember staff = organization.member(user.getName());
    Set<DisclosureStatus> disclosureSteps = EnumSet.allOf(DisclosureStatus.class);
    disclosureSteps.remove(DisclosureStatus.FINISHED);
    Set<ComplaintStatus> complaintSteps = EnumSet.allOf(ComplaintStatus.class);
    complaintSteps.remove(ComplaintStatus.CLOSED);
    if (units(staff) != null) {
      complaintSteps.remove(ComplaintStatus.REGISTERED);
    }
    return page(model, "department", items(staff, disclosureSteps, complaintSteps));
  }

  private List<WorkItem> items(
      StaffMember staff,
      Set<DisclosureStatus> disclosureSteps,
      Set<ComplaintStatus> complaintSteps) {
    Set<String> units = units(staff);
    Map<String, String> names =
        organization.agencies().stream()
            .collect(Collectors.toMap(AgencyView::code, AgencyView::name));
    LocalDate today = LocalDate.now(clock.withZone(BUSINESS_ZONE));
    List<WorkItem> items = new ArrayList<>();
    for (DisclosureWorkItem request : disclosures.open(disclosureSteps, units, staff.username())) {
      items.add(
          new WorkItem(
              "DISCLOSURE",
              request.id(),
              request.trackingNumber(),
              "tasks.disclosure.step." + request.status().name(),
              request.applicant().type().isOrganization()
                      && request.applicant().organizationName() != null
                  ? request.applicant().organizationName()
                  : request.applicant().name(),
              names.getOrDefault(request.handlingUnit(), request.handlingUnit()),
              request.receivedAt(),
              request.dueDate(),
              isProvisional(request.dueDate()),
              request.workingDaysLeft(),
              request.paused(),
              request.overdue(),
              "/disclosure-requests/" + request.id()));
    }
    for (ComplaintStatus status : complaintSteps) {
      for (ComplaintSummary complaint : complaints(status, staff.username())) {
        if (units != null
            && (complaint.unitCode() == null || !units.contains(complaint.unitCode()))) {
          continue;
        }
        LocalDate due =
            complaint.dueAt() == null
                ? null
                : complaint.dueAt().atZoneSameInstant(BUSINESS_ZONE).toLocalDate();
        items.add(
            new WorkItem(
                "COMPLAINT",
                complaint.id(),
                complaint.upstreamTicketId() != null
                    ? complaint.upstreamTicketId()
                    : complaint.id().substring(0, 8),
                "tasks.complaint.step." + complaint.status().name(),
                complaint.citizen().name(),
                complaint.unitCode() == null
                    ? ""
                    : names.getOrDefault(complaint.unitCode(), complaint.unitCode()),
                complaint.receivedAt().atZoneSameInstant(BUSINESS_ZONE).toLocalDate(),
                due,
                isProvisional(due),
                status == ComplaintStatus.REPLIED ? null : workingDaysLeft(due, today),
                false,
                complaint.overdue(),
                "/complaints/" + complaint.id()));
      }
    }
    items.sort(
        Comparator.comparing(WorkItem::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(WorkItem::receivedOn));
    return items;
  }

  private List<ComplaintSummary> complaints(ComplaintStatus status, String viewer) {
    List<ComplaintSummary> all = new ArrayList<>();
    int page = 0;
    Page<ComplaintSummary> batch;
    do {
      batch =
          complaints.list(new ComplaintQuery(null, status, null), page++, COMPLAINT_PAGE, viewer);
      all.addAll(batch.getContent());
    } while (batch.hasNext());
    return all;
  }

  /** The units whose cases are mine; null when I have none of my own and see my agency's. */
  private static @Nullable Set<String> units(StaffMember staff) {
    Set<String> units = new LinkedHashSet<>(staff.unitCodes());
    if (staff.departmentCode() != null) {
      units.add(staff.departmentCode());
    }
    return units.isEmpty() ? null : units;
  }

  /** A date in a year whose holiday schedule is not announced yet may still move. */
  private boolean isProvisional(@Nullable LocalDate due) {
    return due != null && calendar.isProvisional(due.getYear());
  }

  private @Nullable Integer workingDaysLeft(@Nullable LocalDate due, LocalDate today) {
    if (due == null) {
      return null;
    }
    try {
      return calendar.workingDaysBetween(today, due);
    } catch (UnknownCalendarYearException unknown) {
      return null;
    }
  }

  private static String page(Model model, String which, List<WorkItem> items) {
    model.addAttribute("which", which);
    model.addAttribute("items", items);
    return "tasks/list";
  }
}
