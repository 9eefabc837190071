package org.gongkai.organization;

import java.time.Clock;
import java.time.Instant;
import org.gongkai.platform.PersonalDataAccessLog;
import org.gongkai.platform.ProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who sees a case's personal data (name, ID number, phone, address) whole: whoever works the case
 * ({@link StaffMember#worksCase}), and anyone else allowed to read the case who states why. Every
 * whole view is recorded, with its reason when one was given; everyone else sees it masked.
 */
@Component
public class PersonalDataViews {

  /** At most this many characters of reason are kept. */
  public static final int REASON_LIMIT = 200;

  private final PersonalDataAccessLog accessLog;
  private final Clock clock;

  PersonalDataViews(PersonalDataAccessLog accessLog, Clock clock) {
    this.accessLog = accessLog;
    this.clock = clock;
  }

  /**
   * A case as this rule needs it.
   *
   * @param kind the case kind of the access log, e.g. {@code DISCLOSURE}
   * @param registeredBy who registered it, null when unknown (imported, transferred)
   * @param registeredAt when it was registered in Gongkai
   */
  public record CaseOnRecord(
      String kind,
      String id,
      String agencyCode,
      @Nullable String registeredBy,
      Instant registeredAt) {}

  /**
   * Whether the viewer, already allowed to read the case, sees its personal data whole; a whole
   * view is recorded before it is answered.
   *
   * @param reason why someone not working the case needs the whole data; blank is none
   */
  public boolean whole(CaseOnRecord record, StaffMember viewer, @Nullable String reason) {
    String stated = reason == null ? null : reason.strip();
    if (stated != null && stated.length() > REASON_LIMIT) {
      throw ProblemException.invalid(
          "revealReason", "查看原因不能超过" + REASON_LIMIT + "个字符（现为" + stated.length() + "个）");
    }
    boolean works =
        viewer.worksCase(
            record.agencyCode(), record.registeredBy(), record.registeredAt(), clock.instant());
    if (works || (stated != null && !stated.isEmpty())) {
      accessLog.fullViewOf(
          record.kind(),
          record.id(),
          viewer.username(),
          stated == null || stated.isEmpty() ? null : stated);
      return true;
    }
    return false;
  }

  /**
   * Whether a page shows the personal data whole: when asked for by someone working the case, or
   * with a reason.
   */
  public static boolean wholeShown(boolean asked, boolean worksCase, @Nullable String reason) {
    return asked && (worksCase || (reason != null && !reason.isBlank()));
  }

  /** Whether the viewer works the case; nothing is recorded. */
  public boolean worksCase(CaseOnRecord record, StaffMember viewer) {
    return viewer.worksCase(
        record.agencyCode(), record.registeredBy(), record.registeredAt(), clock.instant());
  }

  /** A document with the personal data whole (a reply letter) was produced for the viewer. */
  public void documentProduced(CaseOnRecord record, StaffMember viewer, String document) {
    accessLog.fullViewOf(record.kind(), record.id(), viewer.username(), document);
  }
}
