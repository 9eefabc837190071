package org.gongkai.casework;

import org.gongkai.platform.ProblemException;
import org.jspecify.annotations.Nullable;

/**
 * A case refuses a change: the rules do not allow it now ({@link #notNow}), a value given for it is
 * wrong ({@link #invalid}), or it names something the case does not have ({@link #unknown}). Thrown
 * by the aggregates, which know nothing of HTTP; the command pipeline ({@link CaseCommands}) hands
 * it to the web as a problem ({@link #toProblem()}).
 */
public final class CaseRefusal extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final @Nullable String field;
  private final boolean unknown;

  private CaseRefusal(@Nullable String field, boolean unknown, String detail) {
    super(detail);
    this.field = field;
    this.unknown = unknown;
  }

  /** The rules do not allow the change in the case's present state (a 409 on the web). */
  public static CaseRefusal notNow(String detail) {
    return new CaseRefusal(null, false, detail);
  }

  /** A value given for the change is wrong, named by its field (a 400 on the web). */
  public static CaseRefusal invalid(String field, String detail) {
    return new CaseRefusal(field, false, detail);
  }

  /** The change names something the case does not have, e.g. an appeal (a 404 on the web). */
  public static CaseRefusal unknown(String detail) {
    return new CaseRefusal(null, true, detail);
  }

  /** The field whose value is wrong; null when the change is refused as such. */
  public @Nullable String field() {
    return field;
  }

  /** The refusal as the web answers it. */
  public ProblemException toProblem() {
    String detail = getMessage() == null ? "" : getMessage();
    if (unknown) {
      return ProblemException.notFound(detail);
    }
    return field == null
        ? ProblemException.conflict(detail)
        : ProblemException.invalid(field, detail);
  }
}
