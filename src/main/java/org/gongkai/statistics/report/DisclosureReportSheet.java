package org.gongkai.statistics.report;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.gongkai.statistics.DisclosureReport;
import org.gongkai.statistics.DisclosureReport.Check;
import org.gongkai.statistics.DisclosureReport.SectionFourRow;
import org.gongkai.statistics.DisclosureReport.SectionThree;
import org.gongkai.statistics.DisclosureReport.SectionThreeRow;
import org.gongkai.statistics.report.ReportTable.Cell;
import org.gongkai.statistics.report.ReportTable.CellKey;
import org.gongkai.statistics.report.ReportTable.Kind;
import org.jspecify.annotations.Nullable;

/**
 * Sections three and four of a year's report laid out like the statutory tables (国办公开办函〔2019〕60号,
 * 〔2021〕30号), with a warning when the tables fail their checks: what every file format draws.
 *
 * @param warning set when a check fails, naming every failed check; a file must show it loudly
 */
public record DisclosureReportSheet(
    String title, String subtitle, @Nullable String warning, List<ReportTable> tables) {

  static final String SECTION_THREE_TITLE = "三、收到和处理政府信息公开申请情况";
  static final String SECTION_FOUR_TITLE = "四、政府信息公开行政复议、行政诉讼情况";
  static final String APPLICANTS = "申请人情况";
  static final String LEGAL_PERSONS = "法人或其他组织";
  static final String WARNING = "警告：本表数据未通过勾稽关系校验：";

  /** The order of the values of each block of section four, as in the API. */
  public static final List<String> SECTION_FOUR_COLUMNS =
      List.of("UPHELD", "CORRECTED", "OTHER", "PENDING", "TOTAL");

  private static final DateTimeFormatter AS_OF =
      DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

  public DisclosureReportSheet {
    tables = List.copyOf(tables);
  }

  /** The sheet of the report, for the agency of that name. */
  public static DisclosureReportSheet of(DisclosureReport report, String agencyName) {
    String title = agencyName + report.year() + "年政府信息公开工作年度报告（统计表）";
    String subtitle =
        (report.includeSubordinates() ? "含下级机关；" : "")
            + report.format()
            + "年格式；数据截至"
            + AS_OF.format(report.asOf());
    return new DisclosureReportSheet(
        title, subtitle, warning(report), List.of(sectionThree(report), sectionFour(report)));
  }

  /** The file name, without extension: the agency, the year and what the file is. */
  public static String fileName(DisclosureReport report, String agencyName) {
    return agencyName + report.year() + "年政府信息公开工作年度报告统计表";
  }

  private static @Nullable String warning(DisclosureReport report) {
    List<Check> failed = report.checks().stream().filter(c -> !c.ok()).toList();
    if (report.checksPassed() && failed.isEmpty()) {
      return null;
    }
    return WARNING
        + failed.stream()
            .map(c -> c.name() + "（" + c.detail() + "）")
            .collect(Collectors.joining("；"));
  }

  private static ReportTable sectionThree(DisclosureReport report) {
    SectionThree section = report.sectionThree();
    List<String> labels = section.columnLabels();
    int values = labels.size();
    int headerRows = 3;
    List<Cell> cells = new ArrayList<>();
    cells.add(new Cell(0, 0, headerRows, 2, Kind.HEADER, section.note()));
    cells.add(new Cell(0, 2, 1, values, Kind.HEADER, APPLICANTS));
    cells.add(new Cell(1, 2, 2, 1, Kind.HEADER, labels.get(0)));
    cells.add(new Cell(1, 3, 1, values - 2, Kind.HEADER, LEGAL_PERSONS));
    for (int i = 1; i < values - 1; i++) {
      cells.add(new Cell(2, 2 + i, 1, 1, Kind.HEADER, labels.get(i)));
    }
    cells.add(new Cell(1, 1 + values, 2, 1, Kind.HEADER, labels.get(values - 1)));
    List<SectionThreeRow> rows = section.rows();
    for (int i = 0; i < rows.size(); i++) {
      SectionThreeRow row = rows.get(i);
      int r = headerRows + i;
      @Nullable String group = row.group();
      if (group == null || group.isBlank()) {
        cells.add(new Cell(r, 0, 1, 2, Kind.LABEL, row.label()));
      } else {
        if (i == 0 || !group.equals(rows.get(i - 1).group())) {
          int run = 1;
          while (i + run < rows.size() && group.equals(rows.get(i + run).group())) {
            run++;
          }
          cells.add(new Cell(r, 0, run, 1, Kind.LABEL, group));
        }
        cells.add(new Cell(r, 1, 1, 1, Kind.LABEL, row.label()));
      }
      for (int c = 0; c < values; c++) {
        cells.add(
            new Cell(
                r,
                2 + c,
                1,
                1,
                Kind.NUMBER,
                Long.toString(row.values().get(c)),
                new CellKey(row.key(), section.columns().get(c))));
      }
    }
    return new ReportTable(
        SECTION_THREE_TITLE, headerRows + rows.size(), 2 + values, headerRows, cells);
  }

  private static ReportTable sectionFour(DisclosureReport report) {
    List<String> labels = report.sectionFour().columnLabels();
    List<SectionFourRow> blocks = report.sectionFour().rows();
    int width = labels.size();
    int headerRows = 3;
    List<Cell> cells = new ArrayList<>();
    for (int b = 0; b < blocks.size(); b++) {
      String[] parts = blocks.get(b).label().split(" ", 2);
      String group = parts[0];
      int column = b * width;
      if (b == 0 || !group.equals(groupOf(blocks.get(b - 1)))) {
        int run = 1;
        while (b + run < blocks.size() && group.equals(groupOf(blocks.get(b + run)))) {
          run++;
        }
        cells.add(new Cell(0, column, 1, run * width, Kind.HEADER, group));
      }
      boolean hasSub = parts.length > 1;
      if (hasSub) {
        cells.add(new Cell(1, column, 1, width, Kind.HEADER, parts[1]));
      }
      for (int k = 0; k < width; k++) {
        cells.add(
            new Cell(hasSub ? 2 : 1, column + k, hasSub ? 1 : 2, 1, Kind.HEADER, labels.get(k)));
        String key = SECTION_FOUR_COLUMNS.get(k);
        SectionFourRow block = blocks.get(b);
        Long value =
            Objects.requireNonNull(
                block.values().get(key), () -> "no value " + key + " in " + block.key());
        cells.add(
            new Cell(
                headerRows,
                column + k,
                1,
                1,
                Kind.NUMBER,
                Long.toString(value),
                new CellKey(block.key(), key)));
      }
    }
    return new ReportTable(
        SECTION_FOUR_TITLE, headerRows + 1, blocks.size() * width, headerRows, cells);
  }

  private static String groupOf(SectionFourRow block) {
    return block.label().split(" ", 2)[0];
  }
}
