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
 * @param overdueByUnit complaints received in the year that ran over their time limit, per
 *     responsible unit (承办单位), the unit with most first
 */
public record Dashboard(
    int year,
    String agencyCode,
    boolean includeSubordinates,
    List<MonthReceived> receivedByMonth,
    List<OutcomeGroup> disclosureOutcomes,
    List<MonthClosed> complaintsByMonth,
    List<UnitOverdue> overdueByUnit,
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

  /**
   * A responsible unit's complaints of the year that ran over their time limit.
   *
   * @param unitCode the unit's agency code, null for complaints not yet dispatched to a unit
   * @param unitName the unit's name, or its code when the organization does not know it; null with
   *     the code
   * @param closedLate closed after the time limit (办结超期)
   * @param openOverdue still open and past the time limit (在办超期)
   * @param total both together
   */
  public record UnitOverdue(
      @Nullable String unitCode,
      @Nullable String unitName,
      long closedLate,
      long openOverdue,
      long total) {}
}
