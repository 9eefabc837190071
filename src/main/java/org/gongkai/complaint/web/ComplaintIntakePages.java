package org.gongkai.complaint.web;

import static org.gongkai.platform.ClockConfiguration.BUSINESS_ZONE;

import jakarta.validation.Valid;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gongkai.complaint.ComplaintCategory;
import org.gongkai.complaint.ComplaintChannel;
import org.gongkai.complaint.ComplaintDesk;
import org.gongkai.complaint.ComplaintDetails;
import org.gongkai.complaint.ComplaintQueries;
import org.gongkai.complaint.Intake;
import org.gongkai.complaint.Urgency;
import org.gongkai.complaint.web.ComplaintPageForms.IntakePageForm;
import org.gongkai.organization.AgencyView;
import org.gongkai.organization.Organization;
import org.gongkai.organization.Role;
import org.gongkai.organization.StaffMember;
import org.gongkai.platform.PersonalDataMasking;
import org.gongkai.platform.web.FormValues;
import org.gongkai.platform.web.StaffPage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Registration at the front desk and its printed receipt. A ticket registered before (the same
 * upstream ticket) leads to the first receipt, with a notice.
 */
@StaffPage
@RequestMapping("/complaints")
class ComplaintIntakePages {

  private static final String FRONT_DESK = "hasRole('FRONT_DESK')";
  private static final DateTimeFormatter MINUTES =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  /** The desk's names of the intake's fields that the form names otherwise. */
  private static final Map<String, String> INTAKE_FIELDS =
      Map.of("at", "receivedAt", "citizen.phone", "citizenPhone", "citizen.name", "citizenName");

  private final ComplaintDesk desk;
  private final ComplaintQueries queries;
  private final Organization organization;
  private final Clock clock;
  private final ComplaintPageModel pages;

  ComplaintIntakePages(
      ComplaintDesk desk,
      ComplaintQueries queries,
      Organization organization,
      Clock clock,
      ComplaintPageModel pages) {
    this.desk = desk;
    this.queries = queries;
    this.organization = organization;
    this.clock = clock;
    this.pages = pages;
  }

  @GetMapping("/new")
  @PreAuthorize(FRONT_DESK)
  String intakeForm(Principal user, Model model) {
    StaffMember staff = organization.member(user.getName());
    model.addAttribute(
        "intake",
        IntakePageForm.startingAt(
            staff.agencyCode(), LocalDateTime.now(clock.withZone(BUSINESS_ZONE)).format(MINUTES)));
    return intakePage(user, model);
  }

  @PostMapping
  @PreAuthorize(FRONT_DESK)
  String receive(
      @Valid @ModelAttribute("intake") IntakePageForm form,
      BindingResult errors,
      Principal user,
      Model model,
      RedirectAttributes redirect) {
    FormValues values = ComplaintPageForms.values(errors);
    Intake intake = form.read(values);
    ComplaintDesk.Received received =
        intake == null
            ? null
            : values.attempt(() -> desk.receive(intake, user.getName()), INTAKE_FIELDS);
    if (received == null) {
      return intakePage(user, model);
    }
    if (!received.created()) {
      redirect.addFlashAttribute("notice", "complaint.page.receipt.existing");
    }
    return "redirect:/complaints/" + received.complaint().id() + "/receipt";
  }

  /** The agencies offered are those the staff member may register for (all for an admin). */
  private String intakePage(Principal user, Model model) {
    StaffMember staff = organization.member(user.getName());
    List<AgencyView> agencies =
        organization.agencies().stream()
            .filter(a -> staff.hasRole(Role.ADMIN) || organization.mayActOn(staff, a.code()))
            .toList();
    model.addAttribute("agencies", agencies);
    model.addAttribute("channels", ComplaintChannel.values());
    model.addAttribute("categories", ComplaintCategory.values());
    model.addAttribute("urgencies", Urgency.values());
    return "complaints/intake";
  }

  @GetMapping("/{id}/receipt")
  String receipt(@PathVariable UUID id, Principal user, Model model) {
    ComplaintDetails complaint = queries.find(id, user.getName());
    model.addAttribute("c", complaint);
    model.addAttribute("maskedPhone", PersonalDataMasking.phone(complaint.citizen().phone()));
    model.addAttribute("agencyName", pages.agencyName(complaint.agencyCode()));
    return "complaints/receipt";
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ModelAndView noSuchCase() {
    return pages.noSuchCase();
  }
}
