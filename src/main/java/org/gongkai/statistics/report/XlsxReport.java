package org.gongkai.statistics.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.statistics.report.ReportTable.Cell;
import org.gongkai.statistics.report.ReportTable.Kind;

/** The report's sheet as an Excel workbook: one worksheet, numbers as numeric cells. */
public final class XlsxReport {

  public static final String CONTENT_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  static final String SHEET_NAME = "年度报告统计表";

  private XlsxReport() {}

  public static byte[] render(DisclosureReportSheet report) {
    try (Workbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Styles styles = new Styles(workbook);
      Sheet sheet = workbook.createSheet(SHEET_NAME);
      int width = report.tables().stream().mapToInt(ReportTable::columnCount).max().orElse(1);
      int next = 0;
      next = line(sheet, next, width, report.title(), styles.title);
      next = line(sheet, next, width, report.subtitle(), styles.text);
      if (report.warning() != null) {
        next = line(sheet, next, width, report.warning(), styles.warning);
      }
      for (ReportTable table : report.tables()) {
        next++;
        next = line(sheet, next, width, table.title(), styles.heading);
        next = table(sheet, next, table, styles);
      }
      sheet.setColumnWidth(0, 24 * 256);
      sheet.setColumnWidth(1, 40 * 256);
      for (int c = 2; c < width; c++) {
        sheet.setColumnWidth(c, 12 * 256);
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int line(Sheet sheet, int at, int width, String text, CellStyle style) {
    Row row = sheet.createRow(at);
    row.createCell(0).setCellValue(text);
    row.getCell(0).setCellStyle(style);
    if (width > 1) {
      sheet.addMergedRegion(new CellRangeAddress(at, at, 0, width - 1));
    }
    return at + 1;
  }

  private static int table(Sheet sheet, int top, ReportTable table, Styles styles) {
    for (int r = 0; r < table.rowCount(); r++) {
      Row row = sheet.createRow(top + r);
      for (int c = 0; c < table.columnCount(); c++) {
        Cell cell = table.covering(r, c).orElseThrow();
        org.apache.poi.ss.usermodel.Cell target = row.createCell(c);
        target.setCellStyle(styles.of(cell.kind()));
        if (cell.row() == r && cell.column() == c) {
          if (cell.kind() == Kind.NUMBER) {
            target.setCellValue(Long.parseLong(cell.text()));
          } else {
            target.setCellValue(cell.text());
          }
        }
      }
    }
    for (Cell cell : table.cells()) {
      if (cell.merged()) {
        sheet.addMergedRegion(
            new CellRangeAddress(
                top + cell.row(),
                top + cell.row() + cell.rowSpan() - 1,
                cell.column(),
                cell.column() + cell.columnSpan() - 1));
      }
    }
    return top + table.rowCount();
  }

  private static final class Styles {
    final CellStyle title;
    final CellStyle heading;
    final CellStyle text;
    final CellStyle warning;
    final CellStyle header;
    final CellStyle label;
    final CellStyle number;

    Styles(Workbook workbook) {
      Font bold = workbook.createFont();
      bold.setBold(true);
      Font big = workbook.createFont();
      big.setBold(true);
      big.setFontHeightInPoints((short) 14);
      Font alarm = workbook.createFont();
      alarm.setBold(true);
      alarm.setColor(IndexedColors.RED.getIndex());
      title = workbook.createCellStyle();
      title.setFont(big);
      title.setAlignment(HorizontalAlignment.CENTER);
      heading = workbook.createCellStyle();
      heading.setFont(bold);
      text = workbook.createCellStyle();
      warning = workbook.createCellStyle();
      warning.setFont(alarm);
      warning.setWrapText(true);
      warning.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
      warning.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      header = bordered(workbook, HorizontalAlignment.CENTER);
      header.setFont(bold);
      label = bordered(workbook, HorizontalAlignment.LEFT);
      number = bordered(workbook, HorizontalAlignment.RIGHT);
    }

    CellStyle of(Kind kind) {
      return switch (kind) {
        case HEADER -> header;
        case LABEL -> label;
        case NUMBER -> number;
      };
    }

    private static CellStyle bordered(Workbook workbook, HorizontalAlignment alignment) {
      CellStyle style = workbook.createCellStyle();
      style.setBorderTop(BorderStyle.THIN);
      style.setBorderBottom(BorderStyle.THIN);
      style.setBorderLeft(BorderStyle.THIN);
      style.setBorderRight(BorderStyle.THIN);
      style.setAlignment(alignment);
      style.setVerticalAlignment(VerticalAlignment.CENTER);
      style.setWrapText(true);
      return style;
    }
  }
}
