package org.gongkai.organization.rest;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.gongkai.organization.ApiTokenView;
import org.gongkai.organization.MachineClients;
import org.gongkai.organization.MachineClients.IssuedApiToken;
import org.gongkai.organization.NewApiToken;
import org.gongkai.organization.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * API tokens of machine clients, managed by administrators ({@code /api/admin/**} is {@code ADMIN}
 * only). A client sends its token as {@code Authorization: Bearer <token>}.
 */
@RestController
@RequestMapping("/api/admin/api-tokens")
class ApiTokenAdminController {

  private final MachineClients machineClients;

  ApiTokenAdminController(MachineClients machineClients) {
    this.machineClients = machineClients;
  }

  /** Issues a token; the answer holds the token itself, which is shown this once. */
  @PostMapping
  ResponseEntity<IssuedToken> issue(@Valid @RequestBody ApiTokenForm form, Principal user) {
    IssuedApiToken issued =
        machineClients.issue(
            new NewApiToken(
                form.name().strip(),
                form.agencyCode(),
                form.roles(),
                form.unitCodes() == null ? Set.of() : form.unitCodes(),
                form.expiresAt() == null ? null : form.expiresAt().toInstant()),
            user.getName());
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(new IssuedToken(issued.view(), issued.token()));
  }

  /** Every token, newest first, with when it was last used and whether it is revoked. */
  @GetMapping
  List<ApiTokenView> list() {
    return machineClients.list();
  }

  /** Revokes the token at once. */
  @DeleteMapping("/{id}")
  ResponseEntity<Void> revoke(@PathVariable UUID id, Principal user) {
    machineClients.revoke(id, user.getName());
    return ResponseEntity.noContent().build();
  }

  /** A token just issued: what the list shows, and the token itself. */
  record IssuedToken(@JsonUnwrapped ApiTokenView details, String token) {}

  record ApiTokenForm(
      @NotBlank(message = "请填写令牌名称（如对接的系统）") @Size(max = 100, message = "令牌名称不能超过100个字")
          String name,
      @NotBlank(message = "请填写所属机关") String agencyCode,
      @NotEmpty(message = "请至少选择一个角色") Set<@NotNull(message = "角色不能为空") Role> roles,
      @Nullable Set<@NotBlank(message = "单位代码不能为空") String> unitCodes,
      @Nullable OffsetDateTime expiresAt) {}
}
