package org.gongkai.platform;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Ties an API command to the {@code Idempotency-Key} it came with, inside the command's own
 * transaction: when the command commits, so does the mark that its key's command is done (with the
 * id of the case it made or changed). A node that dies after the commit and before it could answer
 * leaves that mark, and the client's retry with the same key is answered from it instead of running
 * the command again.
 */
@Component
public class IdempotentCommands {

  /** {@code idempotency_record.status} of a key whose command is still running. */
  public static final int IN_PROGRESS = 0;

  /** {@code idempotency_record.status} of a key whose command committed before it was answered. */
  public static final int COMMITTED = 1;

  private static final ThreadLocal<Claim> CLAIMED = new ThreadLocal<>();
  private static final Map<Class<?>, Method> ID_ACCESSORS = new ConcurrentHashMap<>();

  private final JdbcTemplate jdbc;

  IdempotentCommands(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The key a request claimed, for the command it runs on this thread. */
  public record Claim(String username, String key) {}

  /** The request on this thread runs its command under the claimed key (until {@link #done()}). */
  public static void claimed(Claim claim) {
    CLAIMED.set(claim);
  }

  public static void done() {
    CLAIMED.remove();
  }

  /**
   * Marks the claimed key's command as committed, in the command's transaction; the first command
   * transaction of a request marks it, later ones (if any) leave it.
   */
  void committing(@Nullable Object result) {
    Claim claim = CLAIMED.get();
    if (claim == null) {
      return;
    }
    jdbc.update(
        "UPDATE idempotency_record SET status = ?, resource_id = ? WHERE username = ? AND idem_key = ? AND status = ?",
        COMMITTED,
        idOf(result),
        claim.username(),
        claim.key(),
        IN_PROGRESS);
  }

  /** The {@code id()} of a command's result (a record of the case), if it has one. */
  private static @Nullable String idOf(@Nullable Object result) {
    if (result == null) {
      return null;
    }
    Method accessor =
        ID_ACCESSORS.computeIfAbsent(
            result.getClass(),
            type -> {
              try {
                Method id = type.getMethod("id");
                // a public accessor of a record that is not itself public
                id.trySetAccessible();
                return id;
              } catch (NoSuchMethodException none) {
                return null;
              }
            });
    if (accessor == null) {
      return null;
    }
    try {
      Object id = accessor.invoke(result);
      return id == null || id.toString().length() > 64 ? null : id.toString();
    } catch (ReflectiveOperationException unreadable) {
      return null;
    }
  }
}
