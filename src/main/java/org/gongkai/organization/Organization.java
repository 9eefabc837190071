package org.gongkai.organization;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.gongkai.platform.ProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organisation's API: agencies in their hierarchy, staff, and who may act on which agency. */
@Service
@Transactional(readOnly = true)
public class Organization {

  private final Agencies agencies;
  private final StaffMembers staffMembers;
  private final ApiTokens apiTokens;
  private final PasswordEncoder passwordEncoder;
  private final IdentityMirror identityMirror;
  private final Clock clock;

  Organization(
      Agencies agencies,
      StaffMembers staffMembers,
      ApiTokens apiTokens,
      PasswordEncoder passwordEncoder,
      IdentityMirror identityMirror,
      Clock clock) {
    this.agencies = agencies;
    this.staffMembers = staffMembers;
    this.apiTokens = apiTokens;
    this.passwordEncoder = passwordEncoder;
    this.identityMirror = identityMirror;
    this.clock = clock;
  }

  /**
   * Names the process engine gives its own groups, kept free so that no agency can ever be mistaken
   * for one of them.
   */
  private static final Set<String> RESERVED_CODES = Set.of("camunda-admin", "gongkai-operations");

  @Transactional
  public AgencyView registerAgency(NewAgency command) {
    if (RESERVED_CODES.contains(command.code().toLowerCase(java.util.Locale.ROOT))) {
      throw ProblemException.invalid("code", "机关代码「" + command.code() + "」为系统保留，请换一个代码");
    }
    if (agencies.existsById(command.code())) {
      throw ProblemException.conflict("机关代码「" + command.code() + "」已存在。");
    }
    if (command.parentCode() == null && command.kind() != AgencyKind.GOVERNMENT) {
      throw ProblemException.invalid("parentCode", "部门和乡镇（街道）必须指定上级机关");
    }
    if (command.parentCode() != null && !agencies.existsById(command.parentCode())) {
      throw ProblemException.invalid("parentCode", "上级机关「" + command.parentCode() + "」不存在");
    }
    Agency agency =
        agencies.save(
            new Agency(
                command.code(),
                command.name(),
                command.kind(),
                command.parentCode(),
                clock.instant()));
    return agency.view();
  }

  /**
   * Registers a staff member.
   *
   * @throws ProblemException when the username is taken (409), or the agency, a unit or the e-mail
   *     address is not acceptable (400 naming the field)
   */
  @Transactional
  public StaffMember registerStaff(NewStaff command) {
    if (staffMembers.existsById(command.username())) {
      throw ProblemException.conflict("用户名「" + command.username() + "」已被使用。");
    }
    String email = EmailAddresses.normalized(command.email());
    requireAgency(command.agencyCode());
    Set<String> units = new LinkedHashSet<>(command.unitCodes());
    if (command.departmentCode() != null) {
      units.add(command.departmentCode());
    }
    Set<String> withinAgency = withSubordinates(command.agencyCode());
    for (String unit : units) {
      if (!withinAgency.contains(unit)) {
        String field = unit.equals(command.departmentCode()) ? "departmentCode" : "unitCodes";
        throw ProblemException.invalid(field, "「" + unit + "」不是本机关或其下属单位");
      }
    }
    Staff staff =
        staffMembers.save(
            new Staff(
                command.username(),
                passwordEncoder.encode(command.password()),
                command.displayName(),
                command.agencyCode(),
                command.departmentCode(),
                command.roles(),
                units,
                email,
                clock.instant()));
    identityMirror.staffSaved(staff.view(), command.password());
    return staff.view();
  }

  /**
   * Gives a staff member an e-mail address, replaces it, or removes it (null or blank).
   *
   * @throws ProblemException when there is no such staff member (404) or the address is not
   *     acceptable (400 naming {@code email})
   */
  @Transactional
  public void changeEmail(String username, @Nullable String email) {
    String address = EmailAddresses.normalized(email);
    staffMembers
        .findById(username)
        .orElseThrow(() -> ProblemException.notFound("没有用户名为「" + username + "」的工作人员"))
        .changeEmail(address);
  }

  /**
   * The e-mail address of an enabled staff member, when they gave one. Personal data: not for logs.
   */
  public Optional<String> emailOf(String username) {
    return staffMembers.findById(username).filter(Staff::enabled).map(Staff::email);
  }

  public Optional<AgencyView> agency(String code) {
    return agencies.findById(code).map(Agency::view);
  }

  /**
   * The agency code, when there is such an agency.
   *
   * @throws ProblemException (400 naming {@code agencyCode}) when there is none
   */
  public String requireAgency(String code) {
    if (!agencies.existsById(code)) {
      throw ProblemException.invalid("agencyCode", "机关「" + code + "」不存在");
    }
    return code;
  }

  /**
   * Sets whether a 基本满意 rating counts as satisfied in the agency's 满意率; null returns the agency to
   * the system default.
   */
  @Transactional
  public AgencyView countBasicallySatisfied(String agencyCode, @Nullable Boolean counts) {
    Agency agency =
        agencies
            .findById(agencyCode)
            .orElseThrow(() -> ProblemException.notFound("没有代码为「" + agencyCode + "」的机关"));
    agency.countBasicallySatisfied(counts);
    return agency.view();
  }

  public List<AgencyView> agencies() {
    return agencies.findAllByOrderByCode().stream().map(Agency::view).toList();
  }

  /**
   * The staff member with this username; or, for the account of a machine client's API token that
   * is neither revoked nor expired, the token as a staff member of its agency with its roles and
   * units, so that every scope check treats both alike.
   */
  public Optional<StaffMember> staff(String username) {
    Optional<UUID> token = ApiToken.idOfAccount(username);
    if (token.isPresent()) {
      return apiTokens
          .findById(token.get())
          .filter(t -> t.activeAt(clock.instant()))
          .map(ApiToken::member);
    }
    return staffMembers.findById(username).map(Staff::view);
  }

  /** The enabled staff members who have the role, by username. */
  public List<StaffMember> withRole(Role role) {
    return staffMembers.findAll().stream()
        .filter(Staff::enabled)
        .map(Staff::view)
        .filter(member -> member.hasRole(role))
        .sorted(java.util.Comparator.comparing(StaffMember::username))
        .toList();
  }

  /** The staff member acting, or a 403 problem when the account is not staff. */
  public StaffMember member(String username) {
    return staff(username)
        .orElseThrow(() -> ProblemException.forbidden("用户「" + username + "」不是本系统的工作人员。"));
  }

  /**
   * Refuses with a 403 problem when the staff member may not act on the agency's cases ({@code
   * ADMIN} may act everywhere).
   *
   * @param cases what the agency's cases are, e.g. 「申请」, for the message
   */
  public void requireMayActOn(StaffMember staff, String agencyCode, String cases) {
    if (!staff.hasRole(Role.ADMIN) && !mayActOn(staff, agencyCode)) {
      throw ProblemException.forbidden("您不是机关「" + agencyCode + "」的工作人员，无权办理或查看其" + cases + "。");
    }
  }

  /**
   * The agencies whose cases the staff member sees in lists: their own, with subordinates for
   * {@code LEADER} and {@code REPORT_AUTHOR}; null for {@code ADMIN}, who sees every agency.
   */
  public @Nullable Set<String> visibleAgencies(StaffMember staff) {
    if (staff.hasRole(Role.ADMIN)) {
      return null;
    }
    boolean wide = staff.roles().stream().anyMatch(Role::seesSubordinates);
    return wide ? withSubordinates(staff.agencyCode()) : Set.of(staff.agencyCode());
  }

  public boolean hasStaff() {
    return staffMembers.count() > 0;
  }

  /** The agency and every agency below it, at any depth. */
  public Set<String> withSubordinates(String agencyCode) {
    Map<String, List<String>> children = childrenByParent();
    Set<String> result = new LinkedHashSet<>();
    Deque<String> pending = new ArrayDeque<>(List.of(agencyCode));
    while (!pending.isEmpty()) {
      String code = pending.pop();
      if (result.add(code)) {
        pending.addAll(children.getOrDefault(code, List.of()));
      }
    }
    return result;
  }

  /**
   * Whether the staff member acts on cases of the agency: staff of the agency itself always; {@code
   * LEADER}, {@code REPORT_AUTHOR} and {@code ADMIN} also for its subordinate agencies.
   */
  public boolean mayActOn(StaffMember staff, String agencyCode) {
    if (staff.agencyCode().equals(agencyCode)) {
      return true;
    }
    boolean seesSubordinates = staff.roles().stream().anyMatch(Role::seesSubordinates);
    return seesSubordinates && withSubordinates(staff.agencyCode()).contains(agencyCode);
  }

  /** The agencies as a forest: each root with its subordinates nested. */
  public List<AgencyTree> agencyTree() {
    List<AgencyView> all = agencies();
    Map<String, List<AgencyView>> byParent =
        all.stream()
            .filter(a -> a.parentCode() != null)
            .collect(Collectors.groupingBy(AgencyView::parentCode));
    List<AgencyTree> roots = new ArrayList<>();
    for (AgencyView agency : all) {
      if (agency.parentCode() == null) {
        roots.add(tree(agency, byParent));
      }
    }
    return roots;
  }

  private static AgencyTree tree(AgencyView agency, Map<String, List<AgencyView>> byParent) {
    List<AgencyTree> children =
        byParent.getOrDefault(agency.code(), List.of()).stream()
            .map(child -> tree(child, byParent))
            .toList();
    return new AgencyTree(agency.code(), agency.name(), agency.kind(), children);
  }

  private Map<String, List<String>> childrenByParent() {
    return agencies.findAll().stream()
        .filter(a -> a.parentCode() != null)
        .collect(
            Collectors.groupingBy(
                Agency::parentCode, Collectors.mapping(Agency::code, Collectors.toList())));
  }

  /** An agency with its subordinates, as listed by the administration API. */
  public record AgencyTree(String code, String name, AgencyKind kind, List<AgencyTree> children) {}
}
