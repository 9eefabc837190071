package org.gongkai.statistics;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Sections three and four of a year's 政府信息公开工作年度报告 for an agency (optionally with its subordinate
 * agencies), with the checks the tables must pass.
 *
 * @param format {@code "2019"} or {@code "2021"}, see {@link ReportFormat}
 * @param checksPassed whether every check holds; a report whose checks fail must say so loudly
 * @param asOf when the numbers were read from the read model (for a locked year: when it was
 *     locked)
 * @param publication for a locked year: who locked it, when, and the restatements since; the
 *     numbers are then the published ones
 * @param previousYearRestatements changes to the locked previous year's numbers, which this year's
 *     report shows
 */
public record DisclosureReport(
    int year,
    String format,
    String agencyCode,
    boolean includeSubordinates,
    SectionThree sectionThree,
    SectionFour sectionFour,
    List<Check> checks,
    boolean checksPassed,
    OffsetDateTime asOf,
    @Nullable Publication publication,
    List<Publication.Restatement> previousYearRestatements) {

  public DisclosureReport {
    previousYearRestatements =
        previousYearRestatements == null ? List.of() : List.copyOf(previousYearRestatements);
  }

  /** The same numbers, published: with the lock and its restatements, and last year's. */
  DisclosureReport published(
      @Nullable Publication publication, List<Publication.Restatement> previousYear) {
    return new DisclosureReport(
        year,
        format,
        agencyCode,
        includeSubordinates,
        sectionThree,
        sectionFour,
        checks,
        checksPassed,
        asOf,
        publication,
        previousYear);
  }

  /**
   * 收到和处理政府信息公开申请情况.
   *
   * @param note the corner cell, verbatim
   * @param columns the column codes, {@code TOTAL} last
   * @param columnLabels the statutory column labels, in the order of {@code columns}
   */
  public record SectionThree(
      String note, List<String> columns, List<String> columnLabels, List<SectionThreeRow> rows) {}

  /**
   * One row of section three.
   *
   * @param group the heading the row sits under ({@code 三、本年度办理结果} for results), or null
   * @param values one count per column, in the order of the columns
   */
  public record SectionThreeRow(String key, String label, String group, List<Long> values) {}

  /** 政府信息公开行政复议、行政诉讼情况. */
  public record SectionFour(List<String> columnLabels, List<SectionFourRow> rows) {}

  /**
   * One block of section four.
   *
   * @param values {@code UPHELD}, {@code CORRECTED}, {@code OTHER}, {@code PENDING}, {@code TOTAL},
   *     in that order
   */
  public record SectionFourRow(String key, String label, Map<String, Long> values) {}

  /**
   * A rule the tables must satisfy.
   *
   * @param key a stable name: {@code balance}, {@code row_totals}, {@code result_total}, {@code
   *     carry_over}, {@code section_four_totals}
   * @param name the rule, in Chinese
   * @param detail what was compared, and where it failed
   */
  public record Check(String key, String name, boolean ok, String detail) {}
}
