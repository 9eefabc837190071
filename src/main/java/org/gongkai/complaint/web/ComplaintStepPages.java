package org.gongkai.complaint.web;

import jakarta.validation.Valid;
import java.security.Principal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gongkai.complaint.ComplaintDesk;
import org.gongkai.complaint.ComplaintDetails;
import org.gongkai.complaint.ComplaintQueries;
import org.gongkai.complaint.Rating;
import org.gongkai.complaint.web.ComplaintPageForms.AcceptancePageForm;
import org.gongkai.complaint.web.ComplaintPageForms.DispatchPageForm;
import org.gongkai.complaint.web.ComplaintPageForms.ExtensionPageForm;
import org.gongkai.complaint.web.ComplaintPageForms.FollowUpPageForm;
import org.gongkai.complaint.web.ComplaintPageForms.RefusalPageForm;
import org.gongkai.complaint.web.ComplaintPageForms.ReplyPageForm;
import org.gongkai.complaint.web.ComplaintPageForms.ReturnPageForm;
import org.gongkai.complaint.web.ComplaintPageForms.StepCommand;
import org.gongkai.complaint.web.ComplaintPageForms.StepPageForm;
import org.gongkai.complaint.web.ComplaintPageForms.SupervisionPageForm;
import org.gongkai.organization.Organization;
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
 * One page per step of a ticket (派单, 签收, 退单, 延期, 答复, 回访, 督办), for the role that takes it. Each form
 * posts to the {@link ComplaintDesk} command of its step; bad input comes back on the same form
 * with the message next to the field and what was typed kept, and a refused command changes
 * nothing.
 */
@StaffPage
@RequestMapping("/complaints/{id}")
class ComplaintStepPages {

  private static final String FRONT_DESK = "hasRole('FRONT_DESK')";
  private static final String HANDLER = "hasRole('HANDLER')";
  private static final String REVIEWER = "hasRole('REVIEWER')";
  private static final String LEADER = "hasRole('LEADER')";

  private final ComplaintDesk desk;
  private final ComplaintQueries queries;
  private final Organization organization;
  private final ComplaintPageModel pages;

  ComplaintStepPages(
      ComplaintDesk desk,
      ComplaintQueries queries,
      Organization organization,
      ComplaintPageModel pages) {
    this.desk = desk;
    this.queries = queries;
    this.organization = organization;
    this.pages = pages;
  }

  @GetMapping("/dispatch")
  @PreAuthorize(FRONT_DESK)
  String dispatchForm(@PathVariable UUID id, Principal user, Model model) {
    return show(Step.DISPATCH, id, new DispatchPageForm(null, List.of(), null), user, model);
  }

  @PostMapping("/dispatch")
  @PreAuthorize(FRONT_DESK)
  String dispatch(
      @PathVariable UUID id,
      @Valid @ModelAttribute("form") DispatchPageForm form,
      BindingResult errors,
      Principal user,
      Model model,
      RedirectAttributes redirect) {
    return take(Step.DISPATCH, id, form, errors, user, model, redirect);
  }

  @GetMapping("/acceptance")
  @PreAuthorize(HANDLER)
  String acceptanceForm(@PathVariable UUID id, Principal user, Model model) {
    return show(Step.ACCEPTANCE, id, new AcceptancePageForm(null), user, model);
  }

  @PostMapping("/acceptance")
  @PreAuthorize(HANDLER)
  String accept(
      @PathVariable UUID id,
      @Valid @ModelAttribute("form") AcceptancePageForm form,
      BindingResult errors,
      Principal user,
      Model model,
      RedirectAttributes redirect) {
    return take(Step.ACCEPTANCE, id, form, errors, user, model, redirect);
  }

  @GetMapping("/return")
  @PreAuthorize(HANDLER)
  String returnForm(@PathVariable UUID id, Principal user, Model model) {
    return show(Step.RETURN, id, new ReturnPageForm(null, null), user, model);
  }

  @PostMapping("/return")
  @PreAuthorize(HANDLER)
  String returnToDispatcher(
      @PathVariable UUID id,
      @Valid @ModelAttribute("form") ReturnPageForm form,
      BindingResult errors,
      Principal user,
      Model model,
      RedirectAttributes redirect) {
    return take(Step.RETURN, id, form, errors, user, model, redirect);
  }

  @GetMapping("/extension-request")
  @PreAuthorize(HANDLER)
  String extensionRequestForm(@PathVariable UUID id, Principal user, Model model) {
    return show(Step.EXTENSION_REQUEST, id, new ExtensionPageForm(null, null, null), user, model);
  }

  @PostMapping("/extension-request")
  @PreAuthorize(HANDLER)
  String requestExtension(
      @PathVariable UUID id,
      @Valid @ModelAttribute("form") ExtensionPageForm form,
      BindingResult errors,
      Principal user,
      Model model,
      RedirectAttributes redirect) {
    return take(Step.EXTENSION_REQUEST, id, form, errors, user, model, redirect);
  }

  /** The reviewer's page starts from what the handler asked for, if anything. */
  @GetMapping("/extension")
  @PreAuthorize(REVIEWER)
  String extensionForm(@PathVariable UUID id, Principal user, Model model) {
    ComplaintDetails.ExtensionRequest asked =
        queries.findMasked(id, user.getName()).extensionRequest();
    ExtensionPageForm form =
        asked == null
            ? new ExtensionPageForm(null, null, null)
            : new ExtensionPageForm(Integer.toString(asked.workingDays()), asked.reason(), null);
    return show(Step.EXTENSION, id, form, user, model);
  }

  @PostMapping("/extension")
  @PreAuthorize(REVIEWER)
  String extend(
      @PathVariable UUID id,
      @Valid @ModelAttribute("form") ExtensionPageForm form,
      BindingResult errors,
      Principal user,
      Model model,
      RedirectAttributes redirect) {
    return take(Step.EXTENSION, id, form, errors, user, model, redirect);
  }

  @GetMapping("/extension-refusal")
  @PreAuthorize(REVIEWER)
  String extensionRefusalForm(@PathVariable UUID id, Principal user, Model model) {
    return show(Step.EXTENSION_REFUSAL, id, new RefusalPageForm(null, null), user, model);
  }

  @PostMapping("/extension-refusal")
  @PreAuthorize(REVIEWER)
  String refuseExtension(
      @PathVariable UUID id,
      @Valid @ModelAttribute("form") RefusalPageForm form,
      BindingResult errors,
      Principal user,
      Model model,
      RedirectAttributes redirect) {
    return take(Step.EXTENSION_REFUSAL, id, form, errors, user, model, redirect);
  }

  @GetMapping("/reply")
  @PreAuthorize(HANDLER)
  String replyForm(@PathVariable UUID id, Principal user, Model model) {
    return show(Step.REPLY, id, new ReplyPageForm(null, null, null), user, model);
  }

  @PostMapping("/reply")
  @PreAuthorize(HANDLER)
  String reply(
      @PathVariable UUID id,
      @Valid @ModelAttribute("form") ReplyPageForm form,
      BindingResult errors,
      Principal user,
      Model model,
      RedirectAttributes redirect) {
    return take(Step.REPLY, id, form, errors, user, model, redirect);
  }

  @GetMapping("/follow-up")
  @PreAuthorize(FRONT_DESK)
  String followUpForm(@PathVariable UUID id, Principal user, Model model) {
    return show(Step.FOLLOW_UP, id, new FollowUpPageForm(null, null, null, null), user, model);
  }

  @PostMapping("/follow-up")
  @PreAuthorize(FRONT_DESK)
  String followUp(
      @PathVariable UUID id,
      @Valid @ModelAttribute("form") FollowUpPageForm form,
      BindingResult errors,
      Principal user,
      Model model,
      RedirectAttributes redirect) {
    return take(Step.FOLLOW_UP, id, form, errors, user, model, redirect);
  }

  @GetMapping("/supervision")
  @PreAuthorize(LEADER)
  String supervisionForm(@PathVariable UUID id, Principal user, Model model) {
    return show(Step.SUPERVISION, id, new SupervisionPageForm(null, null, null), user, model);
  }

  @PostMapping("/supervision")
  @PreAuthorize(LEADER)
  String supervise(
      @PathVariable UUID id,
      @Valid @ModelAttribute("form") SupervisionPageForm form,
      BindingResult errors,
      Principal user,
      Model model,
      RedirectAttributes redirect) {
    return take(Step.SUPERVISION, id, form, errors, user, model, redirect);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ModelAndView noSuchCase() {
    return pages.noSuchCase();
  }

  /** A step's form, or the case page when the step is not open in the case's current state. */
  private String show(Step step, UUID id, StepPageForm form, Principal user, Model model) {
    ComplaintDetails complaint = queries.findMasked(id, user.getName());
    if (!step.allowedFor(complaint)) {
      return "redirect:/complaints/" + id;
    }
    model.addAttribute("form", form);
    return render(step, complaint, model);
  }

  /**
   * Takes the step when the form is good and the desk agrees, back to the case page with a notice;
   * otherwise the form again with its messages. Whether the step is open now, the desk decides.
   */
  private String take(
      Step step,
      UUID id,
      StepPageForm form,
      BindingResult errors,
      Principal user,
      Model model,
      RedirectAttributes redirect) {
    FormValues values = ComplaintPageForms.values(errors);
    OffsetDateTime at = values.moment("at", form.at(), false);
    StepCommand command = form.command(step, values);
    if (!values.hasErrors()
        && values.attempt(() -> command.take(desk, id, at, user.getName()), Map.of()) != null) {
      redirect.addFlashAttribute("notice", "complaint.page.step." + step.key() + ".done");
      return "redirect:/complaints/" + id;
    }
    return render(step, queries.findMasked(id, user.getName()), model);
  }

  private String render(Step step, ComplaintDetails complaint, Model model) {
    pages.caseModel(complaint, model);
    model.addAttribute("step", step);
    model.addAttribute("ratings", Rating.values());
    if (step == Step.DISPATCH) {
      model.addAttribute(
          "units",
          organization.withSubordinates(complaint.agencyCode()).stream()
              .map(code -> organization.agency(code).orElse(null))
              .filter(a -> a != null)
              .toList());
    }
    return "complaints/step";
  }
}
