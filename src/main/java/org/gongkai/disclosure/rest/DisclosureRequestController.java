package org.gongkai.disclosure.rest;

import static org.gongkai.platform.web.CommandForms.at;
import static org.gongkai.platform.web.CommandForms.blankToNull;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gongkai.disclosure.AppealKind;
import org.gongkai.disclosure.Applicant;
import org.gongkai.disclosure.DisclosureDesk;
import org.gongkai.disclosure.DisclosureQueries;
import org.gongkai.disclosure.DisclosureQuery;
import org.gongkai.disclosure.DisclosureRequestDetails;
import org.gongkai.disclosure.DisclosureRequestSummary;
import org.gongkai.disclosure.DisclosureStatus;
import org.gongkai.disclosure.Registration;
import org.gongkai.disclosure.letter.ReplyLetter;
import org.gongkai.disclosure.letter.ReplyLetters;
import org.gongkai.disclosure.rest.DisclosureRequestForms.AbandonmentForm;
import org.gongkai.disclosure.rest.DisclosureRequestForms.AppealResultForm;
import org.gongkai.disclosure.rest.DisclosureRequestForms.ConsultationAnswerForm;
import org.gongkai.disclosure.rest.DisclosureRequestForms.ConsultationForm;
import org.gongkai.disclosure.rest.DisclosureRequestForms.CorrectionRequestForm;
import org.gongkai.disclosure.rest.DisclosureRequestForms.DecisionForm;
import org.gongkai.disclosure.rest.DisclosureRequestForms.ExtensionForm;
import org.gongkai.disclosure.rest.DisclosureRequestForms.FeeNoticeForm;
import org.gongkai.disclosure.rest.DisclosureRequestForms.LawsuitForm;
import org.gongkai.disclosure.rest.DisclosureRequestForms.RegistrationForm;
import org.gongkai.disclosure.rest.DisclosureRequestForms.ReplyForm;
import org.gongkai.disclosure.rest.DisclosureRequestForms.ReviewForm;
import org.gongkai.platform.PageView;
import org.gongkai.platform.ProblemException;
import org.gongkai.platform.web.CommandForms.AtForm;
import org.gongkai.platform.web.FileDownloads;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Disclosure requests over HTTP: registration, the commands of API.md, reading and listing. */
@RestController
@RequestMapping("/api/disclosure-requests")
@Validated
class DisclosureRequestController {

  private static final String FRONT_DESK = "hasRole('FRONT_DESK')";
  private static final String HANDLER = "hasRole('HANDLER')";
  private static final String REVIEWER = "hasRole('REVIEWER')";

  private static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  private final DisclosureDesk desk;
  private final DisclosureQueries queries;
  private final ReplyLetters letters;

  DisclosureRequestController(
      DisclosureDesk desk, DisclosureQueries queries, ReplyLetters letters) {
    this.desk = desk;
    this.queries = queries;
    this.letters = letters;
  }

  @PostMapping
  @PreAuthorize(FRONT_DESK)
  ResponseEntity<DisclosureRequestDetails> register(
      @Valid @RequestBody RegistrationForm form, Principal user) {
    var applicant = form.applicant();
    Registration registration =
        new Registration(
            form.agencyCode(),
            form.channel(),
            form.submittedAt(),
            form.receivedAt(),
            new Applicant(
                applicant.type(),
                applicant.name().strip(),
                blankToNull(applicant.idNumber()),
                blankToNull(applicant.phone()),
                blankToNull(applicant.address()),
                blankToNull(applicant.organizationName())),
            form.description().strip(),
            blankToNull(form.purpose()),
            form.deliveryMethod(),
            blankToNull(form.handlingUnit()),
            null);
    DisclosureRequestDetails created = desk.register(registration, user.getName());
    return ResponseEntity.created(URI.create("/api/disclosure-requests/" + created.id()))
        .body(created);
  }

  @GetMapping("/{id}")
  DisclosureRequestDetails find(
      @PathVariable UUID id,
      @RequestParam(required = false) @Nullable String revealReason,
      Principal user) {
    return queries.find(id, user.getName(), revealReason);
  }

  @GetMapping(value = "/{id}/reply-letter.html", produces = "text/html;charset=UTF-8")
  String replyLetterHtml(@PathVariable UUID id, Principal user) {
    return letters.html(queries.replyLetter(id, user.getName()));
  }

  @GetMapping("/{id}/reply-letter.docx")
  ResponseEntity<byte[]> replyLetterDocx(@PathVariable UUID id, Principal user) {
    ReplyLetter letter = queries.replyLetter(id, user.getName());
    return FileDownloads.attachment(
        DOCX, "答复书" + letter.trackingNumber() + ".docx", letters.docx(letter));
  }

  @GetMapping
  PageView<DisclosureRequestSummary> list(
      @RequestParam(required = false) @Nullable String agencyCode,
      @RequestParam(required = false) @Nullable DisclosureStatus status,
      @RequestParam(required = false) @Nullable Boolean overdue,
      @RequestParam(defaultValue = "0")
          @Min(value = 0, message = "页码不能为负数")
          @Max(value = PageView.MAX_PAGE, message = "页码过大")
          int page,
      @RequestParam(defaultValue = "20")
          @Min(value = 1, message = "每页至少1条")
          @Max(value = 200, message = "每页最多200条")
          int size,
      Principal user) {
    return PageView.of(
        queries.list(new DisclosureQuery(agencyCode, status, overdue), page, size, user.getName()));
  }

  @PostMapping("/{id}/correction-request")
  @PreAuthorize(HANDLER)
  DisclosureRequestDetails requestCorrection(
      @PathVariable UUID id, @Valid @RequestBody CorrectionRequestForm form, Principal user) {
    return desk.requestCorrection(
        id, form.items().strip(), form.correctionDeadline(), form.at(), user.getName());
  }

  @PostMapping("/{id}/correction")
  @PreAuthorize(FRONT_DESK)
  DisclosureRequestDetails receiveCorrection(
      @PathVariable UUID id,
      @Valid @RequestBody(required = false) @Nullable AtForm form,
      Principal user) {
    return desk.receiveCorrection(id, at(form), user.getName());
  }

  @PostMapping("/{id}/consultation")
  @PreAuthorize(HANDLER)
  DisclosureRequestDetails consult(
      @PathVariable UUID id, @Valid @RequestBody ConsultationForm form, Principal user) {
    return desk.startConsultation(id, form.party().strip(), form.at(), user.getName());
  }

  @PostMapping("/{id}/consultation/answer")
  @PreAuthorize(HANDLER)
  DisclosureRequestDetails consultationAnswered(
      @PathVariable UUID id, @Valid @RequestBody ConsultationAnswerForm form, Principal user) {
    return desk.answerConsultation(id, form.at(), user.getName());
  }

  @PostMapping("/{id}/fee-notice")
  @PreAuthorize(HANDLER)
  DisclosureRequestDetails feeNotice(
      @PathVariable UUID id, @Valid @RequestBody FeeNoticeForm form, Principal user) {
    return desk.issueFeeNotice(
        id, form.basis(), form.quantity(), form.amountYuan(), form.at(), user.getName());
  }

  @PostMapping("/{id}/fee-payment")
  @PreAuthorize(FRONT_DESK)
  DisclosureRequestDetails feePayment(
      @PathVariable UUID id,
      @Valid @RequestBody(required = false) @Nullable AtForm form,
      Principal user) {
    return desk.payFee(id, at(form), user.getName());
  }

  @PostMapping("/{id}/decision")
  @PreAuthorize(HANDLER)
  DisclosureRequestDetails decide(
      @PathVariable UUID id, @Valid @RequestBody DecisionForm form, Principal user) {
    return desk.decide(id, form.outcome(), blankToNull(form.note()), form.at(), user.getName());
  }

  @PostMapping("/{id}/review")
  @PreAuthorize(REVIEWER)
  DisclosureRequestDetails review(
      @PathVariable UUID id, @Valid @RequestBody ReviewForm form, Principal user) {
    return desk.review(id, form.approved(), blankToNull(form.comment()), form.at(), user.getName());
  }

  @PostMapping("/{id}/extension")
  @PreAuthorize(REVIEWER)
  DisclosureRequestDetails extend(
      @PathVariable UUID id, @Valid @RequestBody ExtensionForm form, Principal user) {
    return desk.extend(id, form.workingDays(), form.reason().strip(), form.at(), user.getName());
  }

  @PostMapping("/{id}/reply")
  @PreAuthorize(HANDLER)
  DisclosureRequestDetails reply(
      @PathVariable UUID id, @Valid @RequestBody ReplyForm form, Principal user) {
    return desk.reply(id, form.method(), form.at(), user.getName());
  }

  @PostMapping("/{id}/withdrawal")
  @PreAuthorize(FRONT_DESK)
  DisclosureRequestDetails withdraw(
      @PathVariable UUID id,
      @Valid @RequestBody(required = false) @Nullable AtForm form,
      Principal user) {
    return desk.withdraw(id, at(form), user.getName());
  }

  @PostMapping("/{id}/abandonment")
  @PreAuthorize(HANDLER)
  DisclosureRequestDetails abandon(
      @PathVariable UUID id, @Valid @RequestBody AbandonmentForm form, Principal user) {
    return desk.abandon(id, form.reason(), form.at(), user.getName());
  }

  @PostMapping("/{id}/transfer-to-complaint")
  @PreAuthorize(HANDLER)
  DisclosureRequestDetails transferToComplaint(
      @PathVariable UUID id,
      @Valid @RequestBody(required = false) @Nullable AtForm form,
      Principal user) {
    return desk.transferToComplaint(id, at(form), user.getName());
  }

  @PostMapping("/{id}/administrative-review")
  @PreAuthorize(HANDLER)
  ResponseEntity<Map<String, String>> fileReview(
      @PathVariable UUID id,
      @Valid @RequestBody(required = false) @Nullable AtForm form,
      Principal user) {
    String reviewId =
        desk.fileAppeal(id, AppealKind.ADMINISTRATIVE_REVIEW, at(form), user.getName());
    return appealFiled(id, "administrative-review", "reviewId", reviewId);
  }

  @PostMapping("/{id}/administrative-review/{reviewId}/result")
  @PreAuthorize(HANDLER)
  DisclosureRequestDetails reviewResult(
      @PathVariable UUID id,
      @PathVariable String reviewId,
      @Valid @RequestBody AppealResultForm form,
      Principal user) {
    return desk.decideAppeal(
        id, reviewId, AppealKind.ADMINISTRATIVE_REVIEW, form.result(), form.at(), user.getName());
  }

  @PostMapping("/{id}/lawsuit")
  @PreAuthorize(HANDLER)
  ResponseEntity<Map<String, String>> fileLawsuit(
      @PathVariable UUID id, @Valid @RequestBody LawsuitForm form, Principal user) {
    AppealKind kind =
        form.afterReview() ? AppealKind.LITIGATION_AFTER_REVIEW : AppealKind.LITIGATION_DIRECT;
    String lawsuitId = desk.fileAppeal(id, kind, form.at(), user.getName());
    return appealFiled(id, "lawsuit", "lawsuitId", lawsuitId);
  }

  @PostMapping("/{id}/lawsuit/{lawsuitId}/result")
  @PreAuthorize(HANDLER)
  DisclosureRequestDetails lawsuitResult(
      @PathVariable UUID id,
      @PathVariable String lawsuitId,
      @Valid @RequestBody AppealResultForm form,
      Principal user) {
    AppealKind kind =
        List.of(AppealKind.LITIGATION_DIRECT, AppealKind.LITIGATION_AFTER_REVIEW).stream()
            .filter(k -> desk.hasAppeal(id, lawsuitId, k, user.getName()))
            .findFirst()
            .orElseThrow(() -> ProblemException.notFound("本申请没有编号为 " + lawsuitId + " 的行政诉讼"));
    return desk.decideAppeal(id, lawsuitId, kind, form.result(), form.at(), user.getName());
  }

  /** 201 with the new appeal's id, under its own path below the request. */
  private static ResponseEntity<Map<String, String>> appealFiled(
      UUID id, String path, String idField, String appealId) {
    return ResponseEntity.created(
            URI.create("/api/disclosure-requests/" + id + "/" + path + "/" + appealId))
        .body(Map.of(idField, appealId));
  }
}
