package org.gongkai.organization;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The command to issue an API token to a machine client.
 *
 * @param expiresAt when the token stops opening the API; null for never (until revoked)
 */
public record NewApiToken(
    String name,
    String agencyCode,
    Set<Role> roles,
    Set<String> unitCodes,
    @Nullable Instant expiresAt) {

  public NewApiToken {
    roles = Set.copyOf(roles);
    unitCodes = Set.copyOf(unitCodes);
  }
}
