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
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.gongkai.platform.ClockConfiguration;
import org.jspecify.annotations.Nullable;

/**
 * A machine client's API token: it acts as a staff member of its agency, with its roles and units,
 * until it expires or is revoked. Only the SHA-256 of the token is kept.
 */
@Entity
@Table(name = "api_token")
class ApiToken {

  /**
   * How a token's account is named where a staff member's username would stand (actor of a change,
   * idempotency keys): no username can hold the colon.
   */
  static final String ACCOUNT_PREFIX = "api-token:";

  @Id private UUID id;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String agencyCode;

  @Column(nullable = false)
  private String tokenHash;

  @Column(nullable = false)
  private String createdBy;

  @Column(nullable = false)
  private Instant createdAt;

  private @Nullable Instant expiresAt;

  private @Nullable Instant revokedAt;

  private @Nullable String revokedBy;

  private @Nullable Instant lastUsedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "api_token_role", joinColumns = @JoinColumn(name = "token_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role")
  private Set<Role> roles = new LinkedHashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "api_token_unit", joinColumns = @JoinColumn(name = "token_id"))
  @Column(name = "unit_code")
  private Set<String> unitCodes = new LinkedHashSet<>();

  protected ApiToken() {}

  ApiToken(
      UUID id,
      String name,
      String agencyCode,
      Set<Role> roles,
      Set<String> unitCodes,
      String tokenHash,
      String createdBy,
      Instant createdAt,
      @Nullable Instant expiresAt) {
    this.id = id;
    this.name = name;
    this.agencyCode = agencyCode;
    this.roles = new LinkedHashSet<>(roles);
    this.unitCodes = new LinkedHashSet<>(unitCodes);
    this.tokenHash = tokenHash;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  /** The id of the token whose account has this name, if it is a token's. */
  static Optional<UUID> idOfAccount(String account) {
    if (!account.startsWith(ACCOUNT_PREFIX)) {
      return Optional.empty();
    }
    try {
      return Optional.of(UUID.fromString(account.substring(ACCOUNT_PREFIX.length())));
    } catch (IllegalArgumentException notAnId) {
      return Optional.empty();
    }
  }

  UUID id() {
    return id;
  }

  String account() {
    return ACCOUNT_PREFIX + id;
  }

  /** Whether the token opens the API at this moment: not revoked, not expired. */
  boolean activeAt(Instant now) {
    return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
  }

  /** Whether the last recorded use is older than the given moment (or there is none). */
  boolean lastUsedBefore(Instant moment) {
    return lastUsedAt == null || lastUsedAt.isBefore(moment);
  }

  /** Revokes the token; a token revoked already keeps its first revocation. */
  void revoke(Instant at, String by) {
    if (revokedAt == null) {
      revokedAt = at;
      revokedBy = by;
    }
  }

  Set<Role> roles() {
    return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }

  /** The token as a staff member, for the scope checks that every desk makes. */
  StaffMember member() {
    return new StaffMember(account(), name, agencyCode, null, roles(), new TreeSet<>(unitCodes));
  }

  ApiTokenView view() {
    return new ApiTokenView(
        id,
        name,
        agencyCode,
        roles(),
        new TreeSet<>(unitCodes),
        account(),
        createdBy,
        local(createdAt),
        local(expiresAt),
        local(revokedAt),
        revokedBy,
        local(lastUsedAt));
  }

  private static @Nullable OffsetDateTime local(@Nullable Instant instant) {
    return instant == null
        ? null
        : OffsetDateTime.ofInstant(instant, ClockConfiguration.BUSINESS_ZONE);
  }
}
