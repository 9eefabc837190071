package org.gongkai.organization;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** A staff member of an agency, with roles and the units whose tasks they work. */
@Entity
@Table(name = "staff")
class Staff {

  @Id private String username;

  @Column(nullable = false)
  private String passwordHash;

  @Column(nullable = false)
  private String displayName;

  @Column(nullable = false)
  private String agencyCode;

  private @Nullable String departmentCode;

  private @Nullable String email;

  private boolean enabled;

  @Column(nullable = false)
  private Instant createdAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "staff_role", joinColumns = @JoinColumn(name = "username"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role")
  private Set<Role> roles = new LinkedHashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "staff_unit", joinColumns = @JoinColumn(name = "username"))
  @Column(name = "unit_code")
  private Set<String> unitCodes = new LinkedHashSet<>();

  protected Staff() {}

  Staff(
      String username,
      String passwordHash,
      String displayName,
      String agencyCode,
      @Nullable String departmentCode,
      Set<Role> roles,
      Set<String> unitCodes,
      @Nullable String email,
      Instant createdAt) {
    this.username = username;
    this.passwordHash = passwordHash;
    this.displayName = displayName;
    this.agencyCode = agencyCode;
    this.departmentCode = departmentCode;
    this.roles = new LinkedHashSet<>(roles);
    this.unitCodes = new LinkedHashSet<>(unitCodes);
    this.email = email;
    this.enabled = true;
    this.createdAt = createdAt;
  }

  String username() {
    return username;
  }

  String passwordHash() {
    return passwordHash;
  }

  boolean enabled() {
    return enabled;
  }

  /** The e-mail address, normalised ({@link EmailAddresses#normalized}); null for none. */
  @Nullable String email() {
    return email;
  }

  void changeEmail(@Nullable String email) {
    this.email = email;
  }

  Set<Role> roles() {
    return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }

  StaffMember view() {
    return new StaffMember(
        username, displayName, agencyCode, departmentCode, roles(), new TreeSet<>(unitCodes));
  }
}
