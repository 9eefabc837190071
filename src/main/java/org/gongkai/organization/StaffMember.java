package org.gongkai.organization;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A staff member as other modules see it.
 *
 * @param unitCodes the departments and townships whose tasks this person works (Camunda candidate
 *     groups)
 */
public record StaffMember(
    String username,
    String displayName,
    String agencyCode,
    @Nullable String departmentCode,
    Set<Role> roles,
    Set<String> unitCodes) {

  public StaffMember {
    roles = Set.copyOf(roles);
    unitCodes = Set.copyOf(unitCodes);
  }

  /** How long the front-desk clerk who registered a case still works it. */
  public static final Duration REGISTRAR_WORKS_CASE = Duration.ofDays(30);

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }

  /**
   * Whether this person works the case, and so sees its personal data whole: a handler or reviewer
   * of the case's agency, or the front-desk clerk who registered it, for {@link
   * #REGISTRAR_WORKS_CASE} after registering it. Leaders, report authors and administrators read
   * cases; they do not work them.
   *
   * @param registeredBy who registered the case, null when unknown
   * @param registeredAt when the case was registered in Gongkai (not the date it was received)
   */
  public boolean worksCase(
      String caseAgency, @Nullable String registeredBy, Instant registeredAt, Instant now) {
    if (!agencyCode.equals(caseAgency)) {
      return false;
    }
    if (hasRole(Role.HANDLER) || hasRole(Role.REVIEWER)) {
      return true;
    }
    return hasRole(Role.FRONT_DESK)
        && username.equals(registeredBy)
        && now.isBefore(registeredAt.plus(REGISTRAR_WORKS_CASE));
  }
}
