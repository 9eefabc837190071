package org.gongkai.statistics;

import org.gongkai.organization.AgencyView;
import org.gongkai.organization.Organization;
import org.gongkai.organization.StaffMember;
import org.gongkai.platform.ProblemException;
import org.jspecify.annotations.Nullable;

/**
 * Whose figures a reader asks for, for the report's API and its pages alike: the agency named, or
 * the reader's own, and only one whose statistics the reader may read.
 */
public final class ReportReaders {

  private ReportReaders() {}

  /** The agency asked for, or the reader's own when the request names none. */
  public static String agencyCode(StaffMember reader, @Nullable String agencyCode) {
    return agencyCode == null || agencyCode.isBlank() ? reader.agencyCode() : agencyCode;
  }

  /**
   * The agency, when the reader may read its statistics.
   *
   * @throws ProblemException 404 for an unknown agency, 403 for one beyond the reader's reach
   */
  public static AgencyView readable(Organization organization, StaffMember reader, String code) {
    AgencyView agency =
        organization
            .agency(code)
            .orElseThrow(() -> ProblemException.notFound("没有代码为「" + code + "」的机关"));
    organization.requireMayActOn(reader, code, "统计");
    return agency;
  }
}
