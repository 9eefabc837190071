package org.gongkai.supervision.web;

import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.gongkai.organization.AgencyView;
import org.gongkai.organization.Organization;
import org.gongkai.organization.Role;
import org.gongkai.organization.StaffMember;
import org.gongkai.platform.ProblemException;
import org.gongkai.platform.web.FormValues;
import org.gongkai.platform.web.StaffPage;
import org.gongkai.supervision.InstructionDesk;
import org.gongkai.supervision.InstructionDesk.NewInstruction;
import org.gongkai.supervision.InstructionDetails;
import org.gongkai.supervision.InstructionStatus;
import org.gongkai.supervision.InstructionWorklist;
import org.gongkai.supervision.web.InstructionPageForms.AnswerPageForm;
import org.gongkai.supervision.web.InstructionPageForms.NewInstructionPageForm;
import org.gongkai.supervision.web.InstructionPageForms.ReviewPageForm;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Leaders' instructions (批示件) as pages: the agency's list, one item with its trail, the leader's
 * form to write one on a case, and the forms of whoever may act now — the owner unit's handler
 * answers (办理情况报告) while an answer is owed, the instructing leader accepts the answer (办结) or sends
 * it back (退回重办). Every form runs the {@link InstructionDesk} command the API runs; bad input and
 * refusals come back on the form in Chinese and change nothing.
 */
@StaffPage
@RequestMapping("/instructions")
class InstructionPages {

  private static final String LEADER = "hasRole('LEADER')";

  private final InstructionDesk desk;
  private final Organization organization;
  private final AgencyNames names;

  InstructionPages(InstructionDesk desk, Organization organization, AgencyNames names) {
    this.desk = desk;
    this.organization = organization;
    this.names = names;
  }

  /** The agency's supervised items, soonest due first; an unknown status filter lists them all. */
  @GetMapping
  String list(
      @RequestParam(required = false) @Nullable String status, Principal user, Model model) {
    InstructionStatus filter =
        Arrays.stream(InstructionStatus.values())
            .filter(s -> s.name().equals(status))
            .findFirst()
            .orElse(null);
    model.addAttribute("items", desk.list(filter, null, user.getName()));
    model.addAttribute("status", filter == null ? "" : filter.name());
    model.addAttribute("statuses", InstructionStatus.values());
    model.addAttribute("unitNames", names.all());
    return "instructions/list";
  }

  @GetMapping("/new")
  @PreAuthorize(LEADER)
  String newForm(
      @RequestParam(required = false) @Nullable String caseKind,
      @RequestParam(required = false) @Nullable String caseId,
      Principal user,
      Model model) {
    model.addAttribute("form", NewInstructionPageForm.on(caseKind, caseId));
    return newPage(user, model);
  }

  @PostMapping
  @PreAuthorize(LEADER)
  String register(
      @ModelAttribute("form") NewInstructionPageForm form,
      BindingResult errors,
      Principal user,
      Model model,
      RedirectAttributes redirect) {
    FormValues values = InstructionPageForms.values(errors);
    NewInstruction command = form.read(values);
    InstructionDetails created =
        command == null ? null : attempt(values, () -> desk.register(command, user.getName()));
    if (created == null) {
      return newPage(user, model);
    }
    redirect.addFlashAttribute("notice", "instruction.page.notice.registered");
    return "redirect:/instructions/" + created.id();
  }

  @GetMapping("/{id}")
  String show(@PathVariable UUID id, Principal user, Model model) {
    return itemPage(desk.find(id, user.getName()), user, model);
  }

  @PostMapping("/{id}/answer")
  @PreAuthorize("hasRole('HANDLER')")
  String answer(
      @PathVariable UUID id,
      @ModelAttribute("answerForm") AnswerPageForm form,
      BindingResult errors,
      Principal user,
      Model model,
      RedirectAttributes redirect) {
    desk.find(id, user.getName());
    FormValues values = InstructionPageForms.values(errors);
    String text = values.text("text", form.text(), true, InstructionPageForms.MAX_TEXT);
    if (text != null
        && attempt(values, () -> desk.answer(id, text, null, user.getName())) != null) {
      redirect.addFlashAttribute("notice", "instruction.page.notice.answered");
      return "redirect:/instructions/" + id;
    }
    return refusedItemPage(id, "answerForm", errors, user, model);
  }

  @PostMapping("/{id}/acceptance")
  @PreAuthorize(LEADER)
  String review(
      @PathVariable UUID id,
      @ModelAttribute("reviewForm") ReviewPageForm form,
      BindingResult errors,
      Principal user,
      Model model,
      RedirectAttributes redirect) {
    desk.find(id, user.getName());
    FormValues values = InstructionPageForms.values(errors);
    Boolean accepted = values.yesNo("accepted", form.accepted(), true);
    String comment = values.text("comment", form.comment(), false, InstructionPageForms.MAX_TEXT);
    if (accepted != null
        && !values.hasErrors()
        && attempt(
                values,
                () ->
                    desk.review(id, accepted, comment == null ? "" : comment, null, user.getName()))
            != null) {
      redirect.addFlashAttribute(
          "notice",
          accepted ? "instruction.page.notice.accepted" : "instruction.page.notice.sentBack");
      return "redirect:/instructions/" + id;
    }
    return refusedItemPage(id, "reviewForm", errors, user, model);
  }

  /** The item again, with the form's messages; a refusal of the whole form above the forms. */
  private String refusedItemPage(
      UUID id, String form, BindingResult errors, Principal user, Model model) {
    if (errors.hasGlobalErrors()) {
      model.addAttribute("refusedForm", form);
    }
    return itemPage(desk.find(id, user.getName()), user, model);
  }

  /**
   * Runs the desk's command; a refusal goes onto the form, except a missing right, which answers
   * 403 as on every page.
   */
  private static <T> @Nullable T attempt(FormValues values, Supplier<T> command) {
    try {
      return command.get();
    } catch (ProblemException refused) {
      if (refused.status() == HttpStatus.FORBIDDEN) {
        throw refused;
      }
      values.refused(refused, Map.of());
      return null;
    }
  }

  private String itemPage(InstructionDetails item, Principal user, Model model) {
    StaffMember staff = organization.member(user.getName());
    model.addAttribute("item", item);
    model.addAttribute("unitName", names.of(item.ownerUnitCode()));
    model.addAttribute("agencyName", names.of(item.agencyCode()));
    model.addAttribute("caseHref", caseHref(item.caseKind(), item.caseId()));
    model.addAttribute(
        "mayAnswer",
        staff.hasRole(Role.HANDLER)
            && item.status().awaitsAnswer()
            && InstructionWorklist.answersFor(staff, item.ownerUnitCode()));
    model.addAttribute(
        "mayReview",
        item.status() == InstructionStatus.ANSWERED
            && item.instructedBy().equals(staff.username()));
    if (!model.containsAttribute("answerForm")) {
      model.addAttribute("answerForm", AnswerPageForm.empty());
    }
    if (!model.containsAttribute("reviewForm")) {
      model.addAttribute("reviewForm", ReviewPageForm.empty());
    }
    return "instructions/item";
  }

  private String newPage(Principal user, Model model) {
    NewInstructionPageForm form = (NewInstructionPageForm) model.getAttribute("form");
    String agency = organization.member(user.getName()).agencyCode();
    List<AgencyView> units =
        organization.withSubordinates(agency).stream()
            .map(code -> organization.agency(code).orElse(null))
            .filter(unit -> unit != null)
            .toList();
    model.addAttribute("units", units);
    model.addAttribute(
        "caseHref",
        form == null || form.caseKind() == null || form.caseId() == null
            ? null
            : caseHref(form.caseKind(), form.caseId()));
    return "instructions/new";
  }

  /** The page of the case an instruction is written on. */
  static @Nullable String caseHref(String caseKind, String caseId) {
    return switch (caseKind) {
      case "DISCLOSURE" -> "/disclosure-requests/" + caseId;
      case "COMPLAINT" -> "/complaints/" + caseId;
      default -> null;
    };
  }
}
