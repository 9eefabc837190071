package org.gongkai.disclosure.web;

import static org.gongkai.platform.ClockConfiguration.BUSINESS_ZONE;
import static org.gongkai.platform.web.CommandForms.blankToNull;

import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gongkai.disclosure.Applicant;
import org.gongkai.disclosure.ApplicantType;
import org.gongkai.disclosure.Channel;
import org.gongkai.disclosure.DeliveryMethod;
import org.gongkai.disclosure.DisclosureDesk;
import org.gongkai.disclosure.DisclosureQueries;
import org.gongkai.disclosure.DisclosureRequestDetails;
import org.gongkai.disclosure.DisclosureStatus;
import org.gongkai.disclosure.Registration;
import org.gongkai.disclosure.letter.ReplyLetter;
import org.gongkai.disclosure.letter.ReplyLetters;
import org.gongkai.organization.AgencyView;
import org.gongkai.organization.Organization;
import org.gongkai.organization.PersonalDataViews;
import org.gongkai.organization.StaffMember;
import org.gongkai.platform.web.FormValues;
import org.gongkai.platform.web.StaffPage;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The front desk registers a request and prints its receipt; staff of the agency read the case page
 * — facts, deadline, timeline, linked cases — and the reply letter.
 */
@StaffPage
@RequestMapping("/disclosure-requests")
class DisclosurePages {

  static final String FRONT_DESK = "hasRole('FRONT_DESK')";

  /** The messages of the disclosure pages for values they cannot read. */
  static final FormValues.Messages MESSAGES = FormValues.Messages.under("disclosure.page.error.");

  private static final DateTimeFormatter MINUTES =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");
  private static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  /** The desk names the submission moment {@code at} when it refuses it. */
  private static final Map<String, String> REGISTRATION_FIELDS =
      Map.of("at", "submittedAt", "applicant", "applicantName");

  private final DisclosureDesk desk;
  private final DisclosureQueries queries;
  private final ReplyLetters letters;
  private final Organization organization;
  private final Clock clock;

  DisclosurePages(
      DisclosureDesk desk,
      DisclosureQueries queries,
      ReplyLetters letters,
      Organization organization,
      Clock clock) {
    this.desk = desk;
    this.queries = queries;
    this.letters = letters;
    this.organization = organization;
    this.clock = clock;
  }

  @GetMapping("/new")
  @PreAuthorize(FRONT_DESK)
  String newRequest(Model model, Principal user) {
    StaffMember staff = organization.member(user.getName());
    OffsetDateTime now = OffsetDateTime.now(clock.withZone(BUSINESS_ZONE));
    RegistrationForm form = new RegistrationForm();
    form.setAgencyCode(staff.agencyCode());
    form.setHandlingUnit(staff.agencyCode());
    form.setChannel(Channel.IN_PERSON.name());
    form.setSubmittedAt(MINUTES.format(now.truncatedTo(ChronoUnit.MINUTES)));
    form.setReceivedAt(now.toLocalDate().toString());
    form.setApplicantType(ApplicantType.NATURAL_PERSON.name());
    model.addAttribute("form", form);
    return registrationPage(model, staff, form);
  }

  @PostMapping
  @PreAuthorize(FRONT_DESK)
  String register(
      @Valid @ModelAttribute("form") RegistrationForm form,
      BindingResult errors,
      Model model,
      Principal user,
      RedirectAttributes redirect) {
    StaffMember staff = organization.member(user.getName());
    FormValues values = new FormValues(errors, MESSAGES);
    Channel channel = values.choice("channel", Channel.class, form.getChannel(), false);
    OffsetDateTime submittedAt = values.moment("submittedAt", form.getSubmittedAt(), false);
    LocalDate receivedAt = values.date("receivedAt", form.getReceivedAt(), false);
    ApplicantType type =
        values.choice("applicantType", ApplicantType.class, form.getApplicantType(), false);
    DeliveryMethod delivery =
        values.choice("deliveryMethod", DeliveryMethod.class, form.getDeliveryMethod(), false);
    if (type != null && type.isOrganization() && isBlank(form.getApplicantOrganization())) {
      errors.rejectValue("applicantOrganization", "disclosure.page.error.organizationName");
    }
    if (errors.hasErrors()
        || channel == null
        || submittedAt == null
        || receivedAt == null
        || type == null) {
      return registrationPage(model, staff, form);
    }
    Registration registration =
        new Registration(
            form.getAgencyCode().strip(),
            channel,
            submittedAt,
            receivedAt,
            new Applicant(
                type,
                form.getApplicantName().strip(),
                blankToNull(form.getApplicantIdNumber()),
                blankToNull(form.getApplicantPhone()),
                blankToNull(form.getApplicantAddress()),
                type.isOrganization() ? blankToNull(form.getApplicantOrganization()) : null),
            form.getDescription().strip(),
            blankToNull(form.getPurpose()),
            delivery,
            blankToNull(form.getHandlingUnit()),
            null);
    DisclosureRequestDetails created =
        values.attempt(() -> desk.register(registration, user.getName()), REGISTRATION_FIELDS);
    if (created == null) {
      return registrationPage(model, staff, form);
    }
    redirect.addFlashAttribute("registered", true);
    return "redirect:/disclosure-requests/" + created.id() + "/receipt";
  }

  @GetMapping("/{id}/receipt")
  @PreAuthorize(FRONT_DESK)
  String receipt(@PathVariable UUID id, Model model, Principal user) {
    DisclosureRequestDetails request = queries.find(id, user.getName());
    model.addAttribute("request", request);
    model.addAttribute("agencyName", agencyName(request.agencyCode()));
    model.addAttribute("unitName", agencyName(request.handlingUnit()));
    return "disclosure/receipt";
  }

  @GetMapping("/{id}")
  String casePage(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "false") boolean full,
      @RequestParam(required = false) @Nullable String reason,
      Model model,
      Authentication user) {
    boolean works = queries.worksCase(id, user.getName());
    boolean whole = PersonalDataViews.wholeShown(full, works, reason);
    DisclosureRequestDetails request =
        whole ? queries.find(id, user.getName(), reason) : queries.findMasked(id, user.getName());
    model.addAttribute("request", request);
    model.addAttribute("applicant", request.applicant());
    model.addAttribute("full", whole);
    model.addAttribute("worksCase", works);
    model.addAttribute("askReason", full && !whole);
    model.addAttribute("agencyName", agencyName(request.agencyCode()));
    model.addAttribute("unitName", agencyName(request.handlingUnit()));
    model.addAttribute("steps", Step.offered(request, Roles.of(user)));
    model.addAttribute("letterAvailable", letterAvailable(request));
    return "disclosure/case";
  }

  @GetMapping(value = "/{id}/reply-letter", produces = "text/html;charset=UTF-8")
  @ResponseBody
  String replyLetter(@PathVariable UUID id, Principal user) {
    return letters.html(queries.replyLetter(id, user.getName()));
  }

  @GetMapping("/{id}/reply-letter.docx")
  ResponseEntity<byte[]> replyLetterDocx(@PathVariable UUID id, Principal user) {
    ReplyLetter letter = queries.replyLetter(id, user.getName());
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(DOCX))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("答复书" + letter.trackingNumber() + ".docx", StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(letters.docx(letter));
  }

  static boolean letterAvailable(DisclosureRequestDetails request) {
    return request.status() == DisclosureStatus.AWAITING_REPLY
        || (request.status() == DisclosureStatus.FINISHED && request.replyMethod() != null);
  }

  private String registrationPage(Model model, StaffMember staff, RegistrationForm form) {
    List<AgencyView> agencies =
        organization.agencies().stream()
            .filter(a -> organization.mayActOn(staff, a.code()))
            .toList();
    String agency = isBlank(form.getAgencyCode()) ? staff.agencyCode() : form.getAgencyCode();
    var units = organization.withSubordinates(agency);
    model.addAttribute("agencies", agencies);
    model.addAttribute(
        "units", organization.agencies().stream().filter(a -> units.contains(a.code())).toList());
    model.addAttribute("channels", Channel.values());
    model.addAttribute("applicantTypes", ApplicantType.values());
    model.addAttribute("deliveryMethods", DeliveryMethod.values());
    return "disclosure/register";
  }

  private String agencyName(String code) {
    return organization.agency(code).map(AgencyView::name).orElse(code);
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
