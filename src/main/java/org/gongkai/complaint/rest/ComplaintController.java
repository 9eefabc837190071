package org.gongkai.complaint.rest;

import static org.gongkai.platform.web.CommandForms.at;
import static org.gongkai.platform.web.CommandForms.blankToNull;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import org.gongkai.complaint.Citizen;
import org.gongkai.complaint.ComplaintDesk;
import org.gongkai.complaint.ComplaintDetails;
import org.gongkai.complaint.ComplaintLedger;
import org.gongkai.complaint.ComplaintQueries;
import org.gongkai.complaint.ComplaintQuery;
import org.gongkai.complaint.ComplaintStatus;
import org.gongkai.complaint.ComplaintSummary;
import org.gongkai.complaint.Intake;
import org.gongkai.complaint.LedgerComplaint;
import org.gongkai.complaint.Urgency;
import org.gongkai.complaint.rest.ComplaintForms.CitizenForm;
import org.gongkai.complaint.rest.ComplaintForms.DispatchForm;
import org.gongkai.complaint.rest.ComplaintForms.ExtensionForm;
import org.gongkai.complaint.rest.ComplaintForms.FollowUpForm;
import org.gongkai.complaint.rest.ComplaintForms.IntakeForm;
import org.gongkai.complaint.rest.ComplaintForms.LedgerImportForm;
import org.gongkai.complaint.rest.ComplaintForms.LedgerItemForm;
import org.gongkai.complaint.rest.ComplaintForms.MergeForm;
import org.gongkai.complaint.rest.ComplaintForms.RefusalForm;
import org.gongkai.complaint.rest.ComplaintForms.ReplyForm;
import org.gongkai.complaint.rest.ComplaintForms.ReturnForm;
import org.gongkai.complaint.rest.ComplaintForms.SupervisionForm;
import org.gongkai.platform.PageView;
import org.gongkai.platform.web.CommandForms.AtForm;
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

/** Citizen complaints over HTTP: intake, the commands of API.md, reading and listing. */
@RestController
@RequestMapping("/api/complaints")
@Validated
class ComplaintController {

  private static final String FRONT_DESK = "hasRole('FRONT_DESK')";
  private static final String HANDLER = "hasRole('HANDLER')";
  private static final String LEADER = "hasRole('LEADER')";
  private static final String REVIEWER = "hasRole('REVIEWER')";

  private final ComplaintDesk desk;
  private final ComplaintQueries queries;
  private final ComplaintLedger ledgers;

  ComplaintController(ComplaintDesk desk, ComplaintQueries queries, ComplaintLedger ledgers) {
    this.desk = desk;
    this.queries = queries;
    this.ledgers = ledgers;
  }

  /** 201 with the new case, or 200 with the case already made from the same upstream ticket. */
  @PostMapping
  @PreAuthorize(FRONT_DESK)
  ResponseEntity<ComplaintDetails> receive(@Valid @RequestBody IntakeForm form, Principal user) {
    var received = desk.receive(intake(form), user.getName());
    ComplaintDetails complaint = received.complaint();
    URI location = URI.create("/api/complaints/" + complaint.id());
    return received.created()
        ? ResponseEntity.created(location).body(complaint)
        : ResponseEntity.ok().location(location).body(complaint);
  }

  /**
   * Imports complaints finished before they reached this system, from their ledger; see {@link
   * ComplaintDesk#importLedger}.
   */
  @PostMapping("/imports")
  @PreAuthorize("hasAnyRole('FRONT_DESK', 'ADMIN')")
  @Operation(
      summary = "导入历史台账中已办结的群众诉求",
      description =
          "一次导入至多5000件在纸质台账或原系统中已经办结的群众诉求（受理、派单、答复、回访、办结），使其计入当年的群众诉求统计。"
              + "逐件校验：任何一件不合格，整批都不导入，并以 RFC 9457 问题说明返回，字段写作 complaints[序号].字段名（序号从0开始）。"
              + "每件产生一个 ComplaintImported 事件，经事务性发件箱发布到 gongkai.complaints；不为已办结的群众诉求启动流程。"
              + "上级平台工单号已受理过的，不再导入，列在 skipped 中。尚未办结的群众诉求请用 POST /api/complaints 逐件受理。")
  @ApiResponse(responseCode = "200", description = "已导入；imported 为导入件数，complaintIds 按台账顺序")
  @ApiResponse(
      responseCode = "400",
      description = "某一件不合格，整批未导入",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(responseCode = "403", description = "无权为该机关导入")
  ComplaintLedger.LedgerImport importLedger(
      @Valid @RequestBody LedgerImportForm form, Principal user) {
    List<LedgerComplaint> ledger =
        form.complaints().stream().map(ComplaintController::ledgerComplaint).toList();
    return ledgers.importLedger(form.agencyCode().strip(), ledger, user.getName());
  }

  @GetMapping("/{id}")
  ComplaintDetails find(
      @PathVariable UUID id,
      @RequestParam(required = false) @Nullable String revealReason,
      Principal user) {
    return queries.find(id, user.getName(), revealReason);
  }

  @GetMapping
  PageView<ComplaintSummary> list(
      @RequestParam(required = false) @Nullable String agencyCode,
      @RequestParam(required = false) @Nullable ComplaintStatus status,
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
        queries.list(new ComplaintQuery(agencyCode, status, overdue), page, size, user.getName()));
  }

  @PostMapping("/{id}/dispatch")
  @PreAuthorize(FRONT_DESK)
  ComplaintDetails dispatch(
      @PathVariable UUID id,
      @Valid @RequestBody(required = false) @Nullable DispatchForm form,
      Principal user) {
    List<String> coUnits =
        form == null || form.coUnitCodes() == null
            ? List.of()
            : form.coUnitCodes().stream()
                .filter(code -> code != null && !code.isBlank())
                .map(String::strip)
                .toList();
    return desk.dispatch(
        id,
        form == null ? null : blankToNull(form.unitCode()),
        coUnits,
        form == null ? null : form.at(),
        user.getName());
  }

  @PostMapping("/{id}/acceptance")
  @PreAuthorize(HANDLER)
  ComplaintDetails accept(
      @PathVariable UUID id,
      @Valid @RequestBody(required = false) @Nullable AtForm form,
      Principal user) {
    return desk.accept(id, at(form), user.getName());
  }

  @PostMapping("/{id}/return")
  @PreAuthorize(HANDLER)
  ComplaintDetails returnToDispatcher(
      @PathVariable UUID id, @Valid @RequestBody ReturnForm form, Principal user) {
    return desk.returnToDispatcher(id, form.reason().strip(), form.at(), user.getName());
  }

  /**
   * The handler asks; a reviewer of the agency decides, since an extension changes the on-time
   * rate.
   */
  @PostMapping("/{id}/extension-request")
  @PreAuthorize(HANDLER)
  ComplaintDetails requestExtension(
      @PathVariable UUID id, @Valid @RequestBody ExtensionForm form, Principal user) {
    return desk.requestExtension(
        id, form.workingDays(), form.reason().strip(), form.at(), user.getName());
  }

  @PostMapping("/{id}/extension")
  @PreAuthorize(REVIEWER)
  ComplaintDetails extend(
      @PathVariable UUID id, @Valid @RequestBody ExtensionForm form, Principal user) {
    return desk.extend(id, form.workingDays(), form.reason().strip(), form.at(), user.getName());
  }

  @PostMapping("/{id}/extension-request/refusal")
  @PreAuthorize(REVIEWER)
  ComplaintDetails refuseExtension(
      @PathVariable UUID id, @Valid @RequestBody RefusalForm form, Principal user) {
    return desk.refuseExtension(id, form.reason().strip(), form.at(), user.getName());
  }

  @PostMapping("/{id}/reply")
  @PreAuthorize(HANDLER)
  ComplaintDetails reply(
      @PathVariable UUID id, @Valid @RequestBody ReplyForm form, Principal user) {
    return desk.reply(id, form.content().strip(), form.resolved(), form.at(), user.getName());
  }

  @PostMapping("/{id}/follow-up")
  @PreAuthorize(FRONT_DESK)
  ComplaintDetails followUp(
      @PathVariable UUID id, @Valid @RequestBody FollowUpForm form, Principal user) {
    return desk.recordFollowUp(
        id,
        form.reached(),
        form.reached() ? form.rating() : null,
        blankToNull(form.note()),
        form.at(),
        user.getName());
  }

  @PostMapping("/{id}/supervision")
  @PreAuthorize(LEADER)
  ComplaintDetails supervise(
      @PathVariable UUID id, @Valid @RequestBody SupervisionForm form, Principal user) {
    return desk.supervise(id, form.note().strip(), form.deadline(), form.at(), user.getName());
  }

  @PostMapping("/{id}/merge")
  @PreAuthorize(HANDLER)
  ComplaintDetails merge(
      @PathVariable UUID id, @Valid @RequestBody MergeForm form, Principal user) {
    return desk.merge(id, form.intoComplaintId(), form.at(), user.getName());
  }

  @PostMapping("/{id}/transfer-to-disclosure")
  @PreAuthorize(HANDLER)
  ComplaintDetails transferToDisclosure(
      @PathVariable UUID id,
      @Valid @RequestBody(required = false) @Nullable AtForm form,
      Principal user) {
    return desk.transferToDisclosure(id, at(form), user.getName());
  }

  private static Intake intake(IntakeForm form) {
    return new Intake(
        form.agencyCode().strip(),
        form.channel(),
        form.receivedAt(),
        form.category(),
        urgency(form.urgency()),
        blankToNull(form.areaCode()),
        form.content().strip(),
        citizen(form.citizen()),
        blankToNull(form.upstreamTicketId()),
        Boolean.TRUE.equals(form.directAnswer()));
  }

  private static LedgerComplaint ledgerComplaint(LedgerItemForm item) {
    return new LedgerComplaint(
        item.channel(),
        item.category(),
        urgency(item.urgency()),
        blankToNull(item.areaCode()),
        item.content().strip(),
        citizen(item.citizen()),
        blankToNull(item.upstreamTicketId()),
        item.receivedAt(),
        item.unitCode().strip(),
        new LedgerComplaint.Reply(
            item.reply().at(), item.reply().content().strip(), item.reply().resolved()),
        new LedgerComplaint.FollowUp(
            item.followUp().reached(), item.followUp().rating(), item.followUp().at()),
        item.closedAt());
  }

  private static Urgency urgency(@Nullable Urgency urgency) {
    return urgency == null ? Urgency.NORMAL : urgency;
  }

  private static Citizen citizen(CitizenForm citizen) {
    return new Citizen(citizen.name().strip(), blankToNull(citizen.phone()));
  }
}
