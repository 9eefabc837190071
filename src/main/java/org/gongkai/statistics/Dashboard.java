package org.gongkai.statistics;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the leaders' dashboard draws for one year and region, counted from the read model only.
 * Rates are percentages with two decimals, null when their denominator is zero.
 *
 * @param receivedByMonth disclosure requests and complaints received, one entry per month 1–12
 * @param disclosureOutcomes disclosure requests finished in the year, per result group of section
 *     three (（一）予以公开 … （六）其他处理), every group listed
 * @param complaintsByMonth complaints closed per month of closure, with the on-time and
 *     satisfaction rates of that month
 * @param overdueByAgency complaints closed in the year after their time limit, per receiving agency
 *     (the read model does not yet carry the responsible unit)
 */
public record Dashboard(
    int year,
    String agencyCode,
    boolean includeSubordinates,
    List<MonthReceived> receivedByMonth,
    List<OutcomeGroup> disclosureOutcomes,
    List<MonthClosed> complaintsByMonth,
    List<AgencyOverdue> overdueByAgency,
    boolean basicallySatisfiedCounts,
    OffsetDateTime asOf) {

  /** Cases received in a month of the year. */
  public record MonthReceived(int month, long disclosureRequests, long complaints) {}

  /**
   * Disclosure requests finished in the year with an outcome of a section-three result group.
   *
   * @param group {@code disclosed}, {@code partially_disclosed}, {@code refused}, {@code
   *     unavailable}, {@code not_processed} or {@code other}
   */
  public record OutcomeGroup(String group, long count) {}

  /** Complaints closed in a month: on time, followed up with a rating, satisfied. */
  public record MonthClosed(
      int month,
      long closed,
      long closedOnTime,
      long rated,
      long satisfied,
      @Nullable BigDecimal onTimeRate,
      @Nullable BigDecimal satisfactionRate) {}

  /** An agency's complaints closed in the year, and how many of them after the time limit. */
  public record AgencyOverdue(
      String agencyCode, String agencyName, long closed, long closedOverdue) {}
}
