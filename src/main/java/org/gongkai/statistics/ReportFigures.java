package org.gongkai.statistics;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A report's numbers as one flat map of figure key to count, in report order, so that two readings
 * of the same report can be compared figure by figure.
 */
final class ReportFigures {

  private static final Map<String, String> COMPLAINT_LABELS = new LinkedHashMap<>();

  static {
    COMPLAINT_LABELS.put("received", "群众诉求 受理件数");
    COMPLAINT_LABELS.put("closed", "群众诉求 办结件数");
    COMPLAINT_LABELS.put("closedOnTime", "群众诉求 按时办结件数");
    COMPLAINT_LABELS.put("followedUp", "群众诉求 回访件数");
    COMPLAINT_LABELS.put("rated", "群众诉求 有评价的回访件数");
    COMPLAINT_LABELS.put("satisfied", "群众诉求 满意件数");
  }

  private ReportFigures() {}

  /** Figure key → count. */
  static Map<String, Long> of(DisclosureReport report, ComplaintFigures figures) {
    Map<String, Long> numbers = new LinkedHashMap<>();
    DisclosureReport.SectionThree three = report.sectionThree();
    for (DisclosureReport.SectionThreeRow row : three.rows()) {
      for (int i = 0; i < three.columns().size(); i++) {
        numbers.put("three." + row.key() + "." + three.columns().get(i), row.values().get(i));
      }
    }
    for (DisclosureReport.SectionFourRow row : report.sectionFour().rows()) {
      row.values().forEach((column, n) -> numbers.put("four." + row.key() + "." + column, n));
    }
    numbers.put("complaints.received", figures.received());
    numbers.put("complaints.closed", figures.closed());
    numbers.put("complaints.closedOnTime", figures.closedOnTime());
    numbers.put("complaints.followedUp", figures.followedUp());
    numbers.put("complaints.rated", figures.rated());
    numbers.put("complaints.satisfied", figures.satisfied());
    return numbers;
  }

  /** Figure key → where it stands in the report, in Chinese. */
  static Map<String, String> labels(DisclosureReport report) {
    Map<String, String> labels = new LinkedHashMap<>();
    DisclosureReport.SectionThree three = report.sectionThree();
    for (DisclosureReport.SectionThreeRow row : three.rows()) {
      for (int i = 0; i < three.columns().size(); i++) {
        labels.put(
            "three." + row.key() + "." + three.columns().get(i),
            "第三部分 " + row.label() + " / " + three.columnLabels().get(i));
      }
    }
    for (DisclosureReport.SectionFourRow row : report.sectionFour().rows()) {
      for (String column : row.values().keySet()) {
        labels.put(
            "four." + row.key() + "." + column,
            "第四部分 " + row.label() + " / " + SectionFourLayout.columnLabel(column));
      }
    }
    COMPLAINT_LABELS.forEach((field, label) -> labels.put("complaints." + field, label));
    return labels;
  }
}
