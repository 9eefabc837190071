package org.gongkai.organization.rest;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.gongkai.organization.AgencyKind;
import org.gongkai.organization.AgencyView;
import org.gongkai.organization.EmailAddresses;
import org.gongkai.organization.NewAgency;
import org.gongkai.organization.NewStaff;
import org.gongkai.organization.Organization;
import org.gongkai.organization.Role;
import org.gongkai.organization.StaffMember;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Agencies and staff, managed by administrators ({@code /api/admin/**} is {@code ADMIN} only). */
@RestController
@RequestMapping("/api/admin")
class OrganizationAdminController {

  private static final String CODE = "^[a-z0-9][a-z0-9_.-]{1,63}$";
  private static final String CODE_MESSAGE = "只能使用小写字母、数字和 _ . -，2至64个字符";

  private final Organization organization;

  OrganizationAdminController(Organization organization) {
    this.organization = organization;
  }

  @PostMapping("/agencies")
  ResponseEntity<AgencyView> registerAgency(@Valid @RequestBody AgencyForm form) {
    AgencyView agency =
        organization.registerAgency(
            new NewAgency(form.code(), form.name().strip(), form.kind(), form.parentCode()));
    return ResponseEntity.created(URI.create("/api/admin/agencies/" + agency.code())).body(agency);
  }

  /** An agency's settings: whether 基本满意 counts as satisfied (null: the system default). */
  @PutMapping("/agencies/{code}/settings")
  AgencyView agencySettings(@PathVariable String code, @RequestBody AgencySettings settings) {
    return organization.countBasicallySatisfied(code, settings.basicallySatisfiedCounts());
  }

  /** The settings of an agency. */
  record AgencySettings(@Nullable Boolean basicallySatisfiedCounts) {}

  @GetMapping("/agencies")
  List<Organization.AgencyTree> agencies() {
    return organization.agencyTree();
  }

  @PostMapping("/staff")
  ResponseEntity<StaffAccount> registerStaff(@Valid @RequestBody StaffForm form) {
    StaffMember staff =
        organization.registerStaff(
            new NewStaff(
                form.username(),
                form.password(),
                form.displayName().strip(),
                form.agencyCode(),
                form.departmentCode(),
                form.roles(),
                form.unitCodes() == null ? Set.of() : form.unitCodes(),
                form.email()));
    return ResponseEntity.created(URI.create("/api/admin/staff/" + staff.username()))
        .body(account(staff.username()));
  }

  /** Gives a staff member an e-mail address, replaces it, or removes it (null or blank). */
  @PutMapping("/staff/{username}/email")
  StaffAccount changeEmail(@PathVariable String username, @Valid @RequestBody EmailForm form) {
    organization.changeEmail(username, form.email());
    return account(username);
  }

  private StaffAccount account(String username) {
    return new StaffAccount(
        organization.member(username), organization.emailOf(username).orElse(null));
  }

  /** A staff member as the administrator sees them: with the e-mail address. */
  record StaffAccount(@JsonUnwrapped StaffMember member, @Nullable String email) {}

  record EmailForm(
      @Nullable @Pattern(regexp = EmailAddresses.PATTERN, message = EmailAddresses.MESSAGE)
          String email) {}

  record AgencyForm(
      @NotBlank(message = "请填写机关代码") @Pattern(regexp = CODE, message = CODE_MESSAGE) String code,
      @NotBlank(message = "请填写机关名称") @Size(max = 200, message = "机关名称不能超过200个字") String name,
      @NotNull(message = "请选择机关类型（GOVERNMENT、DEPARTMENT 或 TOWNSHIP）") AgencyKind kind,
      @Nullable String parentCode) {}

  record StaffForm(
      @NotBlank(message = "请填写用户名") @Pattern(regexp = CODE, message = CODE_MESSAGE) String username,
      @NotBlank(message = "请设置密码") @Size(min = 8, max = 72, message = "密码长度须为8至72个字符")
          String password,
      @NotBlank(message = "请填写姓名") @Size(max = 100, message = "姓名不能超过100个字") String displayName,
      @NotBlank(message = "请填写所属机关") String agencyCode,
      @Nullable String departmentCode,
      @NotEmpty(message = "请至少选择一个角色") Set<@NotNull(message = "角色不能为空") Role> roles,
      @Nullable Set<String> unitCodes,
      @Nullable @Pattern(regexp = EmailAddresses.PATTERN, message = EmailAddresses.MESSAGE)
          String email) {}
}
