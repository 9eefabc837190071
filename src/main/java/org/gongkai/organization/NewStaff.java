package org.gongkai.organization;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The command to register a staff member. The units default to the department, when one is given.
 *
 * @param email an e-mail address (the weekly digest goes there), null or blank for none
 */
public record NewStaff(
    String username,
    String password,
    String displayName,
    String agencyCode,
    @Nullable String departmentCode,
    Set<Role> roles,
    Set<String> unitCodes,
    @Nullable String email) {

  public NewStaff {
    roles = Set.copyOf(roles);
    unitCodes = Set.copyOf(unitCodes);
  }
}
