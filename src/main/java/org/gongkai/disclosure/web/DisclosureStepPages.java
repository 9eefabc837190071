package org.gongkai.disclosure.web;

import java.security.Principal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.gongkai.disclosure.DeliveryMethod;
import org.gongkai.disclosure.DisclosureDesk;
import org.gongkai.disclosure.DisclosureQueries;
import org.gongkai.disclosure.DisclosureRequestDetails;
import org.gongkai.disclosure.FeeSchedule;
import org.gongkai.disclosure.Outcome;
import org.gongkai.platform.ProblemException;
import org.gongkai.platform.web.FormValues;
import org.gongkai.platform.web.StaffPage;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One page per step of a request — decision, review, extension, correction notice and receipt,
 * consultation and its answer, fee notice and payment, reply, transfer to the complaint process,
 * withdrawal — each offered only in the states that allow it, each calling the desk's command of
 * the same name.
 */
@StaffPage
@RequestMapping("/disclosure-requests/{id}")
class DisclosureStepPages {

  private static final String HANDLER = "hasRole('HANDLER')";
  private static final String REVIEWER = "hasRole('REVIEWER')";
  // the addresses of each role's steps, as @PreAuthorize needs them; StepPathsTests ties them to
  // Step
  static final String HANDLER_STEPS =
      "/{step:decision|correction-request|consultation|fee-notice|consultation-answer|reply|transfer-to-complaint}";
  static final String REVIEWER_STEPS = "/{step:review|extension}";
  static final String FRONT_DESK_STEPS = "/{step:correction|fee-payment|withdrawal}";

  private final DisclosureDesk desk;
  private final DisclosureQueries queries;

  DisclosureStepPages(DisclosureDesk desk, DisclosureQueries queries) {
    this.desk = desk;
    this.queries = queries;
  }

  @GetMapping(HANDLER_STEPS)
  @PreAuthorize(HANDLER)
  String handlerStep(
      @PathVariable UUID id,
      @PathVariable String step,
      Model model,
      Principal user,
      RedirectAttributes redirect) {
    return show(id, step, model, user, redirect);
  }

  @PostMapping(HANDLER_STEPS)
  @PreAuthorize(HANDLER)
  String takeHandlerStep(
      @PathVariable UUID id,
      @PathVariable String step,
      @ModelAttribute("form") StepForm form,
      BindingResult errors,
      Model model,
      Principal user,
      RedirectAttributes redirect) {
    return take(id, step, form, errors, model, user, redirect);
  }

  @GetMapping(REVIEWER_STEPS)
  @PreAuthorize(REVIEWER)
  String reviewerStep(
      @PathVariable UUID id,
      @PathVariable String step,
      Model model,
      Principal user,
      RedirectAttributes redirect) {
    return show(id, step, model, user, redirect);
  }

  @PostMapping(REVIEWER_STEPS)
  @PreAuthorize(REVIEWER)
  String takeReviewerStep(
      @PathVariable UUID id,
      @PathVariable String step,
      @ModelAttribute("form") StepForm form,
      BindingResult errors,
      Model model,
      Principal user,
      RedirectAttributes redirect) {
    return take(id, step, form, errors, model, user, redirect);
  }

  @GetMapping(FRONT_DESK_STEPS)
  @PreAuthorize(DisclosurePages.FRONT_DESK)
  String frontDeskStep(
      @PathVariable UUID id,
      @PathVariable String step,
      Model model,
      Principal user,
      RedirectAttributes redirect) {
    return show(id, step, model, user, redirect);
  }

  @PostMapping(FRONT_DESK_STEPS)
  @PreAuthorize(DisclosurePages.FRONT_DESK)
  String takeFrontDeskStep(
      @PathVariable UUID id,
      @PathVariable String step,
      @ModelAttribute("form") StepForm form,
      BindingResult errors,
      Model model,
      Principal user,
      RedirectAttributes redirect) {
    return take(id, step, form, errors, model, user, redirect);
  }

  private String show(
      UUID id, String slug, Model model, Principal user, RedirectAttributes redirect) {
    Step step = Step.bySlug(slug).orElseThrow();
    DisclosureRequestDetails request = queries.findMasked(id, user.getName());
    if (!step.allowedFor(request)) {
      return notNow(id, step, redirect);
    }
    StepForm form = new StepForm();
    if (step == Step.REPLY && request.deliveryMethod() != null) {
      form.setMethod(request.deliveryMethod().name());
    }
    model.addAttribute("form", form);
    return page(model, step, request);
  }

  private String take(
      UUID id,
      String slug,
      StepForm form,
      BindingResult errors,
      Model model,
      Principal user,
      RedirectAttributes redirect) {
    Step step = Step.bySlug(slug).orElseThrow();
    DisclosureRequestDetails request = queries.findMasked(id, user.getName());
    if (!step.allowedFor(request)) {
      return notNow(id, step, redirect);
    }
    FormValues values = new FormValues(errors, DisclosurePages.MESSAGES);
    OffsetDateTime at = values.moment("at", form.getAt(), false);
    String actor = user.getName();
    try {
      Runnable command = command(step, id, form, values, at, actor);
      if (errors.hasErrors()) {
        return page(model, step, request);
      }
      command.run();
    } catch (ProblemException refused) {
      values.refused(refused, Map.of());
      return page(model, step, request);
    }
    redirect.addFlashAttribute("done", step.messageKey());
    return "redirect:/disclosure-requests/" + id;
  }

  /** Reads the step's fields; the command runs only when they were all good. */
  private Runnable command(
      Step step,
      UUID id,
      StepForm form,
      FormValues values,
      @Nullable OffsetDateTime at,
      String actor) {
    return switch (step) {
      case DECISION -> {
        Outcome outcome = values.choice("outcome", Outcome.class, form.getOutcome(), true);
        String note = values.text("note", form.getNote(), false, 4000);
        yield () -> desk.decide(id, outcome, note, at, actor);
      }
      case REVIEW -> {
        String approved = values.text("approved", form.getApproved(), true, 5);
        String comment = values.text("comment", form.getComment(), false, 2000);
        yield () -> desk.review(id, "true".equals(approved), comment, at, actor);
      }
      case EXTENSION -> {
        Integer days = values.number("workingDays", form.getWorkingDays(), true, 1, 20);
        String reason = values.text("reason", form.getReason(), true, 1000);
        yield () -> desk.extend(id, days, reason, at, actor);
      }
      case CORRECTION_REQUEST -> {
        String items = values.text("items", form.getItems(), true, 4000);
        LocalDate deadline = values.date("correctionDeadline", form.getCorrectionDeadline(), true);
        yield () -> desk.requestCorrection(id, items, deadline, at, actor);
      }
      case CORRECTION_RECEIVED -> () -> desk.receiveCorrection(id, at, actor);
      case CONSULTATION -> {
        String party = values.text("party", form.getParty(), true, 200);
        yield () -> desk.startConsultation(id, party, at, actor);
      }
      case CONSULTATION_ANSWER -> () -> desk.answerConsultation(id, at, actor);
      case FEE_NOTICE -> {
        FeeSchedule.Basis basis =
            values.choice("basis", FeeSchedule.Basis.class, form.getBasis(), true);
        Integer quantity =
            values.number("quantity", form.getQuantity(), true, 1, FeeSchedule.MAX_QUANTITY);
        Integer amount =
            values.number("amountYuan", form.getAmountYuan(), false, 1, Integer.MAX_VALUE);
        yield () ->
            desk.issueFeeNotice(
                id, basis, quantity, amount == null ? null : amount.longValue(), at, actor);
      }
      case FEE_PAYMENT -> () -> desk.payFee(id, at, actor);
      case TRANSFER_TO_COMPLAINT -> () -> desk.transferToComplaint(id, at, actor);
      case WITHDRAWAL -> () -> desk.withdraw(id, at, actor);
      case REPLY -> {
        DeliveryMethod method =
            values.choice("method", DeliveryMethod.class, form.getMethod(), true);
        yield () -> desk.reply(id, method, at, actor);
      }
    };
  }

  private String page(Model model, Step step, DisclosureRequestDetails request) {
    model.addAttribute("step", step);
    model.addAttribute("request", request);
    model.addAttribute("applicant", request.applicant());
    model.addAttribute("outcomeGroups", OutcomeGroup.all());
    model.addAttribute("setByProcess", OutcomeGroup.SET_BY_THE_PROCESS);
    model.addAttribute("deliveryMethods", DeliveryMethod.values());
    model.addAttribute("feeBases", FeeSchedule.Basis.values());
    return "disclosure/step";
  }

  private static String notNow(UUID id, Step step, RedirectAttributes redirect) {
    redirect.addFlashAttribute("notNow", step.messageKey());
    return "redirect:/disclosure-requests/" + id;
  }
}
