package org.gongkai.platform.web;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * What the modules' REST controllers share in reading a command's body: the body of a command that
 * carries no more than its moment, and the clean-up of optional text.
 */
public final class CommandForms {

  private CommandForms() {}

  /**
   * The body of a command that needs nothing but, optionally, the moment it took place.
   *
   * @param at when it took place; now when absent
   */
  public record AtForm(@Nullable OffsetDateTime at) {}

  /** The moment an optional {@link AtForm} body names; null (now) without a body. */
  public static @Nullable OffsetDateTime at(@Nullable AtForm form) {
    return form == null ? null : form.at();
  }

  /** The text stripped, or null when it is absent or blank. */
  public static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
