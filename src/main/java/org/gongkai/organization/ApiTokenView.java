package org.gongkai.organization;

import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An API token as administrators see it: never the token itself. Times are in {@code
 * Asia/Shanghai}.
 *
 * @param account the name the token acts under where a staff member's username would stand (the
 *     actor recorded on a case)
 * @param lastUsedAt when it last opened the API, recorded at most once a minute
 */
public record ApiTokenView(
    UUID id,
    String name,
    String agencyCode,
    Set<Role> roles,
    Set<String> unitCodes,
    String account,
    String createdBy,
    OffsetDateTime createdAt,
    @Nullable OffsetDateTime expiresAt,
    @Nullable OffsetDateTime revokedAt,
    @Nullable String revokedBy,
    @Nullable OffsetDateTime lastUsedAt) {

  public ApiTokenView {
    roles = Set.copyOf(roles);
    unitCodes = Set.copyOf(unitCodes);
  }
}
