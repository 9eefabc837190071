package org.gongkai.organization;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@code gongkai.security.login.max-failures} wrong passwords
 * for one username within {@code lock-duration}, the account is locked for that long (pages and API
 * alike), and a right password does not open it until then. Counted per node.
 */
@Component
class LoginThrottle {

  private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

  private final Clock clock;
  private final int maxFailures;
  private final Duration lockDuration;
  private final Map<String, Failures> failures = new ConcurrentHashMap<>();

  LoginThrottle(
      Clock clock,
      @Value("${gongkai.security.login.max-failures:5}") int maxFailures,
      @Value("${gongkai.security.login.lock-duration:PT15M}") Duration lockDuration) {
    this.clock = clock;
    this.maxFailures = maxFailures;
    this.lockDuration = lockDuration;
  }

  boolean isLocked(String username) {
    Failures recent = failures.get(key(username));
    return recent != null
        && recent.count() >= maxFailures
        && clock.instant().isBefore(recent.last().plus(lockDuration));
  }

  @EventListener
  void failed(AuthenticationFailureBadCredentialsEvent event) {
    String username = key(event.getAuthentication().getName());
    Instant now = clock.instant();
    Failures after =
        failures.compute(
            username,
            (name, before) ->
                before == null || now.isAfter(before.last().plus(lockDuration))
                    ? new Failures(1, now)
                    : new Failures(before.count() + 1, now));
    if (after.count() == maxFailures) {
      log.warn(
          "Locked the login of {} for {} after {} wrong passwords",
          username,
          lockDuration,
          maxFailures);
    }
    if (failures.size() > 100_000) {
      failures.entrySet().removeIf(e -> now.isAfter(e.getValue().last().plus(lockDuration)));
    }
  }

  @EventListener
  void succeeded(AuthenticationSuccessEvent event) {
    failures.remove(key(event.getAuthentication().getName()));
  }

  private static String key(String username) {
    return username.length() > 64 ? username.substring(0, 64) : username;
  }

  private record Failures(int count, Instant last) {}
}
