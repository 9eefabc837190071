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
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.gongkai.calendar.UnknownCalendarYearException;
import org.gongkai.calendar.WorkingCalendar;
import org.gongkai.complaint.ComplaintQueries;
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
import org.gongkai.supervision.InstructionWorklist;
import org.gongkai.supervision.InstructionWorklist.AwaitedInstruction;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * "我的待办" and "本部门待办": the disclosure requests and complaints of the units a staff member works for,
 * the earliest due date first. My tasks are the cases that wait for a step of one of my roles, as
 * each case answers it (its awaited steps: a decision, a review, a reply; for a ticket also the
 * dispatch, the signing for, the follow-up call, a reviewer's decision on an extension request); my
 * department's are all open cases of my units, including those waiting for the applicant, a third
 * party or the follow-up call. Staff without units of their own (reviewers) see their agency's
 * cases.
 */
@StaffPage
@RequestMapping("/tasks")
@PreAuthorize("hasAnyRole('HANDLER', 'REVIEWER')")
class TaskListPages {

  private static final int COMPLAINT_PAGE = 200;

  /** The roles whose work the task lists show. */
  private static final Set<Role> TASK_ROLES = EnumSet.of(Role.HANDLER, Role.REVIEWER);

  private static final Set<ComplaintStatus> OPEN_COMPLAINTS =
      EnumSet.complementOf(EnumSet.of(ComplaintStatus.CLOSED));

  private final DisclosureWorklist disclosures;
  private final ComplaintQueries complaints;
  private final InstructionWorklist instructions;
  private final Organization organization;
  private final WorkingCalendar calendar;
  private final Clock clock;

  TaskListPages(
      DisclosureWorklist disclosures,
      ComplaintQueries complaints,
      InstructionWorklist instructions,
      Organization organization,
      WorkingCalendar calendar,
      Clock clock) {
    this.disclosures = disclosures;
    this.complaints = complaints;
    this.instructions = instructions;
    this.organization = organization;
    this.calendar = calendar;
    this.clock = clock;
  }

  @GetMapping
  String mine(Model model, Principal user) {
    StaffMember staff = organization.member(user.getName());
    Set<String> units = units(staff);
    Set<Role> myRoles = EnumSet.noneOf(Role.class);
    TASK_ROLES.stream().filter(staff::hasRole).forEach(myRoles::add);
    // the steps a case waits for, taken by one of my roles
    Predicate<DisclosureWorkItem> requestAwaitingMe =
        request -> request.awaitedSteps().stream().anyMatch(step -> myRoles.contains(step.role()));
    // the steps a ticket waits for, taken by one of my roles; a handler's only in my units
    ComplaintPick awaitingMe =
        complaint ->
            complaint.awaitedSteps().stream()
                .filter(step -> myRoles.contains(step.role()))
                .filter(step -> step.role() != Role.HANDLER || inUnits(complaint, units))
                .findFirst()
                .map(step -> "tasks.complaint.awaiting." + step.name())
                .orElse(null);
    // only the states in which a case can wait for one of my roles are read
    List<WorkItem> items =
        items(
            staff,
            disclosures.statusesAwaiting(myRoles),
            requestAwaitingMe,
            complaints.statusesAwaiting(myRoles),
            awaitingMe);
    for (AwaitedInstruction instruction : instructions.awaitingAnswerFrom(staff.username())) {
      items.add(instructionItem(instruction));
    }
    sortByDueDate(items);
    return page(model, "mine", items);
  }

  /** A leader's instruction (批示件) my unit owes a written answer to. */
  private WorkItem instructionItem(AwaitedInstruction instruction) {
    LocalDate today = LocalDate.now(clock.withZone(BUSINESS_ZONE));
    return new WorkItem(
        "INSTRUCTION",
        instruction.id(),
        instruction.trackingNumber(),
        "tasks.instruction.step." + instruction.status().name(),
        null,
        instruction.ownerUnitName(),
        instruction.registeredOn(),
        instruction.dueOn(),
        isProvisional(instruction.dueOn()),
        workingDaysLeft(instruction.dueOn(), today),
        false,
        today.isAfter(instruction.dueOn()),
        "/instructions/" + instruction.id());
  }

  @GetMapping("/department")
  String department(Model model, Principal user) {
    StaffMember staff = organization.member(user.getName());
    Set<DisclosureStatus> disclosureSteps = EnumSet.allOf(DisclosureStatus.class);
    disclosureSteps.remove(DisclosureStatus.FINISHED);
    Set<ComplaintStatus> complaintSteps = EnumSet.copyOf(OPEN_COMPLAINTS);
    Set<String> units = units(staff);
    if (units != null) {
      complaintSteps.remove(ComplaintStatus.REGISTERED);
    }
    ComplaintPick ofMyUnits =
        complaint ->
            inUnits(complaint, units) ? "tasks.complaint.step." + complaint.status().name() : null;
    return page(
        model,
        "department",
        items(staff, disclosureSteps, request -> true, complaintSteps, ofMyUnits));
  }

  /** Which complaints a list shows: the message key of the step it names, or null to leave out. */
  private interface ComplaintPick {
    @Nullable String step(ComplaintSummary complaint);
  }

  private static boolean inUnits(ComplaintSummary complaint, @Nullable Set<String> units) {
    return units == null || (complaint.unitCode() != null && units.contains(complaint.unitCode()));
  }

  /** The cases of the given states that are picked, the earliest due date first. */
  private List<WorkItem> items(
      StaffMember staff,
      Set<DisclosureStatus> disclosureStatuses,
      Predicate<DisclosureWorkItem> pickRequest,
      Set<ComplaintStatus> complaintStatuses,
      ComplaintPick pick) {
    Set<String> units = units(staff);
    Map<String, String> names =
        organization.agencies().stream()
            .collect(Collectors.toMap(AgencyView::code, AgencyView::name));
    LocalDate today = LocalDate.now(clock.withZone(BUSINESS_ZONE));
    List<WorkItem> items = new ArrayList<>();
    for (DisclosureWorkItem request :
        disclosures.open(disclosureStatuses, units, staff.username())) {
      if (!pickRequest.test(request)) {
        continue;
      }
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
    for (ComplaintStatus status : complaintStatuses) {
      for (ComplaintSummary complaint : complaints(status, staff.username())) {
        String step = pick.step(complaint);
        if (step == null) {
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
                step,
                complaint.citizen().name(),
                complaint.unitCode() == null
                    ? ""
                    : names.getOrDefault(complaint.unitCode(), complaint.unitCode()),
                complaint.receivedAt().atZoneSameInstant(BUSINESS_ZONE).toLocalDate(),
                due,
                isProvisional(due),
                complaint.status() == ComplaintStatus.REPLIED ? null : workingDaysLeft(due, today),
                false,
                complaint.overdue(),
                "/complaints/" + complaint.id()));
      }
    }
    sortByDueDate(items);
    return items;
  }

  /** The earliest due date first, then the earliest received. */
  private static void sortByDueDate(List<WorkItem> items) {
    items.sort(
        Comparator.comparing(WorkItem::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(WorkItem::receivedOn));
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
