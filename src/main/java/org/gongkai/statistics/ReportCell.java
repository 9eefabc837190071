package org.gongkai.statistics;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The cases behind one cell of section three or four. The read model holds no personal data, so
 * nothing here needs masking.
 */
public record ReportCell(
    int year, String agencyCode, String rowKey, String column, long count, List<CaseLine> cases) {

  /** One case counted in the cell; the appeal fields are set for section four cells. */
  public record CaseLine(
      String caseId,
      String trackingNumber,
      String agencyCode,
      String applicantType,
      LocalDate receivedOn,
      String status,
      @Nullable String outcome,
      @Nullable LocalDate finishedOn,
      @Nullable String appealKind,
      @Nullable LocalDate appealFiledOn,
      @Nullable String appealResult,
      @Nullable LocalDate appealDecidedOn) {}
}
