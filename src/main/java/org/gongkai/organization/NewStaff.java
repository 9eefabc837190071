package org.gongkai.organization;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The command to register a staff member. The units default to the department, when one is given.
 */
public record NewStaff(
    String username,
    String password,
    String displayName,
    String agencyCode,
    @Nullable String departmentCode,
    Set<Role> roles,
    Set<String> unitCodes) {

  public NewStaff {
    roles = Set.copyOf(roles);
    unitCodes = Set.copyOf(unitCodes);
  }
}
