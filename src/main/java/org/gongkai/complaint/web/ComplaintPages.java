package org.gongkai.complaint.web;

import static org.gongkai.platform.ClockConfiguration.BUSINESS_ZONE;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import org.gongkai.complaint.Citizen;
import org.gongkai.complaint.ComplaintCategory;
import org.gongkai.complaint.ComplaintChannel;
import org.gongkai.complaint.ComplaintDesk;
import org.gongkai.complaint.ComplaintDetails;
import org.gongkai.complaint.ComplaintQueries;
import org.gongkai.complaint.ComplaintQuery;
import org.gongkai.complaint.ComplaintStatus;
import org.gongkai.complaint.ComplaintSummary;
import org.gongkai.complaint.Intake;
import org.gongkai.complaint.Rating;
import org.gongkai.complaint.Urgency;
import org.gongkai.complaint.web.ComplaintPageForms.AcceptancePageForm;
import org.gongkai.complaint.web.ComplaintPageForms.DispatchPageForm;
import org.gongkai.complaint.web.ComplaintPageForms.ExtensionPageForm;
import org.gongkai.complaint.web.ComplaintPageForms.FollowUpPageForm;
import org.gongkai.complaint.web.ComplaintPageForms.IntakePageForm;
import org.gongkai.complaint.web.ComplaintPageForms.RefusalPageForm;
import org.gongkai.complaint.web.ComplaintPageForms.ReplyPageForm;
import org.gongkai.complaint.web.ComplaintPageForms.ReturnPageForm;
import org.gongkai.complaint.web.ComplaintPageForms.SupervisionPageForm;
import org.gongkai.organization.AgencyView;
import org.gongkai.organization.Organization;
import org.gongkai.organization.PersonalDataViews;
import org.gongkai.organization.Role;
import org.gongkai.organization.StaffMember;
import org.gongkai.platform.PageView;
import org.gongkai.platform.PersonalDataMasking;
import org.gongkai.platform.ProblemException;
import org.gongkai.platform.web.PageDates;
import org.gongkai.platform.web.StaffPage;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The complaint pages. Each form posts to the {@link ComplaintDesk} command of its step; bad input
 * comes back on the same form with the message next to the field and what was typed kept, and a
 * refused command changes nothing.
 */
@StaffPage
@RequestMapping("/complaints")
class ComplaintPages {

  private static final String FRONT_DESK = "hasRole('FRONT_DESK')";
  private static final String HANDLER = "hasRole('HANDLER')";
  private static final String REVIEWER = "hasRole('REVIEWER')";
  private static final String LEADER = "hasRole('LEADER')";
  private static final DateTimeFormatter MINUTES =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
  private static final int PAGE_SIZE = 20;

  private final ComplaintDesk desk;
  private final ComplaintQueries queries;
  private final Organization organization;
  private final Clock clock;
  private final MessageSource messages;

  ComplaintPages(
      ComplaintDesk desk,
      ComplaintQueries queries,
      Organization organization,
      Clock clock,
      MessageSource messages) {
    this.desk = desk;
    this.queries = queries;
    this.organization = organization;
    this.clock = clock;
    this.messages = messages;
  }

  // ---- list

  @GetMapping
  String list(
      @RequestParam(required = false) @Nullable String status,
      @RequestParam(defaultValue = "0") int page,
      Principal user,
      Model model) {
    ComplaintStatus filter = parse(ComplaintStatus.class, status);
    Page<ComplaintSummary> found =
        queries.list(
            new ComplaintQuery(null, filter, null),
            Math.min(Math.max(page, 0), PageView.MAX_PAGE),
            PAGE_SIZE,
            user.getName());
    model.addAttribute("complaints", PageView.of(found));
    model.addAttribute("status", filter == null ? "" : filter.name());
    model.addAttribute("statuses", ComplaintStatus.values());
    model.addAttribute("unitNames", unitNames(user));
    return "complaints/list";
  }

  // ---- intake and receipt

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
    ComplaintChannel channel = choice(ComplaintChannel.class, form.channel(), "channel", errors);
    ComplaintCategory category =
        choice(ComplaintCategory.class, form.category(), "category", errors);
    Urgency urgency =
        form.urgency() == null || form.urgency().isBlank()
            ? Urgency.NORMAL
            : choice(Urgency.class, form.urgency(), "urgency", errors);
    OffsetDateTime receivedAt = dateTime(form.receivedAt(), "receivedAt", errors);
    if (errors.hasErrors()) {
      return intakePage(user, model);
    }
    Intake intake =
        new Intake(
            strip(form.agencyCode()),
            must(channel),
            must(receivedAt),
            must(category),
            must(urgency),
            blankToNull(form.areaCode()),
            strip(form.content()),
            new Citizen(strip(form.citizenName()), blankToNull(form.citizenPhone())),
            blankToNull(form.upstreamTicketId()),
            "true".equals(form.directAnswer()));
    ComplaintDesk.Received received =
        attempt(
            () -> desk.receive(intake, user.getName()),
            errors,
            Map.of(
                "at",
                "receivedAt",
                "citizen.phone",
                "citizenPhone",
                "citizen.name",
                "citizenName"));
    if (received == null) {
      return intakePage(user, model);
    }
    if (!received.created()) {
      redirect.addFlashAttribute("notice", "complaint.page.receipt.existing");
    }
    return "redirect:/complaints/" + received.complaint().id() + "/receipt";
  }

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
    model.addAttribute("agencyName", name(complaint.agencyCode()));
    return "complaints/receipt";
  }

  // ---- the case page

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
    caseModel(complaint, user, model);
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

  // ---- the steps

  @GetMapping("/{id}/dispatch")
  @PreAuthorize(FRONT_DESK)
  String dispatchForm(@PathVariable UUID id, Principal user, Model model) {
    return stepPage(Step.DISPATCH, id, new DispatchPageForm(null, List.of(), null), user, model);
  }

  @PostMapping("/{id}/dispatch")
  @PreAuthorize(FRONT_DESK)
  String dispatch(
      @PathVariable UUID id,
      @Valid @ModelAttribute("form") DispatchPageForm form,
      BindingResult errors,
      Principal user,
      Model model,
      RedirectAttributes redirect) {
    OffsetDateTime at = dateTime(form.at(), "at", errors);
    List<String> coUnits =
        form.coUnitCodes() == null
            ? List.of()
            : form.coUnitCodes().stream().filter(c -> c != null && !c.isBlank()).toList();
    return step(
        Step.DISPATCH,
        id,
        errors,
        () -> desk.dispatch(id, blankToNull(form.unitCode()), coUnits, at, user.getName()),
        user,
        model,
        redirect);
  }

  @GetMapping("/{id}/acceptance")
  @PreAuthorize(HANDLER)
  String acceptanceForm(@PathVariable UUID id, Principal user, Model model) {
    return stepPage(Step.ACCEPTANCE, id, new AcceptancePageForm(null), user, model);
  }

  @PostMapping("/{id}/acceptance")
  @PreAuthorize(HANDLER)
  String accept(
      @PathVariable UUID id,
      @Valid @ModelAttribute("form") AcceptancePageForm form,
      BindingResult errors,
      Principal user,
      Model model,
      RedirectAttributes redirect) {
    OffsetDateTime at = dateTime(form.at(), "at", errors);
    return step(
        Step.ACCEPTANCE,
        id,
        errors,
        () -> desk.accept(id, at, user.getName()),
        user,
        model,
        redirect);
  }

  @GetMapping("/{id}/return")
  @PreAuthorize(HANDLER)
  String returnForm(@PathVariable UUID id, Principal user, Model model) {
    return stepPage(Step.RETURN, id, new ReturnPageForm(null, null), user, model);
  }

  @PostMapping("/{id}/return")
  @PreAuthorize(HANDLER)
  String returnToDispatcher(
      @PathVariable UUID id,
      @Valid @ModelAttribute("form") ReturnPageForm form,
      BindingResult errors,
      Principal user,
      Model model,
      RedirectAttributes redirect) {
    OffsetDateTime at = dateTime(form.at(), "at", errors);
    return step(
        Step.RETURN,
        id,
        errors,
        () -> desk.returnToDispatcher(id, strip(form.reason()), at, user.getName()),
        user,
        model,
        redirect);
  }

  @GetMapping("/{id}/extension-request")
  @PreAuthorize(HANDLER)
  String extensionRequestForm(@PathVariable UUID id, Principal user, Model model) {
    return stepPage(
        Step.EXTENSION_REQUEST, id, new ExtensionPageForm(null, null, null), user, model);
  }

  @PostMapping("/{id}/extension-request")
  @PreAuthorize(HANDLER)
  String requestExtension(
      @PathVariable UUID id,
      @Valid @ModelAttribute("form") ExtensionPageForm form,
      BindingResult errors,
      Principal user,
      Model model,
      RedirectAttributes redirect) {
    OffsetDateTime at = dateTime(form.at(), "at", errors);
    Integer workingDays = extensionDays(form.workingDays(), errors);
    return step(
        Step.EXTENSION_REQUEST,
        id,
        errors,
        () ->
            desk.requestExtension(
                id, Objects.requireNonNull(workingDays), strip(form.reason()), at, user.getName()),
        user,
        model,
        redirect);
  }

  /** The reviewer's page starts from what the handler asked for, if anything. */
  @GetMapping("/{id}/extension")
  @PreAuthorize(REVIEWER)
  String extensionForm(@PathVariable UUID id, Principal user, Model model) {
    ComplaintDetails.ExtensionRequest asked =
        queries.findMasked(id, user.getName()).extensionRequest();
    ExtensionPageForm form =
        asked == null
            ? new ExtensionPageForm(null, null, null)
            : new ExtensionPageForm(Integer.toString(asked.workingDays()), asked.reason(), null);
    return stepPage(Step.EXTENSION, id, form, user, model);
  }

  @PostMapping("/{id}/extension")
  @PreAuthorize(REVIEWER)
  String extend(
      @PathVariable UUID id,
      @Valid @ModelAttribute("form") ExtensionPageForm form,
      BindingResult errors,
      Principal user,
      Model model,
      RedirectAttributes redirect) {
    OffsetDateTime at = dateTime(form.at(), "at", errors);
    Integer workingDays = extensionDays(form.workingDays(), errors);
    return step(
        Step.EXTENSION,
        id,
        errors,
        () ->
            desk.extend(
                id, Objects.requireNonNull(workingDays), strip(form.reason()), at, user.getName()),
        user,
        model,
        redirect);
  }

  @GetMapping("/{id}/extension-refusal")
  @PreAuthorize(REVIEWER)
  String extensionRefusalForm(@PathVariable UUID id, Principal user, Model model) {
    return stepPage(Step.EXTENSION_REFUSAL, id, new RefusalPageForm(null, null), user, model);
  }

  @PostMapping("/{id}/extension-refusal")
  @PreAuthorize(REVIEWER)
  String refuseExtension(
      @PathVariable UUID id,
      @Valid @ModelAttribute("form") RefusalPageForm form,
      BindingResult errors,
      Principal user,
      Model model,
      RedirectAttributes redirect) {
    OffsetDateTime at = dateTime(form.at(), "at", errors);
    return step(
        Step.EXTENSION_REFUSAL,
        id,
        errors,
        () -> desk.refuseExtension(id, strip(form.reason()), at, user.getName()),
        user,
        model,
        redirect);
  }

  @GetMapping("/{id}/reply")
  @PreAuthorize(HANDLER)
  String replyForm(@PathVariable UUID id, Principal user, Model model) {
    return stepPage(Step.REPLY, id, new ReplyPageForm(null, null, null), user, model);
  }

  @PostMapping("/{id}/reply")
  @PreAuthorize(HANDLER)
  String reply(
      @PathVariable UUID id,
      @Valid @ModelAttribute("form") ReplyPageForm form,
      BindingResult errors,
      Principal user,
      Model model,
      RedirectAttributes redirect) {
    OffsetDateTime at = dateTime(form.at(), "at", errors);
    Boolean resolved = yesNo(form.resolved(), "resolved", errors);
    return step(
        Step.REPLY,
        id,
        errors,
        () ->
            desk.reply(
                id, strip(form.content()), Boolean.TRUE.equals(resolved), at, user.getName()),
        user,
        model,
        redirect);
  }

  @GetMapping("/{id}/follow-up")
  @PreAuthorize(FRONT_DESK)
  String followUpForm(@PathVariable UUID id, Principal user, Model model) {
    return stepPage(Step.FOLLOW_UP, id, new FollowUpPageForm(null, null, null, null), user, model);
  }

  @PostMapping("/{id}/follow-up")
  @PreAuthorize(FRONT_DESK)
  String followUp(
      @PathVariable UUID id,
      @Valid @ModelAttribute("form") FollowUpPageForm form,
      BindingResult errors,
      Principal user,
      Model model,
      RedirectAttributes redirect) {
    OffsetDateTime at = dateTime(form.at(), "at", errors);
    Boolean reached = yesNo(form.reached(), "reached", errors);
    Rating rating = null;
    if (Boolean.TRUE.equals(reached)) {
      if (form.rating() == null || form.rating().isBlank()) {
        errors.rejectValue("rating", "complaint.page.error.rating");
      } else {
        rating = choice(Rating.class, form.rating(), "rating", errors);
      }
    }
    Rating given = rating;
    return step(
        Step.FOLLOW_UP,
        id,
        errors,
        () ->
            desk.recordFollowUp(
                id,
                Boolean.TRUE.equals(reached),
                given,
                blankToNull(form.note()),
                at,
                user.getName()),
        user,
        model,
        redirect);
  }

  @GetMapping("/{id}/supervision")
  @PreAuthorize(LEADER)
  String supervisionForm(@PathVariable UUID id, Principal user, Model model) {
    return stepPage(Step.SUPERVISION, id, new SupervisionPageForm(null, null, null), user, model);
  }

  @PostMapping("/{id}/supervision")
  @PreAuthorize(LEADER)
  String supervise(
      @PathVariable UUID id,
      @Valid @ModelAttribute("form") SupervisionPageForm form,
      BindingResult errors,
      Principal user,
      Model model,
      RedirectAttributes redirect) {
    OffsetDateTime at = dateTime(form.at(), "at", errors);
    LocalDate deadline = date(form.deadline(), "deadline", errors);
    return step(
        Step.SUPERVISION,
        id,
        errors,
        () -> desk.supervise(id, strip(form.note()), must(deadline), at, user.getName()),
        user,
        model,
        redirect);
  }

  /** A step's form, or the case page when the step is not open in the case's current state. */
  private String stepPage(Step step, UUID id, Object form, Principal user, Model model) {
    ComplaintDetails complaint = queries.findMasked(id, user.getName());
    if (!step.allowedFor(complaint)) {
      return "redirect:/complaints/" + id;
    }
    model.addAttribute("form", form);
    return renderStep(step, complaint, user, model);
  }

  private String step(
      Step step,
      UUID id,
      BindingResult errors,
      Supplier<ComplaintDetails> command,
      Principal user,
      Model model,
      RedirectAttributes redirect) {
    if (!errors.hasErrors()) {
      ComplaintDetails done = attempt(command, errors, Map.of());
      if (done != null) {
        redirect.addFlashAttribute("notice", "complaint.page.step." + step.key() + ".done");
        return "redirect:/complaints/" + id;
      }
    }
    return renderStep(step, queries.findMasked(id, user.getName()), user, model);
  }

  private String renderStep(Step step, ComplaintDetails complaint, Principal user, Model model) {
    caseModel(complaint, user, model);
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

  private void caseModel(ComplaintDetails complaint, Principal user, Model model) {
    model.addAttribute("c", complaint);
    model.addAttribute("full", false);
    model.addAttribute("agencyName", name(complaint.agencyCode()));
    model.addAttribute("unitNames", unitNames(user));
  }

  // ---- refused commands and problems

  /**
   * Runs the command; a refused one puts its messages on the form (next to the field it names, or
   * at the top) and gives null.
   */
  private <T> @Nullable T attempt(
      Supplier<T> command, BindingResult errors, Map<String, String> fields) {
    try {
      return command.get();
    } catch (ProblemException refused) {
      if (refused.errors().isEmpty()) {
        errors.addError(new ObjectError(errors.getObjectName(), refused.getMessage()));
      }
      for (ProblemException.FieldMessage error : refused.errors()) {
        String field = fields.getOrDefault(error.field(), error.field());
        if (errors.getFieldType(field) != null || hasField(errors, field)) {
          errors.addError(
              new FieldError(
                  errors.getObjectName(),
                  field,
                  errors.getFieldValue(field),
                  false,
                  null,
                  null,
                  error.message()));
        } else {
          errors.addError(new ObjectError(errors.getObjectName(), error.message()));
        }
      }
      return null;
    }
  }

  private static boolean hasField(BindingResult errors, String field) {
    Object target = errors.getTarget();
    return target != null
        && Arrays.stream(target.getClass().getRecordComponents())
            .anyMatch(c -> c.getName().equals(field));
  }

  /** A case address that is not a case number at all: the problem page, as for an unknown one. */
  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ModelAndView noSuchCase() {
    ModelAndView page = new ModelAndView("problem");
    page.setStatus(HttpStatus.NOT_FOUND);
    page.addObject("problemTitle", message("complaint.page.problem.title"));
    page.addObject("detail", message("complaint.page.problem.notFound"));
    return page;
  }

  private String message(String key) {
    return messages.getMessage(key, null, LocaleContextHolder.getLocale());
  }

  // ---- values from the forms

  private static <E extends Enum<E>> @Nullable E choice(
      Class<E> type, @Nullable String value, String field, BindingResult errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    E parsed = parse(type, value);
    if (parsed == null) {
      errors.rejectValue(field, "complaint.page.error.choice");
    }
    return parsed;
  }

  private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static @Nullable Boolean yesNo(
      @Nullable String value, String field, BindingResult errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return switch (value.strip()) {
      case "true" -> true;
      case "false" -> false;
      default -> {
        errors.rejectValue(field, "complaint.page.error.choice");
        yield null;
      }
    };
  }

  /** The working days of an extension: a whole number from 1 to 20. */
  private static @Nullable Integer extensionDays(@Nullable String value, BindingResult errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      int days = Integer.parseInt(value.strip());
      if (days >= 1 && days <= 20) {
        return days;
      }
    } catch (NumberFormatException e) {
      // the message below
    }
    errors.rejectValue("workingDays", "complaint.page.error.workingDaysRange");
    return null;
  }

  /** A moment typed in Beijing time ({@link PageDates#moment}); blank is null (now). */
  private static @Nullable OffsetDateTime dateTime(
      @Nullable String value, String field, BindingResult errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return PageDates.moment(value);
    } catch (DateTimeParseException e) {
      errors.rejectValue(field, "complaint.page.error.dateTime");
      return null;
    }
  }

  private static @Nullable LocalDate date(
      @Nullable String value, String field, BindingResult errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return PageDates.date(value);
    } catch (DateTimeParseException e) {
      errors.rejectValue(field, "complaint.page.error.date");
      return null;
    }
  }

  private Map<String, String> unitNames(Principal user) {
    Map<String, String> names = new LinkedHashMap<>();
    organization.agencies().forEach(a -> names.put(a.code(), a.name()));
    return names;
  }

  private String name(String agencyCode) {
    return organization.agency(agencyCode).map(AgencyView::name).orElse(agencyCode);
  }

  private static <T> T must(@Nullable T value) {
    if (value == null) {
      throw new IllegalStateException("checked by validation");
    }
    return value;
  }

  private static String strip(@Nullable String value) {
    return value == null ? "" : value.strip();
  }

  private static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
