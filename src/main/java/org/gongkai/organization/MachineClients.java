package org.gongkai.organization;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.gongkai.platform.BearerTokens;
import org.gongkai.platform.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Machine clients' API tokens: issued by administrators, shown once, kept only as a SHA-256 hash,
 * checked on every call (no cache, so a revocation holds at once on every node). A token is 32
 * random bytes, so a fast hash is enough; a password hash (BCrypt) would cost each call what it
 * costs a login.
 */
@Service
public class MachineClients implements BearerTokens {

  /** What every token starts with, so that a leaked one is recognised (secret scanners, logs). */
  public static final String TOKEN_PREFIX = "gk_";

  private static final int TOKEN_BYTES = 32;
  private static final Pattern TOKEN =
      Pattern.compile(Pattern.quote(TOKEN_PREFIX) + "[A-Za-z0-9_-]{43}");

  /** How often a token's last use is written, at most. */
  private static final Duration LAST_USE_GRANULARITY = Duration.ofMinutes(1);

  private static final Logger log = LoggerFactory.getLogger(MachineClients.class);

  private final ApiTokens tokens;
  private final Organization organization;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  MachineClients(ApiTokens tokens, Organization organization, Clock clock) {
    this.tokens = tokens;
    this.organization = organization;
    this.clock = clock;
  }

  /**
   * Issues a token that acts as a staff member of the agency with the roles and units given. {@code
   * ADMIN} is not given to tokens: administration stays with people who log in, and a token that
   * could issue tokens would outlive its own revocation.
   *
   * @return the token as administrators see it, and the token itself — shown this once
   * @throws ProblemException (400 naming the field) for an unknown agency, the {@code ADMIN} role,
   *     a unit outside the agency, or an expiry that is not in the future
   */
  @Transactional
  public IssuedApiToken issue(NewApiToken command, String administrator) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    if (command.roles().contains(Role.ADMIN)) {
      throw ProblemException.invalid("roles", "API 令牌不能授予系统管理员（ADMIN）角色");
    }
    organization.requireAgency(command.agencyCode());
    Set<String> withinAgency = organization.withSubordinates(command.agencyCode());
    for (String unit : command.unitCodes()) {
      if (!withinAgency.contains(unit)) {
        throw ProblemException.invalid("unitCodes", "「" + unit + "」不是本机关或其下属单位");
      }
    }
    Instant expiresAt =
        command.expiresAt() == null ? null : command.expiresAt().truncatedTo(ChronoUnit.SECONDS);
    if (expiresAt != null && !expiresAt.isAfter(now)) {
      throw ProblemException.invalid("expiresAt", "有效期须晚于当前时间");
    }
    String secret = newSecret();
    ApiToken token =
        tokens.save(
            new ApiToken(
                UUID.randomUUID(),
                command.name(),
                command.agencyCode(),
                command.roles(),
                command.unitCodes(),
                hash(secret),
                administrator,
                now,
                expiresAt));
    log.info(
        "API token {} 「{}」 issued by {} for agency {} with roles {}",
        token.id(),
        command.name(),
        administrator,
        command.agencyCode(),
        token.roles());
    return new IssuedApiToken(token.view(), secret);
  }

  /** Every token, newest first, revoked and expired ones included; never the tokens themselves. */
  @Transactional(readOnly = true)
  public List<ApiTokenView> list() {
    return tokens.findAllNewestFirst().stream().map(ApiToken::view).toList();
  }

  /**
   * Revokes the token: the next call that sends it is refused, on every node. Revoking a revoked
   * token changes nothing.
   *
   * @throws ProblemException (404) when there is no such token
   */
  @Transactional
  public ApiTokenView revoke(UUID id, String administrator) {
    ApiToken token =
        tokens
            .findById(id)
            .orElseThrow(() -> ProblemException.notFound("没有编号为「" + id + "」的 API 令牌"));
    token.revoke(clock.instant().truncatedTo(ChronoUnit.SECONDS), administrator);
    log.info("API token {} revoked by {}", id, administrator);
    return token.view();
  }

  @Override
  public Optional<UserDetails> account(String secret) {
    if (!TOKEN.matcher(secret).matches()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    Optional<ApiToken> found = tokens.findByTokenHash(hash(secret)).filter(t -> t.activeAt(now));
    found.ifPresent(token -> recordUse(token, now));
    return found.map(MachineClients::user);
  }

  private void recordUse(ApiToken token, Instant now) {
    Instant since = now.minus(LAST_USE_GRANULARITY);
    if (token.lastUsedBefore(since)) {
      tokens.recordUse(token.id(), now.truncatedTo(ChronoUnit.SECONDS), since);
    }
  }

  private static UserDetails user(ApiToken token) {
    return User.withUsername(token.account())
        .password("")
        .authorities(
            token.roles().stream()
                .map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList())
        .build();
  }

  private String newSecret() {
    byte[] bytes = new byte[TOKEN_BYTES];
    random.nextBytes(bytes);
    return TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The SHA-256 of the token, in hex: what is stored and looked up. */
  static String hash(String secret) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /**
   * A token just issued.
   *
   * @param token the token itself, which is not stored: shown this once
   */
  public record IssuedApiToken(ApiTokenView view, String token) {}
}
