package org.gongkai.statistics.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.gongkai.statistics.DisclosureReport;
import org.junit.jupiter.api.Test;

class ExportsDrawTheStatutoryTableTests {

  private static final String NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
  private static final String WARNING = "警告：本表数据未通过勾稽关系校验：";

  private final DisclosureReport balanced = DisclosureReports.balanced();
  private final DisclosureReport failing = DisclosureReports.withFailedCarryOver();

  @Test
  void theWorkbookMergesTheHeadingsAsTheFormDoesAndPutsEachNumberInItsCell() throws IOException {
    try (XSSFWorkbook workbook = xlsx(balanced, "栾川县人民政府")) {
      Sheet sheet = workbook.getSheetAt(0);
      Cell applicants = find(sheet, "申请人情况").orElseThrow();
      int top = applicants.getRowIndex();
      assertThat(applicants.getColumnIndex()).isEqualTo(2);
      assertThat(sheet.getMergedRegions())
          .contains(
              new CellRangeAddress(top, top + 2, 0, 1),
              new CellRangeAddress(top, top, 2, 8),
              new CellRangeAddress(top + 1, top + 2, 2, 2),
              new CellRangeAddress(top + 1, top + 1, 3, 7),
              new CellRangeAddress(top + 1, top + 2, 8, 8),
              new CellRangeAddress(top + 5, top + 5 + 21, 0, 0));
      assertThat(text(sheet, top, 0)).isEqualTo(NOTE);
      assertThat(text(sheet, top + 1, 2)).isEqualTo("自然人");
      assertThat(text(sheet, top + 1, 3)).isEqualTo("法人或其他组织");
      assertThat(text(sheet, top + 1, 8)).isEqualTo("总计");
      assertThat(texts(sheet, top + 2, 3, 8))
          .containsExactly("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他");
      assertThat(text(sheet, top + 5, 0)).isEqualTo("三、本年度办理结果");

      assertThat(numbers(sheet, "一、本年新收政府信息公开申请数量")).containsExactly(3L, 1L, 0L, 0L, 0L, 0L, 4L);
      assertThat(numbers(sheet, "二、上年结转政府信息公开申请数量")).containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 1L);
      assertThat(numbers(sheet, "（一）予以公开")).containsExactly(2L, 1L, 0L, 0L, 0L, 0L, 3L);
      assertThat(numbers(sheet, "（三）不予公开 1.属于国家秘密")).containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 1L);
      assertThat(numbers(sheet, "（三）8.属于行政查询事项")).containsExactly(0L, 0L, 0L, 0L, 0L, 0L, 0L);
      assertThat(numbers(sheet, "（七）总计")).containsExactly(3L, 1L, 0L, 0L, 0L, 0L, 4L);
      assertThat(numbers(sheet, "四、结转下年度继续办理")).containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 1L);
      for (List<String> row : DisclosureReports.RESULT_ROWS) {
        assertThat(find(sheet, row.get(1))).as(row.get(1)).isPresent();
      }

      Cell review = find(sheet, "行政复议").orElseThrow();
      int four = review.getRowIndex();
      assertThat(sheet.getMergedRegions())
          .contains(
              new CellRangeAddress(four, four, 0, 4),
              new CellRangeAddress(four, four, 5, 14),
              new CellRangeAddress(four + 1, four + 1, 5, 9),
              new CellRangeAddress(four + 1, four + 2, 0, 0));
      assertThat(text(sheet, four, 5)).isEqualTo("行政诉讼");
      assertThat(text(sheet, four + 1, 5)).isEqualTo("未经复议直接起诉");
      assertThat(text(sheet, four + 1, 10)).isEqualTo("复议后起诉");
      assertThat(text(sheet, four + 2, 6)).isEqualTo("结果纠正");
      List<Long> blocks = new ArrayList<>();
      for (int c = 0; c < 15; c++) {
        blocks.add((long) sheet.getRow(four + 3).getCell(c).getNumericCellValue());
      }
      assertThat(blocks)
          .containsExactly(1L, 0L, 0L, 1L, 2L, 0L, 1L, 0L, 0L, 1L, 0L, 0L, 0L, 0L, 0L);
      assertThat(find(sheet, WARNING)).isEmpty();
    }
  }

  @Test
  void theDocumentHoldsTheTableWithItsLabelsAndNumbers() throws IOException {
    try (XWPFDocument document = docx(balanced)) {
      assertThat(document.getTables()).hasSize(2);
      XWPFTable three = document.getTables().get(0);
      assertThat(three.getRow(0).getCell(0).getText()).isEqualTo(NOTE);
      assertThat(three.getRow(0).getCell(1).getText()).isEqualTo("申请人情况");
      assertThat(numbers(three, "一、本年新收政府信息公开申请数量"))
          .containsExactly("3", "1", "0", "0", "0", "0", "4");
      assertThat(numbers(three, "（三）不予公开 1.属于国家秘密"))
          .containsExactly("1", "0", "0", "0", "0", "0", "1");
      assertThat(numbers(three, "（七）总计")).containsExactly("3", "1", "0", "0", "0", "0", "4");
      assertThat(numbers(three, "四、结转下年度继续办理")).containsExactly("1", "0", "0", "0", "0", "0", "1");
      XWPFTable four = document.getTables().get(1);
      assertThat(four.getRow(3).getTableCells().stream().map(XWPFTableCell::getText))
          .containsExactly(
              "1", "0", "0", "1", "2", "0", "1", "0", "0", "1", "0", "0", "0", "0", "0");
      assertThat(paragraphs(document)).noneMatch(p -> p.startsWith(WARNING));
    }
  }

  @Test
  void thePageShowsTheTableAndEscapesEveryText() {
    String page =
        HtmlReport.render(DisclosureReportSheet.of(balanced, "<script>alert(1)</script>县"));
    assertThat(page).startsWith("<!DOCTYPE html>").contains("<meta charset=\"UTF-8\">");
    assertThat(page)
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;县")
        .doesNotContain("<script>")
        .contains("<th rowspan=\"3\" colspan=\"2\">" + NOTE + "</th>")
        .contains("<th colspan=\"7\">申请人情况</th>")
        .contains("<th colspan=\"5\">法人或其他组织</th>")
        .contains(
            "<th scope=\"row\" colspan=\"2\">一、本年新收政府信息公开申请数量</th>"
                + "<td>3</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>4</td>")
        .contains(
            "<th scope=\"row\">（三）不予公开 1.属于国家秘密</th>"
                + "<td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td>")
        .contains("<th scope=\"row\" rowspan=\"22\">三、本年度办理结果</th>")
        .contains("四、结转下年度继续办理")
        .doesNotContain(WARNING);
  }

  @Test
  void aFailedCheckPutsALoudWarningIntoEveryFile() throws IOException {
    String expected = WARNING + "本年上年结转等于上年结转下年度（自然人：本年上年结转1，上年结转下年度2）";
    try (XSSFWorkbook workbook = xlsx(failing, "栾川县人民政府")) {
      Cell warning = find(workbook.getSheetAt(0), expected).orElseThrow();
      assertThat(warning.getRowIndex())
          .isLessThan(find(workbook.getSheetAt(0), "申请人情况").orElseThrow().getRowIndex());
      assertThat(workbook.getFontAt(warning.getCellStyle().getFontIndex()).getBold()).isTrue();
    }
    try (XWPFDocument document = docx(failing)) {
      assertThat(paragraphs(document)).contains(expected);
    }
    assertThat(HtmlReport.render(DisclosureReportSheet.of(failing, "栾川县人民政府")))
        .contains("<p class=\"warning\" role=\"alert\">" + expected + "</p>");
  }

  private static XSSFWorkbook xlsx(DisclosureReport report, String agency) throws IOException {
    return new XSSFWorkbook(
        new ByteArrayInputStream(XlsxReport.render(DisclosureReportSheet.of(report, agency))));
  }

  private static XWPFDocument docx(DisclosureReport report) throws IOException {
    return new XWPFDocument(
        new ByteArrayInputStream(DocxReport.render(DisclosureReportSheet.of(report, "栾川县人民政府"))));
  }

  static Optional<Cell> find(Sheet sheet, String text) {
    for (Row row : sheet) {
      for (Cell cell : row) {
        if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
          return Optional.of(cell);
        }
      }
    }
    return Optional.empty();
  }

  /** The seven numbers to the right of the row's label, as the workbook holds them. */
  static List<Long> numbers(Sheet sheet, String label) {
    Row row =
        sheet.getRow(find(sheet, label).orElseThrow(() -> new AssertionError(label)).getRowIndex());
    List<Long> numbers = new ArrayList<>();
    for (int c = 2; c < 9; c++) {
      assertThat(row.getCell(c).getCellType()).isEqualTo(CellType.NUMERIC);
      numbers.add((long) row.getCell(c).getNumericCellValue());
    }
    return numbers;
  }

  private static String text(Sheet sheet, int row, int column) {
    return sheet.getRow(row).getCell(column).getStringCellValue();
  }

  private static List<String> texts(Sheet sheet, int row, int from, int to) {
    List<String> texts = new ArrayList<>();
    for (int c = from; c < to; c++) {
      texts.add(text(sheet, row, c));
    }
    return texts;
  }

  private static List<String> numbers(XWPFTable table, String label) {
    for (XWPFTableRow row : table.getRows()) {
      List<XWPFTableCell> cells = row.getTableCells();
      for (int i = 0; i < cells.size(); i++) {
        if (cells.get(i).getText().equals(label)) {
          return cells.subList(i + 1, cells.size()).stream().map(XWPFTableCell::getText).toList();
        }
      }
    }
    throw new AssertionError("no row " + label);
  }

  private static List<String> paragraphs(XWPFDocument document) {
    return document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
  }
}
