package org.gongkai.statistics.report;

import org.gongkai.statistics.report.ReportTable.Cell;
import org.gongkai.statistics.report.ReportTable.Kind;
import org.springframework.web.util.HtmlUtils;

/** The report's sheet as a complete, printable HTML page; every text is escaped. */
public final class HtmlReport {

  private static final String STYLE =
      """
      @page { size: A4 landscape; margin: 15mm; }
      body { font-family: "SimSun", "Songti SC", serif; margin: 2em; color: #000; }
      h1 { font-size: 1.4em; text-align: center; }
      h2 { font-size: 1.1em; margin-top: 1.5em; }
      .subtitle { text-align: center; color: #444; }
      .warning { border: 3px solid #c00; background: #fff3f3; color: #c00; font-weight: bold;
                 padding: .6em; font-size: 1.1em; }
      table { border-collapse: collapse; width: 100%; page-break-inside: avoid; }
      th, td { border: 1px solid #000; padding: .25em .4em; }
      thead th { text-align: center; }
      tbody th { text-align: left; font-weight: normal; }
      td { text-align: right; }
      """;

  private HtmlReport() {}

  public static String render(DisclosureReportSheet report) {
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"UTF-8\">\n")
        .append("<title>")
        .append(escape(report.title()))
        .append("</title>\n<style>\n")
        .append(STYLE)
        .append("</style>\n</head>\n<body>\n<h1>")
        .append(escape(report.title()))
        .append("</h1>\n<p class=\"subtitle\">")
        .append(escape(report.subtitle()))
        .append("</p>\n");
    if (report.warning() != null) {
      html.append("<p class=\"warning\" role=\"alert\">")
          .append(escape(report.warning()))
          .append("</p>\n");
    }
    for (ReportTable table : report.tables()) {
      table(html, table);
    }
    return html.append("</body>\n</html>\n").toString();
  }

  private static void table(StringBuilder html, ReportTable table) {
    html.append("<h2>").append(escape(table.title())).append("</h2>\n<table>\n<thead>\n");
    for (int r = 0; r < table.rowCount(); r++) {
      if (r == table.headerRows()) {
        html.append("</thead>\n<tbody>\n");
      }
      html.append("<tr>");
      for (int c = 0; c < table.columnCount(); c++) {
        Cell cell = table.covering(r, c).orElseThrow();
        if (cell.row() == r && cell.column() == c) {
          cell(html, cell);
        }
      }
      html.append("</tr>\n");
    }
    html.append(table.headerRows() >= table.rowCount() ? "</thead>" : "</tbody>");
    html.append("\n</table>\n");
  }

  private static void cell(StringBuilder html, Cell cell) {
    String tag = cell.kind() == Kind.NUMBER ? "td" : "th";
    html.append('<').append(tag);
    if (cell.kind() == Kind.LABEL) {
      html.append(" scope=\"row\"");
    }
    if (cell.rowSpan() > 1) {
      html.append(" rowspan=\"").append(cell.rowSpan()).append('"');
    }
    if (cell.columnSpan() > 1) {
      html.append(" colspan=\"").append(cell.columnSpan()).append('"');
    }
    html.append('>').append(escape(cell.text())).append("</").append(tag).append('>');
  }

  private static String escape(String text) {
    return HtmlUtils.htmlEscape(text, "UTF-8");
  }
}
