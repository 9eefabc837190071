package org.gongkai.platform;

import java.util.Optional;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The bearer tokens that machine clients send to the API ({@code Authorization: Bearer …}), checked
 * by the module that issues them. The API's security chain asks on every call that carries one, so
 * a revoked or expired token is refused at once, on every node.
 */
public interface BearerTokens {

  /**
   * The account the token acts as — a name that no staff member has, and the authorities of the
   * token's roles — or empty when the token is unknown, revoked or expired. The token is a secret:
   * never logged, never stored.
   */
  Optional<UserDetails> account(String token);
}
