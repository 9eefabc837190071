package org.gongkai.disclosure.web;

import java.util.EnumSet;
import java.util.Set;
import org.gongkai.organization.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The roles of the signed-in staff member, read from the authorities of the login. */
final class Roles {

  private static final String PREFIX = "ROLE_";

  private Roles() {}

  static Set<Role> of(Authentication user) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (GrantedAuthority authority : user.getAuthorities()) {
      String name = authority.getAuthority();
      if (name != null && name.startsWith(PREFIX)) {
        for (Role role : Role.values()) {
          if (role.name().equals(name.substring(PREFIX.length()))) {
            roles.add(role);
          }
        }
      }
    }
    return roles;
  }
}
