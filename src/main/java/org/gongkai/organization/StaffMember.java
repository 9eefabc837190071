package org.gongkai.organization;

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

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }
}
