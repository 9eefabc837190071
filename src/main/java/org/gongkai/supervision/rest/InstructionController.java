package org.gongkai.supervision.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.gongkai.supervision.InstructionDesk;
import org.gongkai.supervision.InstructionDesk.NewInstruction;
import org.gongkai.supervision.InstructionDetails;
import org.gongkai.supervision.InstructionStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Leaders' instructions (批示件) over HTTP: written by a leader, answered by the owner unit. */
@RestController
@RequestMapping("/api/instructions")
class InstructionController {

  private final InstructionDesk desk;

  InstructionController(InstructionDesk desk) {
    this.desk = desk;
  }

  record NewInstructionForm(
      @NotBlank(message = "请填写案件类别（DISCLOSURE 或 COMPLAINT）") String caseKind,
      @NotBlank(message = "请填写案件编号") String caseId,
      @NotBlank(message = "请填写批示内容") @Size(max = 2000, message = "批示内容不能超过2000字") String text,
      @NotBlank(message = "请填写承办单位") String ownerUnitCode,
      @NotNull(message = "请填写办理时限（工作日）")
          @Min(value = 1, message = "办理时限至少1个工作日")
          @Max(value = 60, message = "办理时限最长60个工作日")
          Integer workingDays) {}

  record AnswerForm(
      @NotBlank(message = "请填写办理情况") @Size(max = 2000, message = "办理情况不能超过2000字") String text,
      @Nullable OffsetDateTime at) {}

  record AcceptanceForm(
      @NotNull(message = "请选择是否同意（accepted）") Boolean accepted,
      @Nullable @Size(max = 2000, message = "审阅意见不能超过2000字") String comment,
      @Nullable OffsetDateTime at) {}

  @PostMapping
  @PreAuthorize("hasRole('LEADER')")
  ResponseEntity<InstructionDetails> register(
      @Valid @RequestBody NewInstructionForm form, Principal user) {
    InstructionDetails created =
        desk.register(
            new NewInstruction(
                form.caseKind().strip(),
                form.caseId().strip(),
                form.text().strip(),
                form.ownerUnitCode().strip(),
                form.workingDays()),
            user.getName());
    return ResponseEntity.created(URI.create("/api/instructions/" + created.id())).body(created);
  }

  @PostMapping("/{id}/answer")
  @PreAuthorize("hasRole('HANDLER')")
  InstructionDetails answer(
      @PathVariable UUID id, @Valid @RequestBody AnswerForm form, Principal user) {
    return desk.answer(id, form.text().strip(), form.at(), user.getName());
  }

  @PostMapping("/{id}/acceptance")
  @PreAuthorize("hasRole('LEADER')")
  InstructionDetails acceptance(
      @PathVariable UUID id, @Valid @RequestBody AcceptanceForm form, Principal user) {
    String comment = form.comment() == null ? "" : form.comment().strip();
    return desk.review(id, form.accepted(), comment, form.at(), user.getName());
  }

  @GetMapping("/{id}")
  InstructionDetails find(@PathVariable UUID id, Principal user) {
    return desk.find(id, user.getName());
  }

  @GetMapping
  List<InstructionDetails> list(
      @RequestParam(required = false) @Nullable InstructionStatus status,
      @RequestParam(required = false) @Nullable String ownerUnitCode,
      Principal user) {
    return desk.list(status, ownerUnitCode, user.getName());
  }
}
